package dev.claimdesk.ui.action;

/** Where an action's keys work; the F1 sheet and the user guide group the shortcuts by it. */
public enum Scope {
    /** Anywhere in the main window (a menu accelerator); listed under its menu. */
    WINDOW(null),
    /** Single keys that work while the queue or the article text has the focus, never in a field. */
    QUEUE_AND_TEXT("Queue and text"),
    /** Keys of the verdict's rationale field. */
    RATIONALE("Verdict");

    private final String title;

    Scope(String title) {
        this.title = title;
    }

    /** The title of the group on the sheet (null for {@link #WINDOW}: the menu's title). */
    String title() {
        return title;
    }
}
