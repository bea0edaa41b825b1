package dev.claimdesk.ui;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.UIManager;
import javax.swing.plaf.ComponentUI;

/**
 * No text is ever rendered as HTML: Swing renders any label, button, menu item or tooltip text
 * starting with {@code <html>} as HTML, and loads the images it names from the network while
 * building the view, before the component is even shown. Article and user text reaches Swing in
 * hundreds of places (lists, tables, combo boxes, option panes, file choosers, titled borders), so
 * instead of guarding each one, every component of the kinds that can render HTML gets Swing's
 * {@code html.disable} property the moment its UI delegate is created, which is before any text
 * is laid out. {@link #install} registers a thin delegate for each such kind that sets the
 * property and hands over to the look and feel's own delegate.
 *
 * <p>Tab titles are the one HTML-capable text this does not cover (Swing ignores the property
 * there); ClaimDesk's tab titles are fixed words, which {@code HostileTextGuiTest} checks.
 */
public final class HtmlGuard {
    static final String DISABLE = "html.disable";

    /** The UI class ids whose delegates call Swing's HTML renderer. */
    static final List<String> GUARDED_IDS = List.of(
            "LabelUI",
            "ButtonUI",
            "ToggleButtonUI",
            "CheckBoxUI",
            "RadioButtonUI",
            "MenuItemUI",
            "MenuUI",
            "CheckBoxMenuItemUI",
            "RadioButtonMenuItemUI",
            "ToolTipUI");

    private HtmlGuard() {}

    /** Puts the guarding delegates in front of the current look and feel's. On the EDT, after each theme change. */
    static void install() {
        for (String id : GUARDED_IDS) {
            UIManager.put(id, HtmlGuard.class.getName() + "$" + id.substring(0, id.length() - 2));
        }
    }

    private static ComponentUI guard(JComponent c, String id) {
        c.putClientProperty(DISABLE, Boolean.TRUE);
        String lafDelegate = UIManager.getLookAndFeelDefaults().getString(id);
        try {
            Class<?> type = Class.forName(lafDelegate, true, HtmlGuard.class.getClassLoader());
            return (ComponentUI) type.getMethod("createUI", JComponent.class).invoke(null, c);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the look and feel could not create " + id, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the look and feel has no usable " + id + ": " + lafDelegate, e);
        }
    }

    /** Delegates found by name through UIManager: one per guarded id, each {@code <id without UI>}. */
    public static final class Label {
        private Label() {}

        public static ComponentUI createUI(JComponent c) {
            return guard(c, "LabelUI");
        }
    }

    public static final class Button {
        private Button() {}

        public static ComponentUI createUI(JComponent c) {
            return guard(c, "ButtonUI");
        }
    }

    public static final class ToggleButton {
        private ToggleButton() {}

        public static ComponentUI createUI(JComponent c) {
            return guard(c, "ToggleButtonUI");
        }
    }

    public static final class CheckBox {
        private CheckBox() {}

        public static ComponentUI createUI(JComponent c) {
            return guard(c, "CheckBoxUI");
        }
    }

    public static final class RadioButton {
        private RadioButton() {}

        public static ComponentUI createUI(JComponent c) {
            return guard(c, "RadioButtonUI");
        }
    }

    public static final class MenuItem {
        private MenuItem() {}

        public static ComponentUI createUI(JComponent c) {
            return guard(c, "MenuItemUI");
        }
    }

    public static final class Menu {
        private Menu() {}

        public static ComponentUI createUI(JComponent c) {
            return guard(c, "MenuUI");
        }
    }

    public static final class CheckBoxMenuItem {
        private CheckBoxMenuItem() {}

        public static ComponentUI createUI(JComponent c) {
            return guard(c, "CheckBoxMenuItemUI");
        }
    }

    public static final class RadioButtonMenuItem {
        private RadioButtonMenuItem() {}

        public static ComponentUI createUI(JComponent c) {
            return guard(c, "RadioButtonMenuItemUI");
        }
    }

    public static final class ToolTip {
        private ToolTip() {}

        public static ComponentUI createUI(JComponent c) {
            return guard(c, "ToolTipUI");
        }
    }
}
