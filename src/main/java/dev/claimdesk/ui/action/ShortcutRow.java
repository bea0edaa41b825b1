package dev.claimdesk.ui.action;

/**
 * One row of the F1 sheet and of the user guide's table: where the keys work, the keys, the command
 * (as the menu names it) and what it does.
 */
public record ShortcutRow(String where, String keys, String command, String what) {}
