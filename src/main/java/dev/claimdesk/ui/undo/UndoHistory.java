package dev.claimdesk.ui.undo;

import javax.swing.undo.AbstractUndoableEdit;
import javax.swing.undo.UndoManager;
import javax.swing.undo.UndoableEdit;

/**
 * The session's undo and redo, on Swing's {@link UndoManager}. A step is taken with {@link
 * #beginUndo}/{@link #beginRedo}, run in the background by the caller, and closed with {@link
 * #finished}; while one runs no other starts, and if one fails the history is cleared (the
 * database is then the truth). Confined to the EDT.
 */
public final class UndoHistory {
    private final Manager manager = new Manager();
    private final Runnable changed;
    private boolean busy;

    /** Swing's manager, with the next edits made visible for their names. */
    private static final class Manager extends UndoManager {
        UndoableEdit nextUndo() {
            return editToBeUndone();
        }

        UndoableEdit nextRedo() {
            return editToBeRedone();
        }
    }

    /** @param changed told whenever what Undo and Redo would do changes (to update the menu) */
    public UndoHistory(Runnable changed) {
        this.changed = changed;
        manager.setLimit(200);
    }

    public void add(Change change) {
        manager.addEdit(new Edit(change));
        changed.run();
    }

    public boolean canUndo() {
        return !busy && manager.canUndo();
    }

    public boolean canRedo() {
        return !busy && manager.canRedo();
    }

    /** "Verdict", "Add evidence" …, or null. */
    public String undoName() {
        return manager.canUndo() ? ((Edit) manager.nextUndo()).change.name() : null;
    }

    public String redoName() {
        return manager.canRedo() ? ((Edit) manager.nextRedo()).change.name() : null;
    }

    /** The change to reverse now (null: none, or a step is running); the caller must call {@link #finished}. */
    public Change beginUndo() {
        if (!canUndo()) {
            return null;
        }
        Change c = ((Edit) manager.nextUndo()).change;
        manager.undo();
        busy = true;
        changed.run();
        return c;
    }

    /** The change to repeat now (null: none); the caller must call {@link #finished}. */
    public Change beginRedo() {
        if (!canRedo()) {
            return null;
        }
        Change c = ((Edit) manager.nextRedo()).change;
        manager.redo();
        busy = true;
        changed.run();
        return c;
    }

    /** The running step ended; a failed one clears the history. */
    public void finished(boolean success) {
        busy = false;
        if (!success) {
            manager.discardAllEdits();
        }
        changed.run();
    }

    public void clear() {
        busy = false;
        manager.discardAllEdits();
        changed.run();
    }

    /** Adapts a change to Swing's undo framework (which only keeps the order). */
    private static final class Edit extends AbstractUndoableEdit {
        private final Change change;

        Edit(Change change) {
            this.change = change;
        }

        @Override
        public String getPresentationName() {
            return change.name();
        }
    }
}
