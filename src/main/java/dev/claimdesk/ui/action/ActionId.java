package dev.claimdesk.ui.action;

/**
 * Every user action of the main window, by name. What each one is called, which key runs it, where
 * it appears and when it is enabled is written once, in {@link ActionCatalogue}.
 */
public enum ActionId {
    NEW_DATABASE,
    OPEN_DATABASE,
    OPEN_RECENT,
    IMPORT,
    PASTE,
    OPEN_DEMO,
    EXPORT,
    RESTORE_BACKUP,
    SWITCH_REVIEWER,
    QUIT,
    UNDO,
    REDO,
    FIND,
    GO_TO_QUEUE,
    NEXT_CLAIM,
    PREVIOUS_CLAIM,
    ACCEPT,
    DISMISS,
    NEW_EVIDENCE,
    CHOOSE_VERDICT,
    MARK_CLAIM,
    SPLIT,
    MERGE,
    ASSIGN,
    DUPLICATE,
    SUBMIT,
    APPROVE,
    RETURN,
    REOPEN,
    SAVE_VERDICT,
    BACK_TO_QUEUE,
    TAB_CLAIM,
    TAB_EVIDENCE,
    TAB_VERDICT,
    TAB_HISTORY,
    REFRESH,
    ARTICLE_LIST,
    DARK_THEME,
    VERDICT_SCALES,
    SHORTCUTS,
    ABOUT
}
