package dev.claimdesk.ui.action;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.KeyStroke;

/**
 * Key strokes as people read them ("Ctrl+Shift+P", "Esc", "↓"). Written here rather than with
 * {@code KeyEvent.getKeyText}, whose words follow the JVM's locale and its own spelling
 * ("Escape"), so that the F1 sheet and the user guide say the same on every machine.
 */
public final class KeyText {
    private KeyText() {}

    public static String of(KeyStroke stroke) {
        if (stroke.getKeyEventType() == KeyEvent.KEY_TYPED) {
            return String.valueOf(Character.toUpperCase(stroke.getKeyChar()));
        }
        StringBuilder text = new StringBuilder();
        int m = stroke.getModifiers();
        append(text, m, InputEvent.CTRL_DOWN_MASK, "Ctrl");
        append(text, m, InputEvent.META_DOWN_MASK, "Cmd");
        append(text, m, InputEvent.ALT_DOWN_MASK, "Alt");
        append(text, m, InputEvent.SHIFT_DOWN_MASK, "Shift");
        return text.append(keyName(stroke.getKeyCode())).toString();
    }

    private static void append(StringBuilder text, int modifiers, int mask, String name) {
        if ((modifiers & mask) != 0) {
            text.append(name).append('+');
        }
    }

    private static String keyName(int code) {
        if ((code >= KeyEvent.VK_0 && code <= KeyEvent.VK_9) || (code >= KeyEvent.VK_A && code <= KeyEvent.VK_Z)) {
            return String.valueOf((char) code);
        }
        if (code >= KeyEvent.VK_F1 && code <= KeyEvent.VK_F12) {
            return "F" + (code - KeyEvent.VK_F1 + 1);
        }
        return switch (code) {
            case KeyEvent.VK_ENTER -> "Enter";
            case KeyEvent.VK_ESCAPE -> "Esc";
            case KeyEvent.VK_DOWN -> "↓";
            case KeyEvent.VK_UP -> "↑";
            case KeyEvent.VK_LEFT -> "←";
            case KeyEvent.VK_RIGHT -> "→";
            case KeyEvent.VK_DELETE -> "Delete";
            case KeyEvent.VK_TAB -> "Tab";
            case KeyEvent.VK_SPACE -> "Space";
            default -> throw new IllegalArgumentException("no name for key code " + code + " yet: add it here");
        };
    }
}
