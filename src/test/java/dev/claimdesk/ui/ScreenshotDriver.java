package dev.claimdesk.ui;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.Settings;
import dev.claimdesk.bench.DetectionBenchmark;
import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.DismissReason;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.Reliability;
import dev.claimdesk.domain.SourceType;
import dev.claimdesk.domain.Stance;
import java.awt.EventQueue;
import java.awt.Image;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.awt.image.MultiResolutionImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.JTable;
import javax.swing.SwingUtilities;

/**
 * Takes the documentation's screenshots of the real window (run by {@code scripts/screenshots.sh},
 * not a test). One run is one window size, scale and theme:
 *
 * <pre>
 * ScreenshotDriver OUT_DIR WORK_DIR SAMPLE_ARTICLE THEME TAG SCENE...
 * </pre>
 *
 * The database is built once per work folder: the sample article mid-review (accepted, dismissed,
 * researched, submitted and approved claims, one claim with three evidence items) and a generated
 * article of at least 500 claims. Each scene puts the window in a state and writes
 * {@code OUT_DIR/<scene>-<TAG>.png}. New scenes (the approval dialog) go into {@link #SCENES}.
 */
public final class ScreenshotDriver {
    static final String ME = "王小明 Wang Xiaoming";
    static final String SECOND = "Grace Hopper";
    private static final String EVIDENCED = "maximum joint torque of 360 degrees";

    private final Path out;
    private final String tag;
    private MainFrame frame;
    private long sampleId;
    private long bigId;
    private long evidencedClaim;
    private Path db;

    /** The scenes by name: each leaves the window (or a dialog) ready to be captured. */
    private final Map<String, Scene> SCENES = new LinkedHashMap<>();

    private interface Scene {
        Window prepare() throws Exception;
    }

    private ScreenshotDriver(Path out, String tag) {
        this.out = out;
        this.tag = tag;
        SCENES.put("queue", () -> claimTab(sampleId, evidencedClaim, ClaimDetailPanel.CLAIM_TAB));
        SCENES.put("queue-500", () -> claimTab(bigId, -1, ClaimDetailPanel.CLAIM_TAB));
        SCENES.put("evidence", () -> claimTab(sampleId, evidencedClaim, ClaimDetailPanel.EVIDENCE_TAB));
        SCENES.put("history", () -> claimTab(sampleId, evidencedClaim, ClaimDetailPanel.HISTORY_TAB));
        SCENES.put("verdict", () -> claimTab(sampleId, evidencedClaim, ClaimDetailPanel.VERDICT_TAB));
        SCENES.put("shortcuts", () -> dialog("Keyboard shortcuts", () -> new ShortcutSheet(frame).setVisible(true)));
        SCENES.put("evidence-editor", this::evidenceEditor);
        SCENES.put("approval", this::approval);
        SCENES.put("export-dialog", () -> {
            claimTab(sampleId, evidencedClaim, ClaimDetailPanel.CLAIM_TAB);
            return dialog("Export", () -> menuItem("menuExport").doClick());
        });
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Path sample = Path.of(args[2]);
        String theme = args[3];
        ScreenshotDriver d = new ScreenshotDriver(out, args[4]);
        Files.createDirectories(out);
        Settings settings = Settings.load(work.resolve("settings-" + args[4] + ".properties"));
        settings.put(Theme.SETTING, theme);
        Rectangle screen = onEdt(
                () -> java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
        settings.put(MainFrame.BOUNDS_SETTING, "0,0," + screen.width + "," + screen.height);
        if (args[5].equals("dashboard")) {
            Path desk = work.resolve("desk.db");
            if (!Files.exists(desk)) {
                dev.claimdesk.testsupport.DeskFixture.build(desk);
            }
            settings.put(MainPresenter.REVIEWER_SETTING, dev.claimdesk.testsupport.DeskFixture.GRACE);
            d.dashboard(settings, desk);
            System.exit(0);
        }
        if (args[5].equals("first-start")) {
            d.firstStart(
                    settings,
                    Files.createDirectories(work.resolve("first-" + args[4])).resolve("claimdesk.db"));
            System.exit(0);
        }
        Path db = work.resolve("screens.db");
        d.db = db;
        boolean fresh = !Files.exists(db);
        d.prepare(AppServices.open(db, Clock.systemUTC()), sample, fresh);
        settings.put(MainPresenter.REVIEWER_SETTING, ME);
        d.frame = onEdt(() -> new UiStarter(() -> {}).open(settings, db, f -> AppServices.open(f, Clock.systemUTC())));
        waitFor("the articles", () -> d.table().getRowCount() > 0);
        for (int i = 5; i < args.length; i++) {
            Scene scene = d.SCENES.get(args[i]);
            if (scene == null) {
                throw new IllegalArgumentException("no scene " + args[i] + "; known: " + d.SCENES.keySet());
            }
            Window w = scene.prepare();
            d.capture(w, args[i]);
            if (w != d.frame) {
                onEdt(() -> {
                    w.dispose();
                    return null;
                });
            }
        }
        onEdt(() -> {
            d.frame.dispose();
            return null;
        });
        System.exit(0);
    }

    /** The first start on a new database: who are you, then the empty workspace. */
    private void firstStart(Settings settings, Path db) throws Exception {
        Files.deleteIfExists(db);
        frame = onEdt(() -> new UiStarter(() -> {}).open(settings, db, f -> AppServices.open(f, Clock.systemUTC())));
        Window welcome = dialog("Welcome to ClaimDesk", () -> {});
        onEdt(() -> {
            type(welcome, "reviewerNameField", ME);
            return null;
        });
        settle();
        capture(welcome, "reviewer-dialog");
        onEdt(() -> {
            find(welcome, javax.swing.JButton.class, "reviewerOk").doClick();
            return null;
        });
        waitFor(
                "the empty state",
                () -> find(frame, javax.swing.JPanel.class, "emptyState") != null
                        && find(frame, javax.swing.JPanel.class, "emptyState").isShowing());
        settle();
        capture(frame, "main-empty");
        onEdt(() -> {
            frame.dispose();
            return null;
        });
    }

    /** The dashboard of a desk of five articles and three reviewers (DeskFixture). */
    private void dashboard(Settings settings, Path desk) throws Exception {
        frame = onEdt(() -> new UiStarter(() -> {}).open(settings, desk, f -> AppServices.open(f, Clock.systemUTC())));
        waitFor("the articles", () -> table().getRowCount() > 0);
        onEdt(() -> {
            menuItem("menuDashboard").doClick();
            return null;
        });
        waitFor(
                "the figures",
                () -> frame.dashboard().isShowing() && frame.dashboard().shown() != null);
        settle();
        capture(frame, "dashboard");
        onEdt(() -> {
            frame.dispose();
            return null;
        });
    }

    /** Builds the database on the first run; finds the articles and the claim with evidence on every run. */
    private void prepare(AppServices app, Path sample, boolean fresh) {
        if (fresh) {
            app.reviewers().findOrCreate(ME, "王WX");
            app.reviewers().findOrCreate(SECOND, "GH");
            Article a = app.articles()
                    .importFile(
                            sample,
                            new ArticleMetadata(
                                    "Chinese startups giving more Western peers run for money",
                                    "China Daily",
                                    "Cheng Yu",
                                    "https://www.chinadaily.com.cn/a/202502/11/WS67aa8b1ea310a2ab06eaa9b7.html",
                                    LocalDate.of(2025, 2, 11)),
                            ME)
                    .article();
            review(app, a.id());
            var big = app.articles()
                    .importText(
                            DetectionBenchmark.generate(100_000, new Random(500)),
                            ArticleFormat.TEXT,
                            new ArticleMetadata(
                                    "Regional economy: a generated article of 500 claims",
                                    "Benchmark Herald",
                                    null,
                                    null,
                                    LocalDate.of(2026, 3, 2)),
                            "en",
                            ME);
            if (big.proposals() < 500) {
                throw new IllegalStateException("the generated article has only " + big.proposals() + " claims");
            }
        }
        List<Article> articles = app.articles().list();
        sampleId = articles.stream()
                .filter(a -> a.title().startsWith("Chinese"))
                .findFirst()
                .orElseThrow()
                .id();
        bigId = articles.stream()
                .filter(a -> a.title().startsWith("Regional"))
                .findFirst()
                .orElseThrow()
                .id();
        evidencedClaim = app.claims().listByArticle(sampleId).stream()
                .filter(c -> c.text().contains(EVIDENCED))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** The sample article mid-review, as two reviewers would leave it. */
    private static void review(AppServices app, long articleId) {
        List<Claim> claims = new ArrayList<>(app.claims().listByArticle(articleId));
        long falseLabel =
                app.scales().defaultScale().labelByCode("FALSE").orElseThrow().id();
        long mostlyTrue = app.scales()
                .defaultScale()
                .labelByCode("MOSTLY_TRUE")
                .orElseThrow()
                .id();
        long unverifiable = app.scales()
                .defaultScale()
                .labelByCode("UNVERIFIABLE")
                .orElseThrow()
                .id();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (c.text().contains(EVIDENCED)) {
                app.claims().act(c.id(), ClaimAction.ACCEPT, null, null, ME);
                evidence(
                        app,
                        c.id(),
                        "https://www.unitree.com/h1",
                        "Unitree H1 technical specifications",
                        "Unitree Robotics",
                        "Peak joint torque: 360 N.m (knee).",
                        Stance.REFUTES,
                        SourceType.SELF_INTERESTED,
                        Reliability.B);
                evidence(
                        app,
                        c.id(),
                        "https://www.bipm.org/en/publications/si-brochure",
                        "The International System of Units (SI brochure)",
                        "Bureau International des Poids et Mesures",
                        "The newton metre is the SI unit of torque; the degree measures plane angle.",
                        Stance.REFUTES,
                        SourceType.PRIMARY,
                        Reliability.A);
                evidence(
                        app,
                        c.id(),
                        "https://www.cctv.com/2025/01/28/gala",
                        "Spring Festival Gala: the robots of \"Yangge BOT\"",
                        "CCTV",
                        "Sixteen Unitree H1 robots performed the yangge folk dance with handkerchiefs.",
                        Stance.CONTEXT,
                        SourceType.SECONDARY,
                        Reliability.C);
                app.claims()
                        .setVerdict(
                                c.id(),
                                falseLabel,
                                "The specification gives the torque in newton-metres (N.m). Degrees measure angles, so \"360 degrees\" is not a torque figure.",
                                ME);
                app.claims().act(c.id(), ClaimAction.SUBMIT_FOR_REVIEW, null, null, ME);
            } else if (i == 1) {
                app.claims().act(c.id(), ClaimAction.DISMISS, null, DismissReason.NOT_SIGNIFICANT, ME);
            } else if (i == 2) {
                app.claims().act(c.id(), ClaimAction.ACCEPT, null, null, ME);
                app.claims()
                        .setVerdict(
                                c.id(),
                                mostlyTrue,
                                "The export rules were tightened in 2022 and 2023, as the article says.",
                                ME);
                app.claims().act(c.id(), ClaimAction.SUBMIT_FOR_REVIEW, null, null, ME);
                app.claims().act(c.id(), ClaimAction.APPROVE, null, null, SECOND);
            } else if (i == 3 || i == 5) {
                app.claims().act(c.id(), ClaimAction.ACCEPT, null, null, ME);
                if (i == 5) {
                    app.claims().setVerdict(c.id(), unverifiable, "No audience figure from the broadcaster yet.", ME);
                }
            }
        }
    }

    private static void evidence(
            AppServices app,
            long claimId,
            String url,
            String title,
            String publisher,
            String quote,
            Stance stance,
            SourceType type,
            Reliability grade) {
        app.evidence()
                .add(
                        new Evidence(
                                0,
                                claimId,
                                url,
                                title,
                                publisher,
                                LocalDate.of(2025, 2, 1),
                                LocalDate.of(2025, 2, 12),
                                quote,
                                stance,
                                type,
                                grade,
                                null,
                                null,
                                null,
                                ME,
                                Instant.EPOCH),
                        ME);
    }

    private JTable table() {
        return frame.articleView().queue().table();
    }

    /** Shows an article and one of its claims (-1: the first) on a tab of the detail. */
    private Window claimTab(long articleId, long claimId, int tab) throws Exception {
        onEdt(() -> {
            javax.swing.JList<?> list = find(frame, javax.swing.JList.class, "articleList");
            for (int i = 0; i < list.getModel().getSize(); i++) {
                if (((Article) list.getModel().getElementAt(i)).id() == articleId) {
                    list.setSelectedIndex(i);
                }
            }
            return null;
        });
        waitFor(
                "the article's claims",
                () -> table().getRowCount() > 0
                        && ((ClaimTableModel) table().getModel()).claimAt(0).articleId() == articleId);
        onEdt(() -> {
            ArticleView v = frame.articleView();
            if (claimId >= 0) {
                v.selectClaim(claimId);
            } else {
                v.queue().move(0);
            }
            v.showTab(tab);
            return null;
        });
        if (claimId == evidencedClaim) {
            waitFor(
                    "the evidence",
                    () -> frame.articleView()
                            .detail()
                            .getTitleAt(ClaimDetailPanel.EVIDENCE_TAB)
                            .contains("(3)"));
        }
        settle();
        return frame;
    }

    /** The approval dialog of the claim with three evidence items, as the second reviewer sees it. */
    private Window approval() throws Exception {
        claimTab(sampleId, evidencedClaim, ClaimDetailPanel.CLAIM_TAB);
        AppServices app = AppServices.open(db, Clock.systemUTC());
        dev.claimdesk.domain.ClaimDetail detail = app.claims().detail(evidencedClaim);
        ApprovalSummary summary = ApprovalSummary.of(
                detail, app.scales().defaultScale(), dev.claimdesk.domain.Checklist.questionsFor(detail.claim()));
        Window w = dialog("Approve the verdict", () -> new ApprovalDialog(frame, summary).setVisible(true));
        onEdt(() -> {
            type(w, "approvalComment", "Checked the torque figure against Unitree's own specifications.");
            return null;
        });
        settle();
        return w;
    }

    /** The evidence editor, filled in as a reviewer would. */
    private Window evidenceEditor() throws Exception {
        claimTab(sampleId, -1, ClaimDetailPanel.EVIDENCE_TAB);
        // an accepted claim, which can take evidence
        onEdt(() -> {
            JTable t = table();
            for (int r = 0; r < t.getRowCount(); r++) {
                Claim c = ((ClaimTableModel) t.getModel()).claimAt(t.convertRowIndexToModel(r));
                if (c.state() == ClaimState.OPEN) {
                    frame.articleView().selectClaim(c.id());
                    break;
                }
            }
            return null;
        });
        settle();
        Window w = dialog("New evidence", () -> frame.articleView().newEvidence());
        onEdt(() -> {
            type(w, "evidenceUrl", "https://www.unitree.com/h1");
            type(w, "evidenceTitle", "Unitree H1 technical specifications");
            type(w, "evidencePublisher", "Unitree Robotics");
            type(w, "evidenceQuote", "Peak joint torque: 360 N.m (knee)");
            return null;
        });
        settle();
        return w;
    }

    private static void type(Window w, String name, String text) {
        javax.swing.text.JTextComponent f = find(w, javax.swing.text.JTextComponent.class, name);
        f.setText(text);
    }

    /** Opens a dialog (later, as it is modal) and waits for the window with that title. */
    private Window dialog(String title, Runnable open) throws Exception {
        SwingUtilities.invokeLater(open);
        AtomicReference<Window> found = new AtomicReference<>();
        waitFor("the window " + title, () -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing()
                        && w instanceof java.awt.Dialog dlg
                        && dlg.getTitle().startsWith(title)) {
                    found.set(w);
                    return true;
                }
            }
            return false;
        });
        settle();
        return found.get();
    }

    /** The window's pixels at the screen's resolution (twice the window size at scale 2). */
    private void capture(Window w, String scene) throws Exception {
        Rectangle bounds = onEdt(w::getBounds);
        MultiResolutionImage shot = new Robot().createMultiResolutionScreenCapture(bounds);
        Image best = null;
        for (Image variant : shot.getResolutionVariants()) {
            if (best == null || variant.getWidth(null) > best.getWidth(null)) {
                best = variant;
            }
        }
        Path file = out.resolve(scene + "-" + tag + ".png");
        ImageIO.write((BufferedImage) best, "png", file.toFile());
        System.out.println("wrote " + file);
    }

    private static <T extends java.awt.Component> T find(java.awt.Container root, Class<T> type, String name) {
        for (java.awt.Component c : root.getComponents()) {
            if (type.isInstance(c) && name.equals(c.getName())) {
                return type.cast(c);
            }
            if (c instanceof java.awt.Container k) {
                T inner = find(k, type, name);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            onEdt(() -> null);
            Thread.sleep(400); // layout passes, deferred row heights, FlatLaf's animations
        }
    }

    private static void waitFor(String what, BooleanSupplier condition) throws Exception {
        long until = System.nanoTime() + 30_000_000_000L;
        while (!onEdt(condition::getAsBoolean)) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("gave up waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    private static <T> T onEdt(Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    private javax.swing.JMenuItem menuItem(String name) {
        for (int i = 0; i < frame.getJMenuBar().getMenuCount(); i++) {
            for (java.awt.Component c : frame.getJMenuBar().getMenu(i).getMenuComponents()) {
                if (name.equals(c.getName())) {
                    return (javax.swing.JMenuItem) c;
                }
            }
        }
        throw new IllegalStateException("no menu item " + name);
    }
}
