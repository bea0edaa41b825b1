package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.DatabaseLocation;
import dev.claimdesk.app.Desk;
import dev.claimdesk.app.Settings;
import dev.claimdesk.app.TeamServerService;
import dev.claimdesk.domain.AuditEvent;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.ServerAddress;
import dev.claimdesk.testsupport.Clicks;
import dev.claimdesk.testsupport.GuiTest;
import dev.claimdesk.testsupport.PgDatabase;
import dev.claimdesk.testsupport.PostgresTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.swing.JTable;
import org.assertj.swing.core.Robot;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review journey on a real team server from the window (issue 13): File > Connect to team
 * server… (a wrong password first, said in plain words in the form), the signed-in login as the
 * reviewer, an import through the file chooser, accept, verdict, submit; another reviewer's change
 * made on their own computer appears in the open queue without F5; then the editor connects with
 * their own login and approves. The server wrote every actor; no password is in the settings.
 */
@GuiTest
@PostgresTest
class ServerJourneyGuiTest {
    static final String CHECKED = ReviewJourneyGuiTest.CHECKED;
    static final String BY_ANOTHER = "278 companies";

    static PgDatabase server;

    @TempDir
    Path dir;

    Desk desk;
    Path article;
    Path settingsFile;
    FrameFixture window;

    @BeforeAll
    static void server(PgDatabase db) {
        server = db;
    }

    @BeforeEach
    void setUp() throws Exception {
        desk = Desk.create(Desk.Backend.POSTGRESQL, server, dir, Clock.systemUTC());
        Path source = Path.of("src", "test", "resources", "articles", ReviewJourneyGuiTest.SAMPLE);
        article = Files.copy(source, dir.resolve(ReviewJourneyGuiTest.SAMPLE));
        settingsFile = dir.resolve("settings.properties");
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private FrameFixture start(Robot robot) {
        Settings settings = Settings.load(settingsFile);
        TeamServerService servers = new TeamServerService(Map.of()); // no PGPASSWORD: the form's password
        DatabaseOpener opener = where -> where instanceof DatabaseLocation.Server s
                ? servers.open(s, desk.paths(), Clock.systemUTC())
                : AppServices.open(((DatabaseLocation.File) where).path(), Clock.systemUTC());
        MainFrame frame = GuiActionRunner.execute(() ->
                new UiStarter(() -> {}).open(settings, new DatabaseLocation.File(dir.resolve("own.db")), opener, null));
        FrameFixture w = new FrameFixture(robot, frame);
        w.requireVisible();
        return w;
    }

    @Test
    void theReviewOnATeamServerWithALiveQueueAndFourEyesByTwoLogins(Robot robot) throws Exception {
        window = start(robot);
        MainWindowGuiTest.answerWhoAreYou(robot, "Ada on her own file");

        // A wrong password: the form comes back with the server's answer in words.
        DialogFixture form = openConnectForm(robot);
        fill(form, desk.address("ada"), "not the password");
        Clicks.clickUntil(
                form.button("connectOk"),
                "the form closes",
                () -> !form.target().isShowing());
        DialogFixture again =
                WindowFinder.findDialog("connectDialog").withTimeout(60_000).using(robot);
        String failure = GuiActionRunner.execute(
                () -> again.textBox("connectFailure").target().getText());
        assertThat(failure).contains("password").doesNotContain("Exception").doesNotContain("org.postgresql");
        assertThat(again.textBox("serverLogin").text()).isEqualTo(desk.name("ada"));
        type(again.textBox("serverPassword"), Desk.PASSWORD);
        Clicks.clickUntil(
                again.button("connectOk"),
                "the form closes",
                () -> !again.target().isShowing());

        String ada = desk.name("ada");
        waitUntil("the status bar names the server", () -> statusDatabase().startsWith("Team server " + ada + "@"));
        waitUntil("the signed-in login is the reviewer", () -> statusReviewer().startsWith(ada + " ("));

        importTheSample(robot);
        clickRow(CHECKED);
        Clicks.clickUntil(window.button("acceptClaim"), "claim accepted", () -> state(CHECKED) == ClaimState.OPEN);
        window.tabbedPane("claimTabs").selectTab("Verdict");
        window.comboBox("verdictLabel").selectItem("5  False");
        type(window.textBox("verdictRationale"), ReviewJourneyGuiTest.RATIONALE);
        Clicks.clickUntil(
                window.button("saveVerdict"), "the verdict is saved", () -> "False".equals(verdictOf(CHECKED)));
        Clicks.clickUntil(
                window.button("submitClaim"),
                "submitted for review",
                () -> state(CHECKED) == ClaimState.READY_FOR_REVIEW);
        window.button("approveClaim").requireDisabled();

        // Bea, on her own computer, accepts another claim: Ada's queue shows it without F5.
        AppServices bea = desk.as("bea");
        long articleId = bea.articles().list().get(0).id();
        Claim other = bea.claims().listByArticle(articleId).stream()
                .filter(c -> c.text().contains(BY_ANOTHER))
                .findFirst()
                .orElseThrow();
        assertThat(state(BY_ANOTHER)).isEqualTo(ClaimState.PROPOSED);
        bea.claims().act(other.id(), ClaimAction.ACCEPT, null, null, "bea");
        waitUntil("Bea's change reaches Ada's queue", () -> state(BY_ANOTHER) == ClaimState.OPEN);

        // Ada watches the dashboard; Bea dismisses a proposal: the figures follow without F5.
        MainFrame frame = (MainFrame) window.target();
        window.menuItem("menuDashboard").click();
        waitUntil(
                "the dashboard shows figures",
                () -> frame.dashboard().isShowing() && frame.dashboard().shown() != null);
        long proposed =
                GuiActionRunner.execute(() -> frame.dashboard().shown().stats().claimsIn(ClaimState.PROPOSED));
        Claim third = bea.claims().listByArticle(articleId).stream()
                .filter(c -> c.state() == ClaimState.PROPOSED && !c.text().contains(CHECKED))
                .findFirst()
                .orElseThrow();
        bea.claims().act(third.id(), ClaimAction.DISMISS, null, dev.claimdesk.domain.DismissReason.OPINION, "bea");
        waitUntil(
                "Bea's dismissal reaches Ada's dashboard",
                () -> frame.dashboard().shown().stats().claimsIn(ClaimState.PROPOSED) == proposed - 1
                        && frame.dashboard().shown().stats().claimsIn(ClaimState.DISMISSED) >= 1);
        window.button("dashboardBack").click();
        waitUntil("the queue is back", () -> table().isShowing());

        // The editor signs in with her own login on the same window and approves.
        DialogFixture eveForm = openConnectForm(robot);
        assertThat(eveForm.textBox("serverHost").text()).isNotEmpty(); // the last server, filled in
        type(eveForm.textBox("serverLogin"), desk.name("eve"));
        type(eveForm.textBox("serverPassword"), Desk.PASSWORD);
        Clicks.clickUntil(
                eveForm.button("connectOk"),
                "the form closes",
                () -> !eveForm.target().isShowing());
        String eve = desk.name("eve");
        waitUntil("the editor is signed in", () -> statusReviewer().startsWith(eve + " ("));
        waitUntil("the queue is shown again", () -> table().getRowCount() >= 8);
        clickRow(CHECKED);
        waitUntil(
                "approval allowed", () -> window.button("approveClaim").target().isEnabled());
        Clicks.clickUntil(
                window.button("approveClaim"),
                "the approval dialog opens",
                () -> Clicks.windowShowing(null, "approvalDialog"));
        DialogFixture approval =
                WindowFinder.findDialog("approvalDialog").withTimeout(10_000).using(robot);
        approval.textBox("approvalComment").enterText("Agreed.");
        Clicks.clickUntil(approval.button("approvalOk"), "approved", () -> state(CHECKED) == ClaimState.APPROVED);

        // The server wrote who did what; the settings keep the server, never a password.
        AppServices asEve = desk.as("eve");
        Claim checked = asEve.claims().listByArticle(articleId).stream()
                .filter(c -> c.text().contains(CHECKED))
                .findFirst()
                .orElseThrow();
        assertThat(checked.state()).isEqualTo(ClaimState.APPROVED);
        List<String> actors = asEve.claims().history(checked.id()).stream()
                .map(AuditEvent::actor)
                .distinct()
                .toList();
        assertThat(actors).containsExactly(ada, eve);
        window.close();
        waitUntil("the settings are written", () -> Files.exists(settingsFile));
        String settings = Files.readString(settingsFile, StandardCharsets.UTF_8);
        assertThat(settings).doesNotContain(Desk.PASSWORD).doesNotContain("not the password");
        String remembered = Settings.load(settingsFile)
                .get(DatabasePresenter.RECENT_SETTING)
                .orElseThrow();
        assertThat(remembered.lines().map(DatabaseLocation::parse))
                .contains(new DatabaseLocation.Server(
                        ServerAddress.parse(desk.address("eve")).withSetting("sslmode", "disable"), null));
    }

    @Test
    void switchReviewerOnATeamServerSaysToConnectWithAnotherLogin(Robot robot) {
        window = start(robot);
        MainWindowGuiTest.answerWhoAreYou(robot, "Ada on her own file");
        DialogFixture form = openConnectForm(robot);
        fill(form, desk.address("ada"), Desk.PASSWORD);
        Clicks.clickUntil(
                form.button("connectOk"),
                "the form closes",
                () -> !form.target().isShowing());
        String ada = desk.name("ada");
        waitUntil("signed in", () -> statusReviewer().startsWith(ada + " ("));
        Clicks.clickUntil(
                window.menuItem("menuSwitchReviewer"),
                "the message opens",
                () -> Clicks.windowShowing(javax.swing.JOptionPane.class, null));
        var pane = org.assertj.swing.finder.JOptionPaneFinder.findOptionPane()
                .withTimeout(10_000)
                .using(robot);
        assertThat(GuiActionRunner.execute(() -> textIn(pane.target())))
                .contains("you are the login you signed in with")
                .contains("Connect to team server");
        pane.okButton().click();
    }

    // ----- helpers -----

    /** Every text of a message's components (a long message is a text area in a scroll pane). */
    private static String textIn(java.awt.Component c) {
        StringBuilder sb = new StringBuilder();
        if (c instanceof javax.swing.text.JTextComponent t) {
            sb.append(t.getText()).append(' ');
        } else if (c instanceof javax.swing.JLabel l) {
            sb.append(l.getText()).append(' ');
        }
        if (c instanceof java.awt.Container container) {
            for (java.awt.Component child : container.getComponents()) {
                sb.append(textIn(child));
            }
        }
        return sb.toString();
    }

    private DialogFixture openConnectForm(Robot robot) {
        Clicks.clickUntil(
                window.menuItem("menuConnectServer"),
                "the connect form opens",
                () -> Clicks.windowShowing(null, "connectDialog"));
        return WindowFinder.findDialog("connectDialog").withTimeout(10_000).using(robot);
    }

    private static void fill(DialogFixture form, String address, String password) {
        ServerAddress a = ServerAddress.parse(address);
        type(form.textBox("serverHost"), a.host());
        type(form.textBox("serverPort"), String.valueOf(a.port()));
        type(form.textBox("serverDatabase"), a.database());
        type(form.textBox("serverLogin"), a.user());
        type(form.textBox("serverPassword"), password);
        form.comboBox("serverTls").selectItem("No TLS (a trusted network only)");
    }

    private void importTheSample(Robot robot) {
        Clicks.clickUntil(
                window.menuItem("menuImport"),
                "the file chooser opens",
                () -> Clicks.windowShowing(javax.swing.JFileChooser.class, null));
        JFileChooserFixture chooser =
                JFileChooserFinder.findFileChooser().withTimeout(10_000).using(robot);
        chooser.selectFile(article.toFile());
        chooser.approve();
        DialogFixture meta =
                WindowFinder.findDialog("metadataDialog").withTimeout(60_000).using(robot);
        Clicks.clickUntil(
                meta.button("metaCancel"),
                "the details form closes",
                () -> !meta.target().isShowing());
        waitUntil("the proposals are listed", () -> table().getRowCount() >= 8);
    }

    private String statusDatabase() {
        return window.label("statusDatabase").target().getText();
    }

    private String statusReviewer() {
        return window.label("statusReviewer").target().getText();
    }

    private JTable table() {
        return window.table("claimTable").target();
    }

    private int rowOf(String text) {
        JTable t = table();
        for (int r = 0; r < t.getRowCount(); r++) {
            if (String.valueOf(t.getValueAt(r, ClaimTableModel.TEXT)).contains(text)) {
                return r;
            }
        }
        throw new AssertionError("no claim contains " + text);
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

    private void clickRow(String text) {
        int row = GuiActionRunner.execute(() -> rowOf(text));
        window.table("claimTable")
                .cell(TableCell.row(row).column(ClaimTableModel.TEXT))
                .click();
        if (GuiActionRunner.execute(() -> table().getSelectedRow()) != row) {
            GuiActionRunner.execute(() -> table().setRowSelectionInterval(row, row));
        }
        waitUntil("claim selected", () -> table().getSelectedRow() == row);
    }

    private static void type(org.assertj.swing.fixture.JTextComponentFixture field, String text) {
        field.deleteText().enterText(text);
        if (!text.equals(field.text())) {
            GuiActionRunner.execute(() -> field.target().setText(text)); // a lost key event under Xvfb
        }
    }

    private static void waitUntil(String what, java.util.function.BooleanSupplier check) {
        MainWindowGuiTest.waitUntil(what, check);
    }
}
