package dev.claimdesk.ui.action;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.swing.KeyStroke;

/**
 * One user action as the catalogue describes it.
 *
 * @param menu the menu it is in, or null (keys that work only in one place)
 * @param separatorBefore whether the menu has a separator above it
 * @param kind a plain command, an on/off switch or a submenu the window fills
 * @param name the menu item's text
 * @param description the tooltip and the F1 sheet's "what it does"
 * @param keys the keys that run it; the first is the menu's accelerator, the others are bound too
 * @param queueKeys keys the claim queue handles by itself to the same effect (the arrows)
 * @param keysShownAs how the keys are written when a list would be too long ("1 … 9"), or null
 * @param icon the SVG icon's name in {@code ui/icons}, or null
 * @param stem the Swing component names: {@code "menu" + stem}, {@code "toolbar" + toolbarStem}
 */
public record ActionSpec(
        ActionId id,
        TopMenu menu,
        boolean separatorBefore,
        Kind kind,
        String name,
        String description,
        List<Key> keys,
        List<Key> queueKeys,
        String keysShownAs,
        Scope scope,
        String icon,
        Condition enabledWhen,
        String stem,
        String toolbarStem) {

    /** What the window makes of an action. */
    public enum Kind {
        COMMAND,
        TOGGLE,
        SUBMENU
    }

    public ActionSpec {
        keys = List.copyOf(keys);
        queueKeys = List.copyOf(queueKeys);
    }

    public boolean hasKeys() {
        return !keys.isEmpty();
    }

    /** The accelerator a menu item shows (null: none). */
    public KeyStroke accelerator(int menuMask) {
        return keys.isEmpty() ? null : keys.get(0).pressedStroke(menuMask);
    }

    /** The strokes bound besides the accelerator (Ctrl+Y for Redo). */
    public List<KeyStroke> alternateStrokes(int menuMask) {
        return keys.stream().skip(1).map(k -> k.stroke(menuMask)).toList();
    }

    /** The keys as the F1 sheet writes them ("Ctrl+Shift+Z / Ctrl+Y", "J / ↓"). */
    public String keysText(int menuMask) {
        if (keysShownAs != null) {
            return keysShownAs;
        }
        return Stream.concat(keys.stream(), queueKeys.stream())
                .map(k -> KeyText.of(k.isTyped() ? k.stroke(menuMask) : k.pressedStroke(menuMask)))
                .collect(Collectors.joining(" / "));
    }

    /** The tooltip: what it does and, when it has keys, which. */
    public String tooltip(int menuMask) {
        return hasKeys() ? description + " (" + keysText(menuMask) + ")" : description;
    }

    /** The group on the F1 sheet: where the keys work, or for window-wide keys the menu. */
    public String where() {
        return scope == Scope.WINDOW ? menu.title() : scope.title();
    }

    public String menuItemName() {
        return "menu" + stem;
    }

    public String toolbarName() {
        return "toolbar" + toolbarStem;
    }
}
