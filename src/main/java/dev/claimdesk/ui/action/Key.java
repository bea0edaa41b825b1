package dev.claimdesk.ui.action;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.KeyStroke;

/**
 * A key as the catalogue writes it. The platform's menu key (Ctrl, or Cmd on macOS) stays symbolic
 * until a menu mask is given, so the user guide's table can be written without a display.
 *
 * @param keyCode the key pressed ({@code KeyEvent.VK_…}); unused for a typed character
 * @param modifiers modifiers always held ({@code InputEvent.…_DOWN_MASK})
 * @param menuKey whether the platform's menu key is held too
 * @param typed the character typed (a one-letter key of the queue and text), or 0
 */
public record Key(int keyCode, int modifiers, boolean menuKey, char typed) {
    /** The menu key and this key (Ctrl+O). */
    public static Key menu(int keyCode) {
        return new Key(keyCode, 0, true, '\0');
    }

    /** The menu key, Shift and this key (Ctrl+Shift+O). */
    public static Key menuShift(int keyCode) {
        return new Key(keyCode, InputEvent.SHIFT_DOWN_MASK, true, '\0');
    }

    /** Ctrl on every platform (Ctrl+Enter in a text field, where Cmd+Enter means nothing on macOS). */
    public static Key ctrl(int keyCode) {
        return new Key(keyCode, InputEvent.CTRL_DOWN_MASK, false, '\0');
    }

    /** The key alone (F1, Esc). */
    public static Key plain(int keyCode) {
        return new Key(keyCode, 0, false, '\0');
    }

    /** A typed character: it is used up, so it never reaches the field that gets the focus next. */
    public static Key typed(char c) {
        return new Key(0, 0, false, c);
    }

    public boolean isTyped() {
        return typed != '\0';
    }

    /** The stroke to bind: the typed character, or the pressed key with its modifiers. */
    public KeyStroke stroke(int menuMask) {
        return isTyped() ? KeyStroke.getKeyStroke(typed) : KeyStroke.getKeyStroke(keyCode, mask(menuMask));
    }

    /** The stroke a menu shows: for a typed character, the key that types it, unmodified. */
    public KeyStroke pressedStroke(int menuMask) {
        return isTyped()
                ? KeyStroke.getKeyStroke(KeyEvent.getExtendedKeyCodeForChar(Character.toUpperCase(typed)), 0)
                : stroke(menuMask);
    }

    private int mask(int menuMask) {
        return modifiers | (menuKey ? menuMask : 0);
    }
}
