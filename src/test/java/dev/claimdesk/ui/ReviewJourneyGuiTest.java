package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.Settings;
import dev.claimdesk.domain.AuditEvent;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.DismissReason;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.Reliability;
import dev.claimdesk.domain.Stance;
import dev.claimdesk.testsupport.Clicks;
import dev.claimdesk.testsupport.GuiTest;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.swing.JTable;
import org.assertj.swing.core.Robot;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reviewer's whole journey on real windows, once with the mouse and once with the keyboard
 * alone: import the sample article, accept three proposals, dismiss one with a reason, add refuting
 * evidence with a reliability grade, choose "False" with a rationale, submit, switch reviewer,
 * approve; then the history tab and the database tell the same story.
 */
@GuiTest
class ReviewJourneyGuiTest {
    static final String SAMPLE = "china-daily-2025-02-11.txt";
    static final List<String> ACCEPTED = List.of("7 percent of the energy", "278 companies", "360 degrees");
    static final String DISMISSED = "elegant 'twist'";
    static final String CHECKED = "360 degrees";
    static final String RATIONALE =
            "Unitree's own specification gives the torque in newton-metres; 360 degrees is an angle.";

    /** AssertJ-Swing's robot takes the old modifier masks (InputEvent.CTRL_MASK), not the *_DOWN_MASK ones. */
    @SuppressWarnings("deprecation")
    static final int CTRL = InputEvent.CTRL_MASK;

    @SuppressWarnings("deprecation")
    static final int SHIFT = InputEvent.SHIFT_MASK;

    @TempDir
    Path dir;

    Path db;
    Path article;
    FrameFixture window;

    @BeforeEach
    void copyTheSampleArticle() throws Exception {
        db = dir.resolve("journey.db");
        Path source = Path.of("..", "shared", "articles", SAMPLE);
        if (!Files.exists(source)) {
            source = Path.of("src", "test", "resources", "articles", SAMPLE);
        }
        article = Files.copy(source, dir.resolve(SAMPLE));
    }

    @AfterEach
    void lightAgain() {
        GuiActionRunner.execute(() -> Theme.LIGHT.install());
    }

    private FrameFixture start(Robot robot) {
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        MainFrame frame = GuiActionRunner.execute(() ->
                new UiStarter(() -> {}).open(settings, db, file -> AppServices.open(file, Clock.systemUTC())));
        FrameFixture w = new FrameFixture(robot, frame);
        w.requireVisible();
        return w;
    }

    // ----- the journey with the mouse -----

    @Test
    void theWholeReviewWithTheMouse(Robot robot) {
        window = start(robot);
        whoAreYou(robot, "Ada Lovelace", false);

        Clicks.clickUntil(
                window.menuItem("menuImport"),
                "the file chooser opens",
                () -> Clicks.windowShowing(javax.swing.JFileChooser.class, null));
        JFileChooserFixture chooser =
                JFileChooserFinder.findFileChooser().withTimeout(10_000).using(robot);
        chooser.selectFile(article.toFile());
        chooser.approve();
        DialogFixture meta =
                WindowFinder.findDialog("metadataDialog").withTimeout(30_000).using(robot);
        Clicks.clickUntil(
                meta.button("metaCancel"),
                "the details form closes",
                () -> !meta.target().isShowing());
        waitUntil("the proposals are listed", () -> table().getRowCount() >= 8);

        for (String text : ACCEPTED) {
            clickRow(robot, text);
            Clicks.clickUntil(window.button("acceptClaim"), "claim accepted", () -> state(text) == ClaimState.OPEN);
        }
        clickRow(robot, DISMISSED);
        Clicks.clickUntil(
                window.button("dismissClaim"),
                "the question why opens",
                () -> Clicks.windowShowing(javax.swing.JOptionPane.class, null));
        JOptionPaneFixture why =
                JOptionPaneFinder.findOptionPane().withTimeout(10_000).using(robot);
        why.comboBox().selectItem("Opinion");
        Clicks.clickUntil(why.okButton(), "claim dismissed", () -> state(DISMISSED) == ClaimState.DISMISSED);

        clickRow(robot, CHECKED);
        window.tabbedPane("claimTabs").selectTab("Evidence");
        Clicks.clickUntil(
                window.button("addEvidence"),
                "the evidence editor opens",
                () -> Clicks.windowShowing(null, "evidenceDialog"));
        DialogFixture ev =
                WindowFinder.findDialog("evidenceDialog").withTimeout(10_000).using(robot);
        type(ev.textBox("evidenceUrl"), "https://www.unitree.com/h1");
        type(ev.textBox("evidenceTitle"), "Unitree H1 specifications");
        type(ev.textBox("evidencePublisher"), "Unitree Robotics");
        type(ev.textBox("evidenceQuote"), "Maximum joint torque: 360 N.m");
        ev.comboBox("evidenceStance").selectItem("refutes");
        ev.comboBox("evidenceSourceType").selectItem("self-interested");
        ev.comboBox("evidenceReliability").selectItem("B - usually reliable");
        Clicks.clickUntil(
                ev.button("evidenceOk"),
                "the evidence editor closes",
                () -> !ev.target().isShowing());
        waitUntil(
                "the evidence is listed",
                () -> window.table("evidenceTable").target().getRowCount() == 1);

        window.tabbedPane("claimTabs").selectTab("Verdict");
        window.comboBox("verdictLabel").selectItem("5  False");
        type(window.textBox("verdictRationale"), RATIONALE);
        Clicks.clickUntil(
                window.button("saveVerdict"), "the verdict is saved", () -> "False".equals(verdictOf(CHECKED)));
        Clicks.clickUntil(
                window.button("submitClaim"),
                "submitted for review",
                () -> state(CHECKED) == ClaimState.READY_FOR_REVIEW);
        window.button("approveClaim").requireDisabled();
        assertThat(GuiActionRunner.execute(
                        () -> window.button("approveClaim").target().getToolTipText()))
                .contains("four-eyes");

        Clicks.clickUntil(
                window.menuItem("menuSwitchReviewer"),
                "the reviewer dialog opens",
                () -> Clicks.windowShowing(null, "reviewerDialog"));
        whoAreYou(robot, "Grace Hopper", false);
        waitUntil(
                "approval allowed", () -> window.button("approveClaim").target().isEnabled());
        Clicks.clickUntil(
                window.button("approveClaim"),
                "the approval dialog opens",
                () -> Clicks.windowShowing(null, "approvalDialog"));
        DialogFixture approval =
                WindowFinder.findDialog("approvalDialog").withTimeout(10_000).using(robot);
        approval.textBox("approvalComment").enterText("Agreed: the grid data refute it.");
        Clicks.clickUntil(approval.button("approvalOk"), "approved", () -> state(CHECKED) == ClaimState.APPROVED);

        window.tabbedPane("claimTabs").selectTab("History");
        thenHistoryAndDatabaseAgree();
    }

    // ----- the same journey with the keyboard alone -----

    @Test
    void theWholeReviewWithTheKeyboardAlone(Robot robot) {
        window = start(robot);
        whoAreYou(robot, "Ada Lovelace", true);
        focusBackAfterDialog();
        key(robot, KeyEvent.VK_O, CTRL);
        JFileChooserFixture chooser =
                JFileChooserFinder.findFileChooser().withTimeout(10_000).using(robot);
        waitUntil("the file name field has the focus", () -> focusIsIn(chooser.target()));
        robot.enterText(article.toString());
        key(robot, KeyEvent.VK_ENTER, 0);
        DialogFixture meta =
                WindowFinder.findDialog("metadataDialog").withTimeout(30_000).using(robot);
        key(robot, KeyEvent.VK_ESCAPE, 0);
        waitUntil("the details form closes", () -> !meta.target().isShowing());
        focusBackAfterDialog();
        waitUntil("the proposals are listed", () -> table().getRowCount() >= 8);
        key(robot, KeyEvent.VK_L, CTRL); // to the queue
        waitUntil("the queue has the focus", () -> table().isFocusOwner());

        for (String text : ACCEPTED) {
            moveTo(robot, text);
            keyUntil(robot, KeyEvent.VK_A, 0, "claim accepted", () -> state(text) == ClaimState.OPEN);
        }
        moveTo(robot, DISMISSED);
        key(robot, KeyEvent.VK_D, 0);
        JOptionPaneFinder.findOptionPane().withTimeout(10_000).using(robot);
        key(robot, KeyEvent.VK_ENTER, 0); // the first reason, "Opinion"
        waitUntil("claim dismissed", () -> state(DISMISSED) == ClaimState.DISMISSED);
        focusBackAfterDialog();

        moveTo(robot, CHECKED);
        key(robot, KeyEvent.VK_E, 0);
        DialogFixture ev =
                WindowFinder.findDialog("evidenceDialog").withTimeout(10_000).using(robot);
        waitUntil(
                "the URL field has the focus",
                () -> ev.textBox("evidenceUrl").target().isFocusOwner());
        robot.enterText("https://www.unitree.com/h1");
        tab(robot);
        robot.enterText("Unitree H1 specifications");
        tab(robot);
        robot.enterText("Unitree Robotics");
        tab(robot); // published: unknown
        tab(robot); // accessed: today, as filled in
        tab(robot);
        robot.enterText("Maximum joint torque: 360 N.m");
        tab(robot);
        robot.type('r'); // stance: refutes
        tab(robot);
        robot.type('s'); // source: from "secondary" to the next "s": self-interested
        tab(robot);
        robot.type('b'); // reliability B
        waitUntil(
                "the grades are chosen",
                () -> ev.comboBox("evidenceReliability").target().getSelectedItem() == Reliability.B);
        key(robot, KeyEvent.VK_ENTER, CTRL);
        waitUntil("the evidence editor closes", () -> !ev.target().isShowing());
        focusBackAfterDialog();
        waitUntil(
                "the evidence is listed",
                () -> window.table("evidenceTable").target().getRowCount() == 1);
        waitUntil("the queue has the focus again", () -> table().isFocusOwner());

        keyUntil(
                robot,
                KeyEvent.VK_5,
                0,
                "the rationale has the focus",
                () -> window.textBox("verdictRationale").target().isFocusOwner());
        robot.enterText(RATIONALE);
        key(robot, KeyEvent.VK_ENTER, CTRL);
        waitUntil("the verdict is saved", () -> "False".equals(verdictOf(CHECKED)));
        key(robot, KeyEvent.VK_ESCAPE, 0);
        waitUntil("back in the queue", () -> table().isFocusOwner());
        keyUntil(robot, KeyEvent.VK_R, 0, "submitted", () -> state(CHECKED) == ClaimState.READY_FOR_REVIEW);

        key(robot, KeyEvent.VK_U, CTRL | SHIFT);
        whoAreYou(robot, "Grace Hopper", true);
        focusBackAfterDialog();
        waitUntil("Grace reviews", () -> window.label("statusReviewer").text().contains("Grace Hopper"));
        keyUntil(
                robot,
                KeyEvent.VK_P,
                CTRL | SHIFT,
                "the approval dialog opens",
                () -> Clicks.windowShowing(null, "approvalDialog"));
        keyUntil(robot, KeyEvent.VK_ENTER, 0, "approved", () -> state(CHECKED) == ClaimState.APPROVED);
        focusBackAfterDialog();
        key(robot, KeyEvent.VK_4, CTRL);
        waitUntil(
                "the history tab is shown",
                () -> window.tabbedPane("claimTabs").target().getSelectedIndex() == ClaimDetailPanel.HISTORY_TAB);
        thenHistoryAndDatabaseAgree();
    }

    // ----- what both journeys must leave behind -----

    private void thenHistoryAndDatabaseAgree() {
        waitUntil(
                "the history lists the approval",
                () -> historyRows().stream().anyMatch(r -> r.startsWith("Grace Hopper|approve|")));
        assertThat(historyRows())
                .containsSubsequence(
                        "Ada Lovelace|propose claim||proposed",
                        "Ada Lovelace|accept|proposed|open",
                        "Ada Lovelace|start research|open|in research",
                        "Ada Lovelace|add evidence||",
                        "Ada Lovelace|set verdict|in research|in research",
                        "Ada Lovelace|submit for review|in research|ready for review",
                        "Grace Hopper|approve|ready for review|approved");

        AppServices app = AppServices.open(db, Clock.systemUTC());
        List<Claim> claims =
                app.claims().listByArticle(app.articles().list().get(0).id());
        Claim checked = find(claims, CHECKED);
        assertThat(checked.state()).isEqualTo(ClaimState.APPROVED);
        assertThat(checked.verdictBy()).isEqualTo("Ada Lovelace");
        assertThat(checked.rationale()).isEqualTo(RATIONALE);
        assertThat(app.scales().defaultScale().labels())
                .filteredOn(l -> l.id() == checked.verdictLabelId())
                .singleElement()
                .satisfies(l -> assertThat(l.code()).isEqualTo("FALSE"));
        Evidence e = app.evidence().listByClaim(checked.id()).get(0);
        assertThat(e.stance()).isEqualTo(Stance.REFUTES);
        assertThat(e.reliability()).isEqualTo(Reliability.B);
        assertThat(e.sourceType()).isEqualTo(dev.claimdesk.domain.SourceType.SELF_INTERESTED);
        assertThat(e.url()).isEqualTo("https://www.unitree.com/h1");
        assertThat(e.quote()).isEqualTo("Maximum joint torque: 360 N.m");
        assertThat(e.createdBy()).isEqualTo("Ada Lovelace");
        for (String text : ACCEPTED) {
            if (!text.equals(CHECKED)) {
                assertThat(find(claims, text).state()).as(text).isEqualTo(ClaimState.OPEN);
            }
        }
        Claim dismissed = find(claims, DISMISSED);
        assertThat(dismissed.state()).isEqualTo(ClaimState.DISMISSED);
        assertThat(dismissed.dismissReason()).isEqualTo(DismissReason.OPINION);
        List<String> audit = app.claims().history(checked.id()).stream()
                .map(AuditEvent::actor)
                .distinct()
                .toList();
        assertThat(audit).containsExactly("Ada Lovelace", "Grace Hopper");
    }

    private List<String> historyRows() {
        return GuiActionRunner.execute(() -> {
            JTable t = window.table("historyTable").target();
            List<String> rows = new ArrayList<>();
            for (int r = 0; r < t.getRowCount(); r++) {
                rows.add(t.getValueAt(r, 1) + "|" + t.getValueAt(r, 2) + "|" + t.getValueAt(r, 3) + "|"
                        + t.getValueAt(r, 4));
            }
            return rows;
        });
    }

    // ----- helpers -----

    private JTable table() {
        return window.table("claimTable").target();
    }

    private static Claim find(List<Claim> claims, String text) {
        return claims.stream().filter(c -> c.text().contains(text)).findFirst().orElseThrow();
    }

    /** The view row of the (first) claim containing the text. */
    private int rowOf(String text) {
        return GuiActionRunner.execute(() -> {
            JTable t = table();
            for (int r = 0; r < t.getRowCount(); r++) {
                if (String.valueOf(t.getValueAt(r, ClaimTableModel.TEXT)).contains(text)) {
                    return r;
                }
            }
            throw new AssertionError("no claim contains " + text);
        });
    }

    private ClaimState state(String text) {
        return GuiActionRunner.execute(() -> {
            ClaimTableModel m = (ClaimTableModel) table().getModel();
            return m.claimAt(table().convertRowIndexToModel(rowOf(text))).state();
        });
    }

    private String verdictOf(String text) {
        return GuiActionRunner.execute(() -> String.valueOf(table().getValueAt(rowOf(text), ClaimTableModel.VERDICT)));
    }

    private void clickRow(Robot robot, String text) {
        int row = rowOf(text);
        window.table("claimTable")
                .cell(TableCell.row(row).column(ClaimTableModel.TEXT))
                .click();
        if (GuiActionRunner.execute(() -> table().getSelectedRow()) != row) {
            // a lost click under Xvfb (see Clicks): select through Swing instead
            GuiActionRunner.execute(() -> table().setRowSelectionInterval(row, row));
        }
        waitUntil("claim selected", () -> table().getSelectedRow() == row);
    }

    /** J and K until the claim is selected (each press waits for its effect; a lost key is pressed again). */
    private void moveTo(Robot robot, String text) {
        int target = rowOf(text);
        for (int guard = 0; guard < 60; guard++) {
            int current = GuiActionRunner.execute(() -> table().getSelectedRow());
            if (current == target) {
                return;
            }
            int before = current;
            key(robot, current < target ? KeyEvent.VK_J : KeyEvent.VK_K, 0);
            waitUntilOrNot(() -> table().getSelectedRow() != before, 2_000);
        }
        throw new AssertionError("could not reach the claim " + text + " with J/K; the focus is on "
                + GuiActionRunner.execute(() -> {
                    java.awt.Component f = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager()
                            .getFocusOwner();
                    return f == null ? "nothing" : f.getClass().getName() + " " + f.getName();
                })
                + ", selected row " + GuiActionRunner.execute(() -> table().getSelectedRow()) + " of "
                + GuiActionRunner.execute(() -> table().getRowCount()) + ", target " + target);
    }

    private static void whoAreYou(Robot robot, String name, boolean keyboardOnly) {
        DialogFixture dialog =
                WindowFinder.findDialog("reviewerDialog").withTimeout(15_000).using(robot);
        var field = dialog.textBox("reviewerNameField");
        if (keyboardOnly) {
            waitUntil("the name field has the focus", () -> field.target().isFocusOwner());
            robot.pressAndReleaseKey(KeyEvent.VK_A, CTRL);
            robot.enterText(name);
            if (!waitUntilOrNot(() -> name.equals(field.target().getText()), 5_000)) {
                throw new AssertionError("typed \""
                        + GuiActionRunner.execute(() -> field.target().getText()) + "\" instead of \"" + name + "\"");
            }
            robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
            waitUntil("the dialog closes", () -> !dialog.target().isShowing());
            return;
        }
        MainWindowGuiTest.answerWhoAreYou(robot, name);
    }

    private static void type(org.assertj.swing.fixture.JTextComponentFixture field, String text) {
        field.enterText(text);
        if (!text.equals(field.text())) {
            // a lost key event under Xvfb: put the text in through Swing
            GuiActionRunner.execute(() -> field.target().setText(text));
        }
    }

    private static void key(Robot robot, int code, int modifiers) {
        robot.pressAndReleaseKey(code, modifiers);
        robot.waitForIdle();
    }

    private static void tab(Robot robot) {
        key(robot, KeyEvent.VK_TAB, 0);
    }

    /** Presses a key until its effect shows (at most three times: a key event can be lost under Xvfb). */
    private static void keyUntil(Robot robot, int code, int modifiers, String effect, BooleanSupplier done) {
        for (int attempt = 0; attempt < 3; attempt++) {
            key(robot, code, modifiers);
            if (waitUntilOrNot(done, 4_000)) {
                return;
            }
        }
        throw new AssertionError("pressing " + KeyEvent.getKeyText(code) + " did not lead to: " + effect);
    }

    /**
     * On a desktop the window manager gives the focus back to the main window when a dialog closes;
     * under Xvfb there is none, so the test does what it would do (no click, no key: a focus
     * request, after which Swing puts the focus back where it was in the window).
     */
    private void focusBackAfterDialog() {
        if (!waitUntilOrNot(() -> window.target().isFocused(), 1_500)) {
            GuiActionRunner.execute(() -> {
                java.awt.Component last = window.target().getMostRecentFocusOwner();
                window.target().toFront();
                (last == null ? window.target() : last).requestFocus();
            });
            waitUntil("the main window has the focus", () -> window.target().isFocused());
        }
    }

    private static boolean focusIsIn(java.awt.Container c) {
        return GuiActionRunner.execute(() -> {
            java.awt.Component f = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager()
                    .getFocusOwner();
            return f instanceof javax.swing.JTextField && javax.swing.SwingUtilities.isDescendingFrom(f, c);
        });
    }

    static void waitUntil(String what, BooleanSupplier check) {
        MainWindowGuiTest.waitUntil(what, check);
    }

    private static boolean waitUntilOrNot(BooleanSupplier check, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (GuiActionRunner.execute(check::getAsBoolean)) {
                return true;
            }
            org.assertj.swing.timing.Pause.pause(50);
        }
        return false;
    }
}
