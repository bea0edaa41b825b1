package dev.claimdesk.ui;

import java.util.function.Consumer;
import javax.swing.undo.AbstractUndoableEdit;
import javax.swing.undo.CannotRedoException;
import javax.swing.undo.CannotUndoException;
import javax.swing.undo.UndoManager;

/**
 * The session's undo and redo, on Swing's {@link UndoManager}. Every edit is already saved in the
 * database, so undoing one is itself a change that runs in the background; while it runs, no other
 * undo or redo starts, and if it fails the history is cleared (the database is then the truth).
 */
final class UndoHistory {
    /** Reverses or repeats one saved change in the background, then calls {@code done(success)}. */
    interface Change {
        String name();

        void undo(Consumer<Boolean> done);

        void redo(Consumer<Boolean> done);
    }

    private final Manager manager = new Manager();

    /** Swing's manager, with the next edits made visible for their names. */
    private static final class Manager extends UndoManager {
        javax.swing.undo.UndoableEdit nextUndo() {
            return editToBeUndone();
        }

        javax.swing.undo.UndoableEdit nextRedo() {
            return editToBeRedone();
        }
    }

    private final Runnable changed;
    private boolean busy;

    /** @param changed told whenever what Undo and Redo would do changes (to update the menu) */
    UndoHistory(Runnable changed) {
        this.changed = changed;
        manager.setLimit(200);
    }

    void add(Change change) {
        manager.addEdit(new Edit(change));
        changed.run();
    }

    boolean canUndo() {
        return !busy && manager.canUndo();
    }

    boolean canRedo() {
        return !busy && manager.canRedo();
    }

    /** "Verdict", "Add evidence" …, or null. */
    String undoName() {
        return manager.canUndo() ? ((Edit) manager.nextUndo()).change.name() : null;
    }

    String redoName() {
        return manager.canRedo() ? ((Edit) manager.nextRedo()).change.name() : null;
    }

    void undo() {
        if (canUndo()) {
            busy = true;
            changed.run();
            manager.undo();
        }
    }

    void redo() {
        if (canRedo()) {
            busy = true;
            changed.run();
            manager.redo();
        }
    }

    void clear() {
        manager.discardAllEdits();
        changed.run();
    }

    private void finished(boolean success) {
        busy = false;
        if (!success) {
            manager.discardAllEdits();
        }
        changed.run();
    }

    /** Adapts a change to Swing's undo framework. */
    private final class Edit extends AbstractUndoableEdit {
        private final Change change;

        Edit(Change change) {
            this.change = change;
        }

        @Override
        public String getPresentationName() {
            return change.name();
        }

        @Override
        public void undo() throws CannotUndoException {
            super.undo();
            change.undo(UndoHistory.this::finished);
        }

        @Override
        public void redo() throws CannotRedoException {
            super.redo();
            change.redo(UndoHistory.this::finished);
        }
    }
}
