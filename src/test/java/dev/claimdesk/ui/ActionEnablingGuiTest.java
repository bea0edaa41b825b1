package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.DemoArticle;
import dev.claimdesk.app.Settings;
import dev.claimdesk.testsupport.Clicks;
import dev.claimdesk.testsupport.GuiTest;
import dev.claimdesk.ui.action.ActionCatalogue;
import dev.claimdesk.ui.action.ActionId;
import dev.claimdesk.ui.action.ActionSpec;
import dev.claimdesk.ui.action.Condition;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.JTable;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each action's enabled-when condition really enables and disables its menu item and button. */
@GuiTest
class ActionEnablingGuiTest {
    @TempDir
    Path dir;

    @Test
    void databaseActionsWaitForTheDatabaseAndClaimActionsForASelectedClaim(Robot robot) {
        Path db = dir.resolve("demo.db");
        AppServices app = AppServices.open(db, Clock.systemUTC());
        app.reviewers().findOrCreate("Ada Lovelace", "AL");
        DemoArticle.importInto(app.articles(), "Ada Lovelace");
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        settings.put(MainPresenter.REVIEWER_SETTING, "Ada Lovelace");
        CountDownLatch opened = new CountDownLatch(1);
        MainFrame frame = GuiActionRunner.execute(() -> new UiStarter(() -> {}).open(settings, db, file -> {
            awaitQuietly(opened); // the database is still opening until the test lets it
            return AppServices.open(file, Clock.systemUTC());
        }));
        FrameFixture window = new FrameFixture(robot, frame);
        window.requireVisible();

        assertThat(GuiActionRunner.execute(() -> enabled(window)))
                .as("while no database is open")
                .isEqualTo(expected(EnumSet.of(Condition.ALWAYS)));
        window.button("toolbarImport").requireDisabled();
        window.button("toolbarReviewer").requireDisabled();
        window.toggleButton("toolbarTheme").requireEnabled();

        opened.countDown();
        JTable queue = GuiActionRunner.execute(() -> frame.articleView().queue().table());
        MainWindowGuiTest.waitUntil("a claim is selected", () -> queue.getSelectedRow() >= 0);
        Set<Condition> open = EnumSet.of(
                Condition.ALWAYS,
                Condition.DATABASE_OPEN,
                Condition.ARTICLE_SHOWN,
                Condition.CLAIM_SELECTED,
                Condition.RECENT_DATABASES);
        assertThat(GuiActionRunner.execute(() -> enabled(window)))
                .as("with the database open, an article shown and a claim selected")
                .isEqualTo(expected(open));
        window.button("toolbarImport").requireEnabled();
        window.button("toolbarReviewer").requireEnabled();

        GuiActionRunner.execute(() -> queue.clearSelection());
        open.remove(Condition.CLAIM_SELECTED);
        assertThat(GuiActionRunner.execute(() -> enabled(window)))
                .as("with no claim selected")
                .isEqualTo(expected(open));

        GuiActionRunner.execute(() -> queue.setRowSelectionInterval(0, 0));
        Clicks.clickUntil(
                window.menuItem(ActionCatalogue.spec(ActionId.ACCEPT).menuItemName()),
                "there is something to undo",
                () -> GuiActionRunner.execute(
                        () -> window.menuItem("menuUndo").target().isEnabled()));
        open.add(Condition.CLAIM_SELECTED);
        open.add(Condition.UNDO_AVAILABLE);
        assertThat(GuiActionRunner.execute(() -> enabled(window)))
                .as("after accepting a claim")
                .isEqualTo(expected(open));
        assertThat(GuiActionRunner.execute(
                        () -> window.menuItem("menuUndo").target().getText()))
                .startsWith("Undo ");
        window.cleanUp();
    }

    /** Whether each menu item of the catalogue is enabled now. On the EDT. */
    private static Map<ActionId, Boolean> enabled(FrameFixture window) {
        Map<String, Boolean> byName = new java.util.HashMap<>();
        javax.swing.JMenuBar bar = ((MainFrame) window.target()).getJMenuBar();
        for (int m = 0; m < bar.getMenuCount(); m++) {
            for (java.awt.Component c : bar.getMenu(m).getPopupMenu().getComponents()) {
                if (c instanceof javax.swing.JMenuItem item) {
                    byName.put(item.getName(), item.isEnabled());
                }
            }
        }
        Map<ActionId, Boolean> now = new LinkedHashMap<>();
        for (ActionSpec s : ActionCatalogue.all()) {
            if (s.menu() != null) {
                now.put(s.id(), byName.get(s.menuItemName()));
            }
        }
        return now;
    }

    /** Each menu item enabled exactly when its condition is one of these. */
    private static Map<ActionId, Boolean> expected(Set<Condition> holding) {
        Map<ActionId, Boolean> expected = new LinkedHashMap<>();
        for (ActionSpec s : ActionCatalogue.all()) {
            if (s.menu() != null) {
                expected.put(s.id(), holding.contains(s.enabledWhen()));
            }
        }
        return expected;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
