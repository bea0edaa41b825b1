package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.DemoArticle;
import dev.claimdesk.app.Settings;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.testsupport.GuiTest;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.swing.JTable;
import org.assertj.swing.core.Robot;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's bulk actions on real windows: Ctrl+A in the queue selects every claim shown, A accepts
 * them all in one step, and one Ctrl+Z puts them all back.
 */
@GuiTest
class BulkActionsGuiTest {
    Path dir;
    Path db;
    FrameFixture window;
    List<Claim> claims;

    @BeforeEach
    void demo() throws Exception {
        Path root = Path.of("target", "bulk-actions");
        Files.createDirectories(root);
        dir = Files.createTempDirectory(root, "t");
        db = dir.resolve("desk.db");
        AppServices app = AppServices.open(db, Clock.systemUTC());
        app.reviewers().findOrCreate("Ada", "A");
        long article = DemoArticle.importInto(app.articles(), "Ada").article().id();
        claims = app.claims().listByArticle(article);
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void selectAllThenAcceptIsOneStepThatOneUndoTakesBack(Robot robot) {
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        settings.put(ReviewerPresenter.REVIEWER_SETTING, "Ada");
        MainFrame frame = GuiActionRunner.execute(() ->
                new UiStarter(() -> {}).open(settings, db, file -> AppServices.open(file, Clock.systemUTC())));
        window = new FrameFixture(robot, frame);
        window.requireVisible();
        // Not window.table(...): the queue is not showing while the database opens.
        JTable queue = robot.finder().findByName("claimTable", JTable.class, false);
        MainWindowGuiTest.waitUntil(
                "the claims are listed", () -> queue.isShowing() && queue.getRowCount() == claims.size());
        assertThat(claims).hasSizeGreaterThan(2).allMatch(c -> c.state() == ClaimState.PROPOSED);

        window.table("claimTable")
                .cell(TableCell.row(0).column(ClaimTableModel.TEXT))
                .click();
        MainWindowGuiTest.waitUntil("the queue has the focus", queue::isFocusOwner);
        robot.pressAndReleaseKey(KeyEvent.VK_A, ReviewJourneyGuiTest.CTRL);
        MainWindowGuiTest.waitUntil("every claim is selected", () -> queue.getSelectedRowCount() == claims.size());
        robot.pressAndReleaseKey(KeyEvent.VK_A, 0);
        try {
            MainWindowGuiTest.waitUntil(
                    "every claim is accepted", () -> states().stream().allMatch(s -> s == ClaimState.OPEN));
        } catch (org.assertj.swing.exception.WaitTimedOutError e) {
            throw new AssertionError(
                    "states " + states() + ", status: "
                            + GuiActionRunner.execute(
                                    () -> window.label("statusMessage").target().getText())
                            + ", selected " + GuiActionRunner.execute(queue::getSelectedRowCount),
                    e);
        }
        MainWindowGuiTest.waitUntil(
                "the status bar says how many",
                () -> window.label("statusMessage").target().getText().equals(claims.size() + " claims accepted."));

        robot.pressAndReleaseKey(KeyEvent.VK_Z, ReviewJourneyGuiTest.CTRL);
        MainWindowGuiTest.waitUntil(
                "one undo puts them all back", () -> states().stream().allMatch(s -> s == ClaimState.PROPOSED));
    }

    @Test
    void theSelectionExportsAsOneFileOfThoseClaimsOnly(Robot robot) throws Exception {
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        settings.put(ReviewerPresenter.REVIEWER_SETTING, "Ada");
        MainFrame frame = GuiActionRunner.execute(() ->
                new UiStarter(() -> {}).open(settings, db, file -> AppServices.open(file, Clock.systemUTC())));
        window = new FrameFixture(robot, frame);
        window.requireVisible();
        JTable queue = robot.finder().findByName("claimTable", JTable.class, false);
        MainWindowGuiTest.waitUntil(
                "the claims are listed", () -> queue.isShowing() && queue.getRowCount() == claims.size());
        window.table("claimTable").selectRows(0, 2);
        MainWindowGuiTest.waitUntil("two claims are selected", () -> queue.getSelectedRowCount() == 2);
        MainWindowGuiTest.waitUntil(
                "the queue says how many a bulk action takes",
                () -> window.label("claimCount").target().getText().equals(claims.size() + " claims, 2 selected"));
        java.util.Set<String> chosen = GuiActionRunner.execute(() -> {
            java.util.Set<String> ids = new java.util.HashSet<>();
            frame.articleView().selectedClaims().forEach(c -> ids.add(String.valueOf(c.id())));
            return ids;
        });

        window.menuItem("menuExport").click();
        var dialog = org.assertj.swing.finder.WindowFinder.findDialog("exportDialog")
                .withTimeout(10_000)
                .using(robot);
        dialog.checkBox("exportOnlySelected").requireSelected().requireText("Only the 2 claims selected in the queue");
        Path file = dir.resolve("selection.csv").toAbsolutePath();
        dialog.textBox("exportFile").setText(file.toString());
        dialog.button("exportOk").click();
        MainWindowGuiTest.waitUntil(
                "the file is written",
                () -> Files.exists(file)
                        && window.label("statusMessage").target().getText().startsWith("Exported 2 claims"));
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(Files.newBufferedReader(file))) {
            assertThat(parser.getRecords().stream().map(r -> r.get("claim_id")))
                    .containsExactlyInAnyOrderElementsOf(chosen);
        }
    }

    private List<ClaimState> states() {
        AppServices app = AppServices.open(db, Clock.systemUTC());
        return claims.stream().map(c -> app.claims().get(c.id()).state()).toList();
    }
}
