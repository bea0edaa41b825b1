package dev.claimdesk.ui;

import dev.claimdesk.ui.undo.Change;
import dev.claimdesk.ui.undo.UndoHistory;

/** Edit > Undo and Redo: each step is a change of its own, run through the action runner. */
final class UndoPresenter {
    private final Workbench w;
    private final ArticlePresenter articles;

    UndoPresenter(Workbench w, ArticlePresenter articles) {
        this.w = w;
        this.articles = articles;
    }

    private UndoHistory history() {
        return w.actions().undo();
    }

    void undo() {
        step(true);
    }

    void redo() {
        step(false);
    }

    private void step(boolean undo) {
        UndoHistory h = history();
        if (undo ? !h.canUndo() : !h.canRedo()) {
            w.status(undo ? "Nothing to undo." : "Nothing to redo.");
            return;
        }
        w.status((undo ? "Undoing " : "Redoing ") + (undo ? h.undoName() : h.redoName()) + " …");
        Change change = undo ? h.beginUndo() : h.beginRedo();
        String what = change.verb(undo);
        w.actions()
                .action(undo ? "Undoing" : "Redoing", c -> change.apply(c.services(), c.reviewer(), undo))
                .status(r -> capitalised(what) + ": done.")
                .onSuccess(r -> {
                    h.finished(true);
                    articles.show(r);
                })
                .onFailure(e -> {
                    h.finished(false);
                    w.dialogs().showError("Could not " + what, e.userMessage());
                })
                .run();
    }

    /** Tells the Edit menu what Undo and Redo would do now. */
    void changed() {
        UndoHistory h = history();
        w.view().showUndoState(h.canUndo() ? h.undoName() : null, h.canRedo() ? h.redoName() : null);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
