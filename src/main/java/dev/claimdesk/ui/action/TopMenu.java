package dev.claimdesk.ui.action;

/** The menus of the menu bar, in their order. */
public enum TopMenu {
    FILE("File", 'F'),
    EDIT("Edit", 'E'),
    CLAIM("Claim", 'C'),
    REVIEW("Review", 'R'),
    VIEW("View", 'V'),
    SETTINGS("Settings", 'S'),
    HELP("Help", 'H');

    private final String title;
    private final char mnemonic;

    TopMenu(String title, char mnemonic) {
        this.title = title;
        this.mnemonic = mnemonic;
    }

    public String title() {
        return title;
    }

    public char mnemonic() {
        return mnemonic;
    }
}
