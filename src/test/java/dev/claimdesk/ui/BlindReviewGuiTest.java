package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.DemoArticle;
import dev.claimdesk.app.Settings;
import dev.claimdesk.domain.AuditEvent;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.ReviewMode;
import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.testsupport.Clicks;
import dev.claimdesk.testsupport.GuiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.swing.JTable;
import org.assertj.swing.core.Robot;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, acceptance 1: a blind double review of the demo article with three reviewers in the
 * window. Ada and Bea each rate every accepted claim without ever seeing the other's verdict (the
 * detail and the queue are checked as each of them); the claims they disagree on appear in the
 * adjudication queue, and Cora decides them; the database and the History tab hold every step.
 */
@GuiTest
class BlindReviewGuiTest {
    Path dir;
    Path db;
    FrameFixture window;
    AppServices app;
    List<Claim> accepted;
    Map<String, VerdictLabel> labels;

    @BeforeEach
    void blindArticle() throws Exception {
        Path root = Path.of("target", "blind-review");
        Files.createDirectories(root);
        dir = Files.createTempDirectory(root, "t");
        db = dir.resolve("desk.db");
        app = AppServices.open(db, Clock.systemUTC());
        for (String who : List.of("Ada", "Bea", "Cora")) {
            app.reviewers().findOrCreate(who, who.substring(0, 1));
        }
        long article = DemoArticle.importInto(app.articles(), "Ada").article().id();
        app.blind().setMode(article, ReviewMode.BLIND, ReviewMode.OnAgreement.APPROVE, "Ada");
        accepted = new ArrayList<>();
        for (Claim c : app.claims().listByArticle(article).subList(0, 3)) {
            accepted.add(app.claims().act(c.id(), ClaimAction.ACCEPT, null, null, "Ada"));
        }
        labels = Map.of(
                "TRUE", app.scales().defaultScale().labelByCode("TRUE").orElseThrow(),
                "FALSE", app.scales().defaultScale().labelByCode("FALSE").orElseThrow());
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void twoReviewersRateBlindAndAThirdDecidesTheirDisagreements(Robot robot) {
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        settings.put(ReviewerPresenter.REVIEWER_SETTING, "Ada");
        MainFrame frame = GuiActionRunner.execute(() ->
                new UiStarter(() -> {}).open(settings, db, file -> AppServices.open(file, Clock.systemUTC())));
        window = new FrameFixture(robot, frame);
        window.requireVisible();
        waitUntil("the claims are listed", () -> table().isShowing() && table().getRowCount() >= 3);

        // Ada: no verdict of anyone's is shown; she gives three.
        String[] ada = {"TRUE", "TRUE", "FALSE"};
        for (int i = 0; i < 3; i++) {
            select(accepted.get(i));
            waitUntil("Ada's verdict form", () -> blindText().contains("Your verdict is not given yet"));
            giveBlind(robot, ada[i], "Ada's reasons " + i);
            int k = i;
            waitUntil(
                    "the queue says one of two", () -> stateOf(accepted.get(k)).contains("1 of 2"));
        }
        switchTo(robot, "Bea");

        // Bea: she sees that one verdict is in, never whose or which; she gives hers.
        String[] bea = {"TRUE", "FALSE", "TRUE"};
        for (int i = 0; i < 3; i++) {
            select(accepted.get(i));
            waitUntil("Bea's verdict form", () -> blindText().contains("Your verdict is not given yet"));
            assertThat(blindText())
                    .doesNotContain("Ada")
                    .doesNotContain(labels.get(ada[i]).name());
            assertThat(stateOf(accepted.get(i))).contains("1 of 2").doesNotContain("Ada");
            assertThat(rationaleText()).isEmpty();
            giveBlind(robot, bea[i], "Bea's reasons " + i);
        }
        // The first claim agreed (approved at once); the other two differ and await adjudication.
        waitUntil(
                "the agreeing claim is approved",
                () -> app.claims().get(accepted.get(0).id()).state() == ClaimState.APPROVED);
        assertThat(app.blind().adjudicationQueue())
                .extracting(Claim::id)
                .containsExactlyInAnyOrder(accepted.get(1).id(), accepted.get(2).id());
        select(accepted.get(1));
        waitUntil(
                "both verdicts are shown once both are in",
                () -> blindText().contains("Ada: ") && blindText().contains("Bea: "));
        switchTo(robot, "Cora");

        // Cora decides both from the adjudication queue.
        for (int round = 0; round < 2; round++) {
            Clicks.clickUntil(
                    window.menuItem("menuAdjudicationQueue"),
                    "the adjudication queue opens",
                    () -> Clicks.windowShowing(javax.swing.JOptionPane.class, null));
            JOptionPaneFixture queue =
                    JOptionPaneFinder.findOptionPane().withTimeout(10_000).using(robot);
            queue.okButton().click();
            waitUntil(
                    "a claim to adjudicate is shown",
                    () -> window.button("adjudicateClaim").target().isShowing()
                            && window.button("adjudicateClaim").target().isEnabled());
            assertThat(blindText()).contains("Ada: ").contains("Bea: ");
            window.comboBox("verdictLabel").selectItem(itemOf(labels.get("FALSE")));
            type(window.textBox("verdictRationale"), "Cora decides: the register contradicts it.");
            long decided = selectedClaim().id();
            Clicks.clickUntil(
                    window.button("adjudicateClaim"),
                    "decided",
                    () -> app.claims().get(decided).state() == ClaimState.APPROVED);
        }
        assertThat(app.blind().adjudicationQueue()).isEmpty();

        // The database and the History tab hold every step.
        Claim disputed = app.claims().get(accepted.get(1).id());
        assertThat(disputed.verdictLabelId()).isEqualTo(labels.get("FALSE").id());
        List<String> actions = app.claims().history(disputed.id()).stream()
                .map(e -> e.actor() + ": " + e.action())
                .toList();
        assertThat(actions)
                .contains("Ada: give blind verdict", "Bea: give blind verdict", "Bea: send to adjudication")
                .anyMatch(a -> a.startsWith("Cora: adjudicate"));
        assertThat(app.claims().reviews(disputed.id()))
                .extracting(r -> r.reviewer())
                .contains("Ada", "Bea", "Cora");
        select(disputed);
        window.tabbedPane("claimTabs").selectTab(3); // History
        waitUntil(
                "the history lists the blind steps",
                () -> historyRows().stream().anyMatch(r -> r.startsWith("Cora|adjudicate")));
        assertThat(historyRows())
                .anyMatch(r -> r.startsWith("Ada|give blind verdict"))
                .anyMatch(r -> r.startsWith("Bea|give blind verdict"));
        assertThat(app.claims().history(disputed.id()))
                .extracting(AuditEvent::actor)
                .doesNotContainNull();
    }

    // ----- helpers -----

    private JTable table() {
        return window.table("claimTable").target();
    }

    private int rowOf(Claim c) {
        JTable t = table();
        ClaimTableModel m = (ClaimTableModel) t.getModel();
        for (int r = 0; r < t.getRowCount(); r++) {
            if (m.claimAt(t.convertRowIndexToModel(r)).id() == c.id()) {
                return r;
            }
        }
        throw new AssertionError("claim " + c.id() + " is not in the queue");
    }

    private Claim selectedClaim() {
        return GuiActionRunner.execute(() -> {
            JTable t = table();
            return ((ClaimTableModel) t.getModel()).claimAt(t.convertRowIndexToModel(t.getSelectedRow()));
        });
    }

    private String stateOf(Claim c) {
        return GuiActionRunner.execute(() -> String.valueOf(table().getValueAt(rowOf(c), ClaimTableModel.STATE)));
    }

    private void select(Claim c) {
        int row = GuiActionRunner.execute(() -> rowOf(c));
        window.table("claimTable")
                .cell(TableCell.row(row).column(ClaimTableModel.TEXT))
                .click();
        if (GuiActionRunner.execute(() -> table().getSelectedRow()) != row) {
            GuiActionRunner.execute(() -> table().setRowSelectionInterval(row, row));
        }
        waitUntil("claim selected", () -> table().getSelectedRow() == row);
        window.tabbedPane("claimTabs").selectTab(2); // Verdict
    }

    private String blindText() {
        return GuiActionRunner.execute(
                () -> window.textBox("blindVerdicts").target().getText());
    }

    private String rationaleText() {
        return GuiActionRunner.execute(
                () -> window.textBox("verdictRationale").target().getText());
    }

    private static String itemOf(VerdictLabel l) {
        return (l.hotkey() == null ? "" : l.hotkey() + "  ") + l.name();
    }

    private void giveBlind(Robot robot, String code, String why) {
        window.comboBox("verdictLabel").selectItem(itemOf(labels.get(code)));
        type(window.textBox("verdictRationale"), why);
        long id = selectedClaim().id();
        int before = app.claims().reviews(id).size();
        Clicks.clickUntil(
                window.button("submitBlindVerdict"),
                "the blind verdict is saved",
                () -> app.claims().reviews(id).size() > before);
    }

    private void switchTo(Robot robot, String who) {
        Clicks.clickUntil(
                window.menuItem("menuSwitchReviewer"),
                "the reviewer dialog opens",
                () -> Clicks.windowShowing(null, "reviewerDialog"));
        MainWindowGuiTest.answerWhoAreYou(robot, who);
        waitUntil(
                "the status bar names " + who,
                () -> window.label("statusReviewer").target().getText().startsWith(who + " ("));
    }

    private List<String> historyRows() {
        return GuiActionRunner.execute(() -> {
            JTable t = window.table("historyTable").target();
            List<String> rows = new ArrayList<>();
            for (int r = 0; r < t.getRowCount(); r++) {
                rows.add(t.getValueAt(r, 1) + "|" + t.getValueAt(r, 2));
            }
            return rows;
        });
    }

    private static void type(org.assertj.swing.fixture.JTextComponentFixture field, String text) {
        field.deleteText().enterText(text);
        if (!text.equals(field.text())) {
            GuiActionRunner.execute(() -> field.target().setText(text)); // a lost key event under Xvfb
        }
    }

    private static void waitUntil(String what, BooleanSupplier check) {
        MainWindowGuiTest.waitUntil(what, check);
    }
}
