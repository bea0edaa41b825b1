package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.ExportService;
import dev.claimdesk.app.Settings;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.Reliability;
import dev.claimdesk.domain.Reviewer;
import dev.claimdesk.domain.SourceType;
import dev.claimdesk.domain.Stance;
import dev.claimdesk.testsupport.GuiTest;
import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JEditorPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JToolTip;
import javax.swing.SwingUtilities;
import javax.swing.plaf.basic.BasicHTML;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No user or file text is ever rendered as HTML: every field that can hold text holds HTML whose
 * image points at a loopback server; the test visits the main window (article list, queue, every
 * tab, tooltips, the recent-files menu) and every dialog of the real dialog service, and finds no
 * HTML view on any component and no request at the server. A control proves that the server would
 * see a request if HTML were rendered.
 */
@GuiTest
class HostileTextGuiTest {
    @TempDir
    Path dir;

    HttpServer server;
    final AtomicInteger requests = new AtomicInteger();
    int port;

    @BeforeEach
    void loopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            requests.incrementAndGet();
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** Hostile HTML for one field: an image at the loopback server, named after the field. */
    String h(String field) {
        return "<html><img src=\"http://127.0.0.1:" + port + "/" + field + ".png\">" + field + "</html>";
    }

    @Test
    void theControlSeesARequestWhenHtmlIsRendered() {
        GuiActionRunner.execute(() -> {
            JEditorPane pane = new JEditorPane("text/html", h("control"));
            pane.setSize(300, 100);
            pane.getPreferredSize();
        });
        waitFor("the control request", () -> requests.get() > 0);
    }

    @Test
    void hostileTextInEveryFieldIsShownAsPlainTextEverywhere(Robot robot) throws Exception {
        Path db = dir.resolve("hostile.db");
        AppServices app = AppServices.open(db, Clock.systemUTC());
        String reviewerName = h("reviewer").substring(0, Math.min(h("reviewer").length(), 80));
        Reviewer hostile = app.reviewers().findOrCreate(reviewerName, "H");
        app.reviewers().findOrCreate("Grace", "G");
        String claimLine = h("claim") + " rose 40 percent in 2024, the firm said.";
        String body = claimLine + "\n" + "Sales fell 12 percent in 2023.\n";
        long articleId = app.articles()
                .importText(
                        body,
                        ArticleFormat.PASTE,
                        new ArticleMetadata(
                                h("title"),
                                h("outlet"),
                                h("author"),
                                "https://news.example/a",
                                LocalDate.of(2025, 2, 11)),
                        "en",
                        hostile.name())
                .article()
                .id();
        Claim claim = app.claims().addManual(articleId, 0, claimLine.length(), hostile.name());
        if (claim.state() == ClaimState.PROPOSED) {
            claim = app.claims().act(claim.id(), ClaimAction.ACCEPT, null, null, hostile.name());
        }
        long label =
                app.scales().defaultScale().labelByCode("FALSE").orElseThrow().id();
        Evidence evidence = app.evidence()
                .add(
                        new Evidence(
                                0,
                                claim.id(),
                                "https://source.example/x",
                                h("evTitle"),
                                h("evPublisher"),
                                LocalDate.of(2025, 1, 1),
                                LocalDate.of(2025, 3, 1),
                                h("evQuote"),
                                Stance.REFUTES,
                                SourceType.PRIMARY,
                                Reliability.B,
                                h("evNote"),
                                null,
                                null,
                                hostile.name(),
                                Instant.EPOCH),
                        hostile.name());
        app.claims().setVerdict(claim.id(), label, h("rationale"), hostile.name());
        app.claims().act(claim.id(), ClaimAction.SUBMIT_FOR_REVIEW, null, null, hostile.name());
        app.claims().act(claim.id(), ClaimAction.RETURN, h("returnComment"), null, "Grace");
        app.claims().assign(claim.id(), hostile.name(), "Grace");

        Path hostileDb =
                Files.createDirectories(dir.resolve("<html><img src=\"http:")).resolve("<html><b>recent<i>.db");
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        settings.put(MainPresenter.REVIEWER_SETTING, hostile.name());
        settings.put(MainPresenter.RECENT_SETTING, hostileDb + "\n" + db);
        MainFrame frame = GuiActionRunner.execute(() ->
                new UiStarter(() -> {}).open(settings, db, file -> AppServices.open(file, Clock.systemUTC())));
        FrameFixture window = new FrameFixture(robot, frame);
        waitFor(
                "the article listed",
                () -> window.list("articleList").target().getModel().getSize() == 1);
        window.list("articleList").selectItem(0);
        waitFor("the queue filled", () -> window.table("claimTable").target().getRowCount() > 0);
        int rows = GuiActionRunner.execute(
                () -> window.table("claimTable").target().getRowCount());
        for (int row = 0; row < rows; row++) {
            int r = row;
            GuiActionRunner.execute(() -> window.table("claimTable").target().setRowSelectionInterval(r, r));
            for (int tab = 0; tab < 4; tab++) {
                int t = tab;
                GuiActionRunner.execute(() -> detail(frame).setSelectedIndex(t));
                settle();
                assertNothingRendersHtml("claim row " + r + ", tab " + t);
            }
        }
        // Every menu item, the recent-files submenu's too, checked without opening them (see GuiTestExtension).
        List<String> recentHtml = GuiActionRunner.execute(() -> {
            List<String> found = new ArrayList<>();
            javax.swing.JMenuBar bar = frame.getJMenuBar();
            for (int i = 0; i < bar.getMenuCount(); i++) {
                collectMenu(bar.getMenu(i), found);
            }
            return found;
        });
        assertThat(recentHtml).as("the menus").isEmpty();
        assertThat(GuiActionRunner.execute(() -> {
                    javax.swing.JMenuBar bar = frame.getJMenuBar();
                    List<String> texts = new ArrayList<>();
                    for (int i = 0; i < bar.getMenuCount(); i++) {
                        for (Component item : bar.getMenu(i).getMenuComponents()) {
                            if (item instanceof javax.swing.JMenu sub) {
                                for (Component c : sub.getMenuComponents()) {
                                    texts.add(((javax.swing.JMenuItem) c).getText());
                                }
                            }
                        }
                    }
                    return texts;
                }))
                .as("the recent files are listed with their hostile names")
                .anyMatch(t -> t.startsWith("<html><b>recent"));

        SwingDialogService dialogs = GuiActionRunner.execute(() -> new SwingDialogService(frame));
        Claim shown = app.claims().get(claim.id());
        List<Reviewer> reviewers = app.reviewers().list();
        ArticleMetadata meta = app.articles().get(articleId).metadata();
        Files.writeString(dir.resolve("<html><b>article<i>.txt"), "text");
        List<Consumer<SwingDialogService>> visits = new ArrayList<>(List.of(
                d -> d.showError(h("errorTitle"), h("errorMessage")),
                d -> d.showInfo(h("infoTitle"), h("infoMessage")),
                d -> d.editMetadata(h("metaHeading"), meta),
                d -> d.askExport(
                        articleId,
                        h("exportTitle"),
                        new ExportService.Options(
                                ExportService.Kind.CSV,
                                0,
                                false,
                                false,
                                h("org"),
                                "https://org.example",
                                "https://org.example/{claim_id}")),
                d -> d.askComment(h("commentTitle"), h("commentPrompt")),
                d -> d.askDismissReason(shown.text()),
                d -> d.askPastedText(),
                d -> d.editEvidence(shown, evidence, hostile.name()),
                d -> d.confirmApproval(new ApprovalSummary(
                        shown.position(),
                        shown.text(),
                        h("verdict"),
                        h("rationale"),
                        hostile.name(),
                        java.util.Map.of(dev.claimdesk.domain.Stance.REFUTES, 2),
                        List.of(h("unticked")),
                        List.of(h("warning")))),
                d -> d.chooseOriginal(
                        shown,
                        List.of(shown, app.claims().listByArticle(articleId).get(0))),
                d -> d.chooseAssignee(shown, reviewers),
                d -> d.askAfterDatabaseProblem(h("problemTitle"), h("problemMessage")),
                d -> d.askReviewer(reviewers, hostile.name(), false),
                d -> d.askReviewer(reviewers, hostile.name(), true),
                d -> d.chooseArticleFile(),
                d -> d.chooseDatabaseFile(),
                d -> d.chooseNewDatabaseFile()));
        System.setProperty("user.dir", dir.toString());
        for (int i = 0; i < visits.size(); i++) {
            visitDialog(robot, frame, "dialog " + i, dialogs, visits.get(i));
        }
        GuiActionRunner.execute(() -> new ShortcutSheet(frame).setVisible(true));
        settle();
        assertNothingRendersHtml("the shortcut sheet");
        Pause.pause(300);
        assertThat(requests.get()).as("requests to the loopback server").isZero();
        window.cleanUp();
    }

    private static JTabbedPane detail(MainFrame frame) {
        return (JTabbedPane) find(frame, c -> c instanceof ClaimDetailPanel);
    }

    private static Component find(Container root, java.util.function.Predicate<Component> p) {
        for (Component c : root.getComponents()) {
            if (p.test(c)) {
                return c;
            }
            if (c instanceof Container k) {
                Component f = find(k, p);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /** Opens one modal dialog of the real service, checks every window, and closes it. */
    private void visitDialog(
            Robot robot, MainFrame frame, String what, SwingDialogService d, Consumer<SwingDialogService> visit) {
        int before = GuiActionRunner.execute(() -> showingWindows().size());
        SwingUtilities.invokeLater(() -> visit.accept(d));
        waitFor(what + " open", () -> showingWindows().size() > before);
        settle();
        assertNothingRendersHtml(what);
        GuiActionRunner.execute(() -> {
            for (Window w : showingWindows()) {
                if (w != frame) {
                    w.dispose();
                }
            }
        });
        settle();
    }

    /**
     * Lets the EDT lay out and paint what was just shown (the robot's own idle wait sits out its
     * whole timeout while a modal dialog runs its nested event loop).
     */
    private static void settle() {
        GuiActionRunner.execute(() -> null);
        Pause.pause(150);
        GuiActionRunner.execute(() -> null);
    }

    private static List<Window> showingWindows() {
        List<Window> shown = new ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (w.isShowing()) {
                shown.add(w);
            }
        }
        return shown;
    }

    /** No component of any showing window, nor any tooltip or table cell renderer, holds an HTML view. */
    private void assertNothingRendersHtml(String where) {
        List<String> html = GuiActionRunner.execute(() -> {
            List<String> found = new ArrayList<>();
            for (Window w : showingWindows()) {
                collectHtml(w, found);
            }
            return found;
        });
        assertThat(html).as("components rendering HTML in " + where).isEmpty();
        assertThat(requests.get()).as("requests after " + where).isZero();
    }

    private static void collectHtml(Component c, List<String> found) {
        if (c instanceof JComponent j) {
            if (j.getClientProperty(BasicHTML.propertyKey) != null) {
                found.add(j.getClass().getName() + " " + j.getName());
            }
            if (j.getToolTipText() != null) {
                JToolTip tip = j.createToolTip();
                tip.setTipText(j.getToolTipText());
                if (tip.getClientProperty(BasicHTML.propertyKey) != null) {
                    found.add("tooltip of " + j.getName());
                }
            }
            if (j instanceof JTable t) {
                for (int r = 0; r < t.getRowCount(); r++) {
                    for (int col = 0; col < t.getColumnCount(); col++) {
                        Component cell = t.prepareRenderer(t.getCellRenderer(r, col), r, col);
                        collectHtml(cell, found);
                    }
                }
            }
            if (j instanceof javax.swing.JList<?> list) {
                collectRendered(list, found);
            }
            if (j instanceof javax.swing.JComboBox<?> box) {
                javax.swing.JList<Object> popupList = new javax.swing.JList<>();
                for (int i = 0; i < box.getItemCount(); i++) {
                    @SuppressWarnings("unchecked")
                    javax.swing.ListCellRenderer<Object> renderer =
                            (javax.swing.ListCellRenderer<Object>) box.getRenderer();
                    collectHtml(
                            renderer.getListCellRendererComponent(popupList, box.getItemAt(i), i, false, false), found);
                }
            }
            if (j instanceof JTabbedPane tabs) {
                for (int i = 0; i < tabs.getTabCount(); i++) {
                    if (BasicHTML.isHTMLString(tabs.getTitleAt(i))) {
                        found.add("tab title " + tabs.getTitleAt(i));
                    }
                }
            }
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                collectHtml(child, found);
            }
        }
    }

    /** Every item of a menu and of its submenus, shown or not. */
    private static void collectMenu(javax.swing.JMenu menu, List<String> found) {
        collectHtml(menu, found);
        for (Component item : menu.getMenuComponents()) {
            if (item instanceof javax.swing.JMenu sub) {
                collectMenu(sub, found);
            } else {
                collectHtml(item, found);
            }
        }
    }

    private static <T> void collectRendered(javax.swing.JList<T> list, List<String> found) {
        for (int i = 0; i < list.getModel().getSize(); i++) {
            collectHtml(
                    list.getCellRenderer()
                            .getListCellRendererComponent(list, list.getModel().getElementAt(i), i, false, false),
                    found);
        }
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier check) {
        Pause.pause(
                new Condition(what) {
                    @Override
                    public boolean test() {
                        try {
                            return GuiActionRunner.execute(check::getAsBoolean);
                        } catch (org.assertj.swing.exception.ComponentLookupException notShownYet) {
                            return false;
                        }
                    }
                },
                Timeout.timeout(20_000));
    }
}
