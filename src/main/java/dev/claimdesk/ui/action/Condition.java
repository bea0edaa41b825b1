package dev.claimdesk.ui.action;

/** When an action can run; the main window evaluates these and enables its menus and buttons. */
public enum Condition {
    ALWAYS,
    /** A database is open and ready. */
    DATABASE_OPEN,
    /** A database is open and one of its articles is shown. */
    ARTICLE_SHOWN,
    /** An article is shown and a claim is selected in its queue. */
    CLAIM_SELECTED,
    /** There is a change of this session to undo. */
    UNDO_AVAILABLE,
    /** There is an undone change to redo. */
    REDO_AVAILABLE,
    /** Databases were opened before (File > Open recent). */
    RECENT_DATABASES
}
