package dev.claimdesk.ui;

import dev.claimdesk.app.Settings;
import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.ui.action.ActionCatalogue;
import dev.claimdesk.ui.action.ActionId;
import dev.claimdesk.ui.action.Condition;
import dev.claimdesk.ui.task.TaskHandle;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.Action;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.WindowConstants;

/** The main window: menu bar, toolbar, the empty state or the articles, and the status bar. */
final class MainFrame extends JFrame implements MainView {
    static final String BOUNDS_SETTING = "window.bounds";
    private static final String EMPTY = "empty";
    private static final String OPENING = "opening";
    private static final String ARTICLES = "articles";
    private static final String DASHBOARD = "dashboard";

    private final Settings settings;
    private final CardLayout cards = new CardLayout();
    private final JPanel content = new JPanel(cards);
    private final StatusBar statusBar = new StatusBar();
    private final OpeningPanel opening = new OpeningPanel();
    private final ArticleView articleView;
    private final DashboardPanel dashboard = new DashboardPanel();
    private String articlesCard = OPENING;
    private boolean dashboardShown;
    private final WindowActions actions = new WindowActions();
    private Runnable onClosing = () -> {};
    private Consumer<Theme> onThemeChanged = theme -> {};
    private Consumer<dev.claimdesk.app.DatabaseLocation> onOpenRecent = where -> {};
    private Article currentArticle;
    private boolean databaseReady;
    private boolean canUndo;
    private boolean canRedo;
    private boolean hasRecent;
    private StartupProbe probe =
            new StartupProbe(StartupProbe.Mode.OFF, new java.io.PrintWriter(java.io.Writer.nullWriter()));

    /** The application icon; the installers' PNG (packaging/linux/claimdesk.png) is drawn from it. */
    static final String APP_ICON = "/dev/claimdesk/ui/app/claimdesk.svg";

    MainFrame(Settings settings) {
        super("ClaimDesk");
        this.settings = settings;
        this.articleView = new ArticleView(settings);
        setName("mainFrame");
        // The application icon (task bar, window switcher), drawn from one SVG at every size asked for.
        setIconImages(com.formdev.flatlaf.extras.FlatSVGUtils.createWindowIconImages(APP_ICON));
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        // The first card is the one shown: until the database has answered, the window says it is opening.
        content.add(opening, OPENING);
        content.add(new EmptyStatePanel(actions.get(ActionId.IMPORT), actions.get(ActionId.OPEN_DEMO)), EMPTY);
        content.add(articleView, ARTICLES);
        javax.swing.JScrollPane dashboardScroll = new javax.swing.JScrollPane(dashboard);
        dashboardScroll.setBorder(javax.swing.BorderFactory.createEmptyBorder());
        content.add(dashboardScroll, DASHBOARD);
        setJMenuBar(actions.menuBar());
        actions.bindAlternateKeys(getRootPane());
        JPanel root = new JPanel(new BorderLayout());
        root.add(actions.toolBar(), BorderLayout.NORTH);
        root.add(content, BorderLayout.CENTER);
        root.add(statusBar, BorderLayout.SOUTH);
        setContentPane(root);
        syncThemeControls();
        syncListControl();
        articleView.onArticleListToggled(this::syncListControl);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                close();
            }
        });
        articleView.queue().table().getSelectionModel().addListSelectionListener(e -> refreshEnabled());
        restoreBounds();
        actions.handle(viewHandlers());
        setDatabaseReady(false);
    }

    /**
     * Every call from the window into the presenter, in one place: the menu and toolbar actions, the
     * article workspace's listener, dropped files, the recent databases, the theme and quitting.
     */
    private void onSelection(Consumer<Claim> one, Consumer<java.util.List<Claim>> many) {
        java.util.List<Claim> selected = articleView.selectedClaims();
        if (selected.size() > 1) {
            many.accept(selected);
        } else {
            articleView.selectedClaim().ifPresent(one);
        }
    }

    void setPresenter(MainPresenter p) {
        articleView.setListener(p);
        setTransferHandler(new FileDropHandler(p::importFiles));
        articleView
                .body()
                .setTransferHandler(
                        new FileDropHandler(p::importFiles, articleView.body().getTransferHandler()));
        onClosing = p::closing;
        onThemeChanged = p::themeChanged;
        onOpenRecent = p::openRecent;
        Map<ActionId, Runnable> h = new EnumMap<>(ActionId.class);
        h.put(ActionId.NEW_DATABASE, p::newDatabase);
        h.put(ActionId.OPEN_DATABASE, p::openOtherDatabase);
        h.put(ActionId.CONNECT_SERVER, p::connectToServer);
        h.put(ActionId.IMPORT, p::importFile);
        h.put(ActionId.PASTE, p::pasteArticle);
        h.put(ActionId.OPEN_DEMO, p::openDemoArticle);
        h.put(
                ActionId.EXPORT,
                () -> p.export(
                        currentArticle,
                        articleView.selectedClaims().stream().map(Claim::id).toList()));
        h.put(ActionId.RESTORE_BACKUP, p::restoreFromBackup);
        h.put(ActionId.SWITCH_REVIEWER, p::switchReviewer);
        h.put(ActionId.UNDO, p::undo);
        h.put(ActionId.REDO, p::redo);
        // With several claims selected in the queue these act on all of them, as one undo step.
        h.put(ActionId.ACCEPT, () -> onSelection(p::accept, p::acceptMany));
        h.put(ActionId.DISMISS, () -> onSelection(p::dismiss, p::dismissMany));
        h.put(ActionId.ASSIGN, () -> onSelection(p::assign, p::assignMany));
        h.put(ActionId.REVIEW_MODE, p::chooseReviewMode);
        h.put(ActionId.ADJUDICATION_QUEUE, p::showAdjudicationQueue);
        h.put(ActionId.APPROVE, () -> articleView.selectedClaim().ifPresent(p::approve));
        h.put(ActionId.RETURN, () -> articleView.selectedClaim().ifPresent(p::giveBack));
        h.put(ActionId.REOPEN, () -> articleView.selectedClaim().ifPresent(p::reopen));
        h.put(ActionId.REFRESH, p::refresh);
        h.put(ActionId.VERDICT_SCALES, p::verdictScales);
        h.put(ActionId.DASHBOARD, p::toggleDashboard);
        dashboard.setListener(p.dashboard());
        actions.handle(h);
        actions.requireAllHandled();
    }

    /** The actions the window and the workspace carry out themselves (they reach the presenter as its listener). */
    private Map<ActionId, Runnable> viewHandlers() {
        Map<ActionId, Runnable> h = new EnumMap<>(ActionId.class);
        h.put(ActionId.QUIT, this::close);
        h.put(ActionId.FIND, articleView::focusSearch);
        h.put(ActionId.GO_TO_QUEUE, articleView::focusQueue);
        h.put(ActionId.NEXT_CLAIM, () -> articleView.queue().move(1));
        h.put(ActionId.PREVIOUS_CLAIM, () -> articleView.queue().move(-1));
        h.put(ActionId.NEW_EVIDENCE, articleView::newEvidence);
        h.put(ActionId.MARK_CLAIM, articleView::markSelection);
        h.put(ActionId.SPLIT, articleView::splitAtCaret);
        h.put(ActionId.MERGE, articleView::mergeWithNext);
        h.put(ActionId.DUPLICATE, articleView::markDuplicate);
        h.put(ActionId.SUBMIT, () -> articleView.detail().verdictPanel().submitIfPossible());
        List<ActionId> tabs = List.of(
                ActionId.TAB_CLAIM,
                ActionId.TAB_EVIDENCE,
                ActionId.TAB_VERDICT,
                ActionId.TAB_HISTORY,
                ActionId.TAB_SIMILAR);
        for (int i = 0; i < tabs.size(); i++) {
            int tab = i;
            h.put(tabs.get(i), () -> articleView.showTab(tab));
        }
        h.put(ActionId.ARTICLE_LIST, () -> {
            articleView.setArticleListShown(!articleView.isArticleListShown());
            syncListControl();
        });
        h.put(ActionId.DARK_THEME, this::toggleTheme);
        h.put(ActionId.SHORTCUTS, () -> new ShortcutSheet(this).setVisible(true));
        h.put(ActionId.ABOUT, this::showAbout);
        return h;
    }

    ArticleView articleView() {
        return articleView;
    }

    /** Enables every action whose condition holds now. */
    private void refreshEnabled() {
        actions.refresh(this::holds);
    }

    private boolean holds(Condition c) {
        return switch (c) {
            case ALWAYS -> true;
            case DATABASE_OPEN -> databaseReady;
            // On the dashboard the article and its queue are out of sight: nothing acts on them.
            case ARTICLE_SHOWN -> databaseReady && currentArticle != null && !dashboardShown;
            case CLAIM_SELECTED ->
                databaseReady
                        && currentArticle != null
                        && !dashboardShown
                        && articleView.selectedClaim().isPresent();
            case UNDO_AVAILABLE -> canUndo;
            case REDO_AVAILABLE -> canRedo;
            case RECENT_DATABASES -> hasRecent;
        };
    }

    private void toggleTheme() {
        Theme next = Theme.current() == Theme.DARK ? Theme.LIGHT : Theme.DARK;
        next.switchTo();
        dashboard.restyle();
        syncThemeControls();
        onThemeChanged.accept(next);
    }

    private void syncListControl() {
        actions.get(ActionId.ARTICLE_LIST).putValue(Action.SELECTED_KEY, articleView.isArticleListShown());
    }

    private void syncThemeControls() {
        actions.get(ActionId.DARK_THEME).putValue(Action.SELECTED_KEY, Theme.current() == Theme.DARK);
    }

    private void showAbout() {
        String version = MainFrame.class.getPackage().getImplementationVersion();
        JOptionPane.showMessageDialog(
                this,
                "ClaimDesk " + (version == null ? "(development build)" : version)
                        + "\nA desktop workbench for fact-checkers.",
                "About ClaimDesk",
                JOptionPane.INFORMATION_MESSAGE);
    }

    /** Saves the window bounds, then closes. */
    void close() {
        Rectangle b = getBounds();
        if ((getExtendedState() & MAXIMIZED_BOTH) == 0) {
            settings.put(BOUNDS_SETTING, String.format(Locale.ROOT, "%d,%d,%d,%d", b.x, b.y, b.width, b.height));
        }
        onClosing.run();
    }

    private void restoreBounds() {
        Rectangle saved =
                settings.get(BOUNDS_SETTING).map(MainFrame::parseBounds).orElse(null);
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        if (saved != null && screen.intersects(saved) && saved.width >= 400 && saved.height >= 300) {
            setBounds(saved);
        } else {
            setSize(Math.min(1280, screen.width), Math.min(820, screen.height));
            setLocationRelativeTo(null);
        }
    }

    static Rectangle parseBounds(String text) {
        String[] p = text.split(",");
        if (p.length != 4) {
            return null;
        }
        try {
            return new Rectangle(
                    Integer.parseInt(p[0].strip()),
                    Integer.parseInt(p[1].strip()),
                    Integer.parseInt(p[2].strip()),
                    Integer.parseInt(p[3].strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Start-up milestones for the benchmark (off unless -Dclaimdesk.startupProbe is set). */
    void useProbe(StartupProbe probe) {
        this.probe = probe;
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowOpened(java.awt.event.WindowEvent e) {
                probe.shown();
            }
        });
    }

    StatusBar statusBar() {
        return statusBar;
    }

    @Override
    public void showArticles(
            List<Article> articles,
            java.util.Map<Long, dev.claimdesk.domain.ArticleProgress> progress,
            Long selectedId) {
        articlesCard = articles.isEmpty() ? EMPTY : ARTICLES;
        cards.show(content, dashboardShown ? DASHBOARD : articlesCard);
        if (articles.isEmpty()) {
            probe.settled();
        }
        if (currentArticle != null && articles.stream().noneMatch(a -> a.id() == currentArticle.id())) {
            currentArticle = null;
        }
        articleView.showArticles(articles, progress, selectedId);
        refreshEnabled();
    }

    @Override
    public void showProgress(java.util.Map<Long, dev.claimdesk.domain.ArticleProgress> progress) {
        articleView.showProgress(progress);
    }

    @Override
    public void showClaimsChanged(List<Claim> claims) {
        articleView.showClaimsChanged(claims);
    }

    @Override
    public void showClaimDetail(dev.claimdesk.domain.ClaimDetail detail) {
        articleView.showClaimDetail(detail);
    }

    @Override
    public void showSimilarLoading(long claimId) {
        articleView.detail().similarLoading(claimId);
    }

    @Override
    public void showSimilar(long claimId, List<dev.claimdesk.domain.SimilarClaim> similar) {
        articleView.detail().showSimilar(claimId, similar);
    }

    @Override
    public void showBlindView(long claimId, dev.claimdesk.app.BlindReviewService.View view) {
        articleView.showBlindView(claimId, view);
    }

    @Override
    public void showBlindProgress(java.util.Map<Long, String> progress) {
        articleView.showBlindProgress(progress);
    }

    @Override
    public void showSearchResult(java.util.Set<Long> claimIds) {
        articleView.showSearchResult(claimIds);
    }

    @Override
    public void selectClaim(long claimId) {
        articleView.selectClaim(claimId);
    }

    @Override
    public void showUndoState(String undoName, String redoName) {
        String undo = ActionCatalogue.spec(ActionId.UNDO).name();
        String redo = ActionCatalogue.spec(ActionId.REDO).name();
        actions.get(ActionId.UNDO).putValue(Action.NAME, undoName == null ? undo : undo + " " + undoName);
        actions.get(ActionId.REDO).putValue(Action.NAME, redoName == null ? redo : redo + " " + redoName);
        canUndo = undoName != null;
        canRedo = redoName != null;
        refreshEnabled();
    }

    @Override
    public void showRecentDatabases(List<dev.claimdesk.app.DatabaseLocation> places) {
        JMenu recent = actions.recentMenu();
        recent.removeAll();
        for (dev.claimdesk.app.DatabaseLocation where : places) {
            String text;
            if (where instanceof dev.claimdesk.app.DatabaseLocation.File f) {
                Path parent = f.path().getParent();
                text = f.display() + "  —  " + (parent == null ? "" : parent);
            } else {
                text = "Team server  —  " + where.display();
            }
            JMenuItem item = new JMenuItem(text);
            item.addActionListener(e -> onOpenRecent.accept(where));
            recent.add(item);
        }
        hasRecent = !places.isEmpty();
        refreshEnabled();
    }

    @Override
    public void showArticle(Article article, List<Claim> claims) {
        currentArticle = article;
        articleView.showArticle(article, claims);
        refreshEnabled();
        probe.settled();
    }

    @Override
    public void showScale(dev.claimdesk.domain.VerdictScale scale) {
        articleView.showScale(scale);
    }

    @Override
    public void reviewerChanged(String name) {
        articleView.reviewerChanged(name);
    }

    @Override
    public void offerCancel(TaskHandle handle) {
        statusBar.offerCancel(handle);
    }

    @Override
    public void showReviewer(String name) {
        statusBar.setReviewer(name);
    }

    @Override
    public void showDatabase(dev.claimdesk.app.DatabaseLocation where) {
        statusBar.setDatabase(where);
        setTitle("ClaimDesk – " + where.display());
    }

    @Override
    public void showOpening(dev.claimdesk.app.DatabaseLocation where) {
        opening.show(where);
        articlesCard = OPENING;
        cards.show(content, OPENING);
    }

    @Override
    public void showDashboard(boolean shown) {
        dashboardShown = shown;
        cards.show(content, shown ? DASHBOARD : articlesCard);
        actions.get(ActionId.DASHBOARD).putValue(Action.SELECTED_KEY, shown);
        refreshEnabled();
    }

    @Override
    public void showDashboardFigures(DashboardFigures.Shown figures) {
        dashboard.show(figures);
    }

    DashboardPanel dashboard() {
        return dashboard;
    }

    @Override
    public void showStatus(String message) {
        statusBar.setMessage(message);
    }

    @Override
    public void setDatabaseReady(boolean ready) {
        databaseReady = ready;
        refreshEnabled();
    }
}
