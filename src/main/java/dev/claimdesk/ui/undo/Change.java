package dev.claimdesk.ui.undo;

import dev.claimdesk.app.AppServices;

/**
 * One saved change that Edit > Undo can reverse and Edit > Redo make again. Every change is in the
 * database already, so reversing one is itself a change: {@link #apply} runs in the background.
 */
public interface Change {
    /** "Verdict \"False\"", "Add evidence" …: shown in the Edit menu. */
    String name();

    /**
     * Reverses ({@code undo}) or repeats the change in the database, all or nothing; refused in
     * words if what it would overwrite was changed since. Runs off the EDT.
     *
     * @return what the window shows afresh afterwards
     */
    Refresh apply(AppServices services, String reviewer, boolean undo);

    /** "undo add evidence" / "redo add evidence", for messages and the history. */
    default String verb(boolean undo) {
        return (undo ? "undo " : "redo ") + name().toLowerCase(java.util.Locale.ROOT);
    }
}
