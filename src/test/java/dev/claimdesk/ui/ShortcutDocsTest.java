package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.DemoArticle;
import dev.claimdesk.app.Settings;
import dev.claimdesk.testsupport.Clicks;
import dev.claimdesk.testsupport.GuiTest;
import dev.claimdesk.ui.action.ActionCatalogue;
import dev.claimdesk.ui.action.ActionId;
import dev.claimdesk.ui.action.ActionSpec;
import dev.claimdesk.ui.action.Key;
import dev.claimdesk.ui.action.Scope;
import dev.claimdesk.ui.action.ShortcutRow;
import dev.claimdesk.ui.action.TopMenu;
import java.awt.Component;
import java.awt.event.InputEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.AbstractButton;
import javax.swing.Action;
import javax.swing.Box;
import javax.swing.Icon;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComponent;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JTable;
import javax.swing.JToggleButton;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The menus, the toolbar, the tooltips, the keys bound in the queue, the text and the rationale, the
 * F1 sheet and the user guide's table are all the action catalogue: read from a real window and
 * the real guide file.
 */
@GuiTest
class ShortcutDocsTest {
    @TempDir
    Path dir;

    @Test
    void theUserGuidesTableIsWrittenFromTheCatalogue() throws Exception {
        String guide = Files.readString(ShortcutGuide.GUIDE);
        assertThat(ShortcutGuide.table(guide))
                .as("the shortcut table of docs/user-guide.md is stale: run scripts/shortcut-table.sh")
                .isEqualTo(ActionCatalogue.markdownTable());
        assertThat(ShortcutGuide.rows(ShortcutGuide.table(guide)))
                .containsExactlyElementsOf(ActionCatalogue.shortcutRows(InputEvent.CTRL_DOWN_MASK));
    }

    @Test
    void noTwoActionsShareAKeyWhereTheyWork() {
        Map<String, ActionId> taken = new HashMap<>();
        for (ActionSpec s : ActionCatalogue.all()) {
            for (Key k : s.keys()) {
                // one-letter keys and window keys never meet: the letters carry no modifier
                String where = s.scope() == Scope.WINDOW ? "window" : s.scope().name();
                KeyStroke stroke = k.stroke(InputEvent.CTRL_DOWN_MASK);
                ActionId before = taken.put(where + " " + stroke, s.id());
                assertThat(before)
                        .as("%s and %s both use %s", before, s.id(), stroke)
                        .isNull();
            }
            if (s.scope() == Scope.WINDOW && s.hasKeys()) {
                assertThat(s.menu())
                        .as("%s has window keys, so a menu shows them", s.id())
                        .isNotNull();
            }
        }
    }

    @Test
    void menusToolbarKeysAndTheF1SheetAgreeWithTheCatalogueAndTheGuide(Robot robot) throws Exception {
        FrameFixture window = startWithTheDemoArticle(robot);
        MainFrame frame = (MainFrame) window.target();
        int mask = ActionCatalogue.menuMask();

        assertThat(GuiActionRunner.execute(() -> menuBar(frame.getJMenuBar())))
                .as("the menu bar")
                .containsExactlyElementsOf(expectedMenuBar(mask));
        assertThat(GuiActionRunner.execute(() -> toolBar(frame)))
                .as("the toolbar")
                .containsExactlyElementsOf(expectedToolBar(mask));
        assertThat(GuiActionRunner.execute(() -> unboundKeys(frame, mask)))
                .as("keys the catalogue lists but the window does not bind")
                .isEmpty();

        // Help > Keyboard shortcuts, through Swing: what is tested is what the sheet lists.
        JMenuItem sheetItem = window.menuItem(
                        ActionCatalogue.spec(ActionId.SHORTCUTS).menuItemName())
                .target();
        GuiActionRunner.execute(() -> sheetItem.doClick());
        MainWindowGuiTest.waitUntil("the shortcut sheet opens", () -> Clicks.windowShowing(null, "shortcutSheet"));
        String[][] shown = WindowFinder.findDialog("shortcutSheet")
                .using(robot)
                .table("shortcutTable")
                .contents();
        List<ShortcutRow> sheet = new ArrayList<>();
        for (String[] row : shown) {
            sheet.add(new ShortcutRow(row[0], row[1], row[2], row[3]));
        }
        assertThat(sheet).as("the F1 sheet").containsExactlyElementsOf(ActionCatalogue.shortcutRows(mask));
        if (mask == InputEvent.CTRL_DOWN_MASK) {
            assertThat(sheet)
                    .as("the F1 sheet and the user guide")
                    .containsExactlyElementsOf(
                            ShortcutGuide.rows(ShortcutGuide.table(Files.readString(ShortcutGuide.GUIDE))));
        }
        window.cleanUp();
    }

    private FrameFixture startWithTheDemoArticle(Robot robot) {
        Path db = dir.resolve("demo.db");
        AppServices app = AppServices.open(db, Clock.systemUTC());
        app.reviewers().findOrCreate("Ada Lovelace", "AL");
        DemoArticle.importInto(app.articles(), "Ada Lovelace");
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        settings.put(MainPresenter.REVIEWER_SETTING, "Ada Lovelace");
        MainFrame frame = GuiActionRunner.execute(() ->
                new UiStarter(() -> {}).open(settings, db, file -> AppServices.open(file, Clock.systemUTC())));
        FrameFixture window = new FrameFixture(robot, frame);
        window.requireVisible();
        MainWindowGuiTest.waitUntil(
                "the claims are listed",
                () -> window.table("claimTable").target().getRowCount() >= 3);
        return window;
    }

    /** Each menu and item as a line: title, name, text, accelerator, tooltip, icon, kind. */
    private static List<String> menuBar(JMenuBar bar) {
        List<String> lines = new ArrayList<>();
        for (int m = 0; m < bar.getMenuCount(); m++) {
            JMenu menu = bar.getMenu(m);
            lines.add("menu " + menu.getText() + " (" + (char) menu.getMnemonic() + ")");
            JPopupMenu popup = menu.getPopupMenu();
            for (Component c : popup.getComponents()) {
                if (c instanceof JPopupMenu.Separator) {
                    lines.add("---");
                } else if (c instanceof JMenuItem item) {
                    lines.add(line(
                            item.getName(),
                            item.getText(),
                            item.getAccelerator(),
                            item.getToolTipText(),
                            item.getIcon(),
                            kind(item)));
                } else {
                    lines.add("unexpected " + c);
                }
            }
        }
        return lines;
    }

    private static String kind(AbstractButton b) {
        if (b instanceof JMenu) {
            return "JMenu";
        }
        if (b instanceof JCheckBoxMenuItem) {
            return "JCheckBoxMenuItem";
        }
        if (b instanceof JToggleButton) {
            return "JToggleButton";
        }
        return b instanceof JMenuItem ? "JMenuItem" : "JButton";
    }

    private static List<String> expectedMenuBar(int mask) {
        List<String> lines = new ArrayList<>();
        for (TopMenu m : TopMenu.values()) {
            lines.add("menu " + m.title() + " (" + m.mnemonic() + ")");
            for (ActionSpec s : ActionCatalogue.menu(m)) {
                if (s.separatorBefore()) {
                    lines.add("---");
                }
                String kind = switch (s.kind()) {
                    case SUBMENU -> "JMenu";
                    case TOGGLE -> "JCheckBoxMenuItem";
                    case COMMAND -> "JMenuItem";
                };
                lines.add(line(
                        s.menuItemName(),
                        s.name(),
                        s.kind() == ActionSpec.Kind.SUBMENU ? null : s.accelerator(mask),
                        s.kind() == ActionSpec.Kind.SUBMENU ? s.description() : s.tooltip(mask),
                        // A toggle shows its check mark in the menu; its icon is the toolbar's.
                        s.kind() == ActionSpec.Kind.TOGGLE ? null : s.icon(),
                        kind));
            }
        }
        return lines;
    }

    private static List<String> toolBar(MainFrame frame) {
        JToolBar bar = (JToolBar) find(frame.getContentPane(), JToolBar.class);
        List<String> lines = new ArrayList<>();
        for (Component c : bar.getComponents()) {
            if (c instanceof JToolBar.Separator) {
                lines.add("---");
            } else if (c instanceof Box.Filler) {
                lines.add("glue");
            } else if (c instanceof AbstractButton b) {
                lines.add(line(b.getName(), null, null, b.getToolTipText(), b.getIcon(), kind(b)));
            } else {
                lines.add("unexpected " + c);
            }
        }
        return lines;
    }

    private static List<String> expectedToolBar(int mask) {
        List<String> lines = new ArrayList<>();
        List<List<ActionId>> groups = ActionCatalogue.toolbarGroups();
        for (int g = 0; g < groups.size(); g++) {
            if (g > 0) {
                lines.add("---");
            }
            groups.get(g).forEach(id -> lines.add(toolLine(ActionCatalogue.spec(id), mask)));
        }
        lines.add("glue");
        ActionCatalogue.toolbarEnd().forEach(id -> lines.add(toolLine(ActionCatalogue.spec(id), mask)));
        return lines;
    }

    private static String toolLine(ActionSpec s, int mask) {
        String kind = s.kind() == ActionSpec.Kind.TOGGLE ? "JToggleButton" : "JButton";
        return line(s.toolbarName(), null, null, s.tooltip(mask), s.icon(), kind);
    }

    private static String line(String name, String text, KeyStroke key, String tip, Object icon, String kind) {
        String iconName = icon instanceof FlatSVGIcon svg
                ? svg.getName().replaceAll(".*/", "").replace(".svg", "")
                : icon instanceof Icon ? "not an SVG icon" : (String) icon;
        return String.join(" | ", name, String.valueOf(text), String.valueOf(key), tip, String.valueOf(iconName), kind);
    }

    /**
     * Every key the catalogue lists, looked up where it should work: window keys as accelerators
     * (checked above) or in the root pane, one-letter keys on the queue and the article text, the
     * queue's own keys on the queue, the rationale's on the rationale.
     */
    private static List<String> unboundKeys(MainFrame frame, int mask) {
        JTable queue = frame.articleView().queue().table();
        JComponent text = frame.articleView().body();
        JComponent rationale = (JComponent) find(frame, "verdictRationale");
        List<String> missing = new ArrayList<>();
        for (ActionSpec s : ActionCatalogue.all()) {
            switch (s.scope()) {
                case WINDOW -> {
                    Action menuAction = itemAction(frame.getJMenuBar(), s.menuItemName());
                    for (KeyStroke k : s.alternateStrokes(mask)) {
                        Object key = frame.getRootPane()
                                .getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                                .get(k);
                        if (key == null || frame.getRootPane().getActionMap().get(key) != menuAction) {
                            missing.add(s.id() + " " + k + " in the window");
                        }
                    }
                }
                case QUEUE_AND_TEXT -> {
                    for (Key k : s.keys()) {
                        for (JComponent on : List.of(queue, text)) {
                            if (!bound(on, k.stroke(mask), JComponent.WHEN_FOCUSED)) {
                                missing.add(s.id() + " " + k.stroke(mask) + " on " + on.getName());
                            }
                        }
                    }
                    for (Key k : s.queueKeys()) {
                        if (!bound(queue, k.stroke(mask), JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)) {
                            missing.add(s.id() + " " + k.stroke(mask) + " on the queue");
                        }
                    }
                }
                case RATIONALE -> {
                    for (Key k : s.keys()) {
                        if (!bound(rationale, k.stroke(mask), JComponent.WHEN_FOCUSED)) {
                            missing.add(s.id() + " " + k.stroke(mask) + " in the rationale");
                        }
                    }
                }
            }
        }
        return missing;
    }

    private static boolean bound(JComponent on, KeyStroke stroke, int condition) {
        Object key = on.getInputMap(condition).get(stroke); // asks the parent maps too
        return key != null && on.getActionMap().get(key) != null;
    }

    private static Action itemAction(JMenuBar bar, String name) {
        for (int m = 0; m < bar.getMenuCount(); m++) {
            for (Component c : bar.getMenu(m).getPopupMenu().getComponents()) {
                if (c instanceof JMenuItem item && name.equals(item.getName())) {
                    return item.getAction();
                }
            }
        }
        return null;
    }

    private static Component find(java.awt.Container root, Class<?> type) {
        for (Component c : root.getComponents()) {
            if (type.isInstance(c)) {
                return c;
            }
            if (c instanceof java.awt.Container k && find(k, type) != null) {
                return find(k, type);
            }
        }
        return null;
    }

    private static Component find(java.awt.Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof java.awt.Container k && find(k, name) != null) {
                return find(k, name);
            }
        }
        return null;
    }
}
