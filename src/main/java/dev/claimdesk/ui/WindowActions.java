package dev.claimdesk.ui;

import dev.claimdesk.ui.action.ActionCatalogue;
import dev.claimdesk.ui.action.ActionId;
import dev.claimdesk.ui.action.ActionSpec;
import dev.claimdesk.ui.action.Condition;
import dev.claimdesk.ui.action.Scope;
import dev.claimdesk.ui.action.TopMenu;
import java.awt.event.KeyEvent;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.swing.Action;
import javax.swing.Box;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComponent;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JRootPane;
import javax.swing.JToggleButton;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;

/**
 * The main window's actions, made from {@link ActionCatalogue}: one Swing action per entry, the menu
 * bar, the toolbar, the extra keys, and enabling by each entry's {@link Condition}. What an action
 * does is handed in as a {@code Runnable} per id.
 */
final class WindowActions {
    private final Map<ActionId, Action> actions = new EnumMap<>(ActionId.class);
    private final Map<ActionId, Runnable> handlers = new EnumMap<>(ActionId.class);
    private final JMenu recent;

    WindowActions() {
        JMenu submenu = null;
        for (ActionSpec s : ActionCatalogue.all()) {
            if (s.kind() == ActionSpec.Kind.SUBMENU) {
                submenu = new JMenu(s.name());
                submenu.setName(s.menuItemName());
                submenu.setToolTipText(s.description());
            } else if (s.menu() != null) {
                ActionId id = s.id();
                Action a =
                        Actions.of(s, () -> handlers.getOrDefault(id, () -> {}).run());
                if (s.kind() == ActionSpec.Kind.TOGGLE) {
                    a.putValue(Action.SELECTED_KEY, Boolean.FALSE);
                }
                actions.put(id, a);
            }
        }
        recent = submenu;
    }

    /** What these actions do (added to the handlers given before). */
    void handle(Map<ActionId, Runnable> work) {
        handlers.putAll(work);
    }

    /** Fails unless every action of a menu or of the toolbar has a handler. */
    void requireAllHandled() {
        List<ActionId> unhandled = actions.keySet().stream()
                .filter(id -> !handlers.containsKey(id))
                .toList();
        if (!unhandled.isEmpty()) {
            throw new IllegalStateException("no handler for " + unhandled);
        }
    }

    Action get(ActionId id) {
        return actions.get(id);
    }

    /** File > Open recent, filled by the window. */
    JMenu recentMenu() {
        return recent;
    }

    /** Enables each action (and the recent menu) when its condition holds. */
    void refresh(Predicate<Condition> holds) {
        for (ActionSpec s : ActionCatalogue.all()) {
            Action a = actions.get(s.id());
            if (a != null) {
                a.setEnabled(holds.test(s.enabledWhen()));
            }
        }
        recent.setEnabled(holds.test(ActionCatalogue.spec(ActionId.OPEN_RECENT).enabledWhen()));
    }

    JMenuBar menuBar() {
        JMenuBar bar = new JMenuBar();
        for (TopMenu m : TopMenu.values()) {
            JMenu menu = new JMenu(m.title());
            menu.setMnemonic(m.mnemonic());
            for (ActionSpec s : ActionCatalogue.menu(m)) {
                if (s.separatorBefore()) {
                    menu.addSeparator();
                }
                JMenuItem item = item(s);
                item.setName(s.menuItemName());
                menu.add(item);
            }
            bar.add(menu);
        }
        return bar;
    }

    private JMenuItem item(ActionSpec s) {
        return switch (s.kind()) {
            case SUBMENU -> recent;
            case TOGGLE -> toggleItem(actions.get(s.id()));
            case COMMAND ->
                s.scope() == Scope.QUEUE_AND_TEXT
                        ? new LetterItem(actions.get(s.id()))
                        : new JMenuItem(actions.get(s.id()));
        };
    }

    /**
     * A menu item that shows a check mark when on. Its action's icon (for the toolbar) stays off the
     * menu: FlatLaf draws a checked item with an icon as a faint frame around the icon, not a check.
     */
    private static JCheckBoxMenuItem toggleItem(Action a) {
        JCheckBoxMenuItem item = new JCheckBoxMenuItem(a) {
            @Override
            protected void configurePropertiesFromAction(Action action) {
                super.configurePropertiesFromAction(action);
                setIcon(null);
            }

            @Override
            protected void actionPropertyChanged(Action action, String property) {
                super.actionPropertyChanged(action, property);
                if (Action.SMALL_ICON.equals(property)) {
                    setIcon(null);
                }
            }
        };
        item.setIcon(null);
        return item;
    }

    JToolBar toolBar() {
        JToolBar bar = new JToolBar();
        bar.setName("toolBar");
        bar.setFloatable(false);
        List<List<ActionId>> groups = ActionCatalogue.toolbarGroups();
        for (int g = 0; g < groups.size(); g++) {
            if (g > 0) {
                bar.addSeparator();
            }
            groups.get(g).forEach(id -> addButton(bar, id));
        }
        bar.add(Box.createHorizontalGlue());
        ActionCatalogue.toolbarEnd().forEach(id -> addButton(bar, id));
        return bar;
    }

    private void addButton(JToolBar bar, ActionId id) {
        ActionSpec s = ActionCatalogue.spec(id);
        JComponent button;
        if (s.kind() == ActionSpec.Kind.TOGGLE) {
            JToggleButton toggle = new JToggleButton(actions.get(id));
            toggle.setHideActionText(true);
            button = toggle;
            bar.add(toggle);
        } else {
            button = bar.add(actions.get(id));
        }
        button.setName(s.toolbarName());
    }

    /** The keys besides each accelerator (Ctrl+Y for Redo), anywhere in the window. */
    void bindAlternateKeys(JRootPane root) {
        int menuMask = ActionCatalogue.menuMask();
        for (ActionSpec s : ActionCatalogue.all()) {
            if (s.scope() == Scope.WINDOW && actions.containsKey(s.id())) {
                for (KeyStroke k : s.alternateStrokes(menuMask)) {
                    root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(k, s.id().name());
                    root.getActionMap().put(s.id().name(), actions.get(s.id()));
                }
            }
        }
    }

    /**
     * A menu item that shows a one-letter key (A, D, J …) without making it global: those keys act
     * only in the queue and the article text, never while typing in a field.
     */
    private static final class LetterItem extends JMenuItem {
        LetterItem(Action a) {
            super(a);
        }

        @Override
        protected boolean processKeyBinding(KeyStroke ks, KeyEvent e, int condition, boolean pressed) {
            if (condition == WHEN_IN_FOCUSED_WINDOW && ks.getModifiers() == 0) {
                return false;
            }
            return super.processKeyBinding(ks, e, condition, pressed);
        }
    }
}
