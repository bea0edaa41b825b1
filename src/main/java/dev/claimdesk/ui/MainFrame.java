package dev.claimdesk.ui;

import dev.claimdesk.app.Settings;
import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.ui.task.TaskHandle;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.swing.Action;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;

/** The main window: menu bar, toolbar, the empty state or the articles, and the status bar. */
final class MainFrame extends JFrame implements MainView {
    static final String BOUNDS_SETTING = "window.bounds";
    private static final String EMPTY = "empty";
    private static final String ARTICLES = "articles";

    private final Settings settings;
    private final CardLayout cards = new CardLayout();
    private final JPanel content = new JPanel(cards);
    private final StatusBar statusBar = new StatusBar();
    private final ArticleView articleView;
    private final JCheckBoxMenuItem darkItem = new JCheckBoxMenuItem();
    private final JToggleButton darkButton = new JToggleButton();
    private final List<Action> databaseActions;
    private final Action undoAction;
    private final Action redoAction;
    private final JMenu recentMenu = new JMenu("Open recent");
    private MainPresenter presenter;
    private Article currentArticle;

    MainFrame(Settings settings) {
        super("ClaimDesk");
        this.settings = settings;
        this.articleView = new ArticleView(settings);
        setName("mainFrame");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        int menu = java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        Action importAction = Actions.of(
                "Import article…",
                "Import an article (.txt, .md, .html, .pdf)",
                KeyStroke.getKeyStroke(KeyEvent.VK_O, menu),
                Icons.get("import"),
                () -> presenter.importFile());
        Action demoAction = Actions.of(
                "Open demo article",
                "Import and show the demo article that ships with ClaimDesk",
                null,
                Icons.get("demo"),
                () -> presenter.openDemoArticle());
        Action pasteAction = Actions.of(
                "Paste article…",
                "Import article text from the clipboard",
                KeyStroke.getKeyStroke(KeyEvent.VK_V, menu | InputEvent.SHIFT_DOWN_MASK),
                null,
                () -> presenter.pasteArticle());
        Action exportAction = Actions.of(
                "Export…",
                "Export verdicts as CSV, ClaimReview or a report",
                KeyStroke.getKeyStroke(KeyEvent.VK_E, menu),
                null,
                () -> presenter.export(currentArticle));
        Action reviewerAction = Actions.of(
                "Switch reviewer…",
                "Change who you are (for the four-eyes rule)",
                KeyStroke.getKeyStroke(KeyEvent.VK_U, menu | InputEvent.SHIFT_DOWN_MASK),
                Icons.get("reviewer"),
                () -> presenter.switchReviewer());
        Action quitAction =
                Actions.of("Quit", "Close ClaimDesk", KeyStroke.getKeyStroke(KeyEvent.VK_Q, menu), null, this::close);
        Action darkAction = Actions.of(
                "Dark theme",
                "Switch between the light and the dark theme",
                KeyStroke.getKeyStroke(KeyEvent.VK_T, menu | InputEvent.SHIFT_DOWN_MASK),
                Icons.get("theme"),
                this::toggleTheme);
        Action aboutAction = Actions.of("About ClaimDesk", "Version and licence", null, null, this::showAbout);
        Action newDb = Actions.of(
                "New database…",
                "Create an empty ClaimDesk database and work in it",
                KeyStroke.getKeyStroke(KeyEvent.VK_N, menu),
                null,
                () -> presenter.newDatabase());
        Action openDb = Actions.of(
                "Open database…",
                "Open another ClaimDesk database",
                KeyStroke.getKeyStroke(KeyEvent.VK_O, menu | InputEvent.SHIFT_DOWN_MASK),
                null,
                () -> presenter.openOtherDatabase());
        undoAction = Actions.of(
                "Undo",
                "Undo the last change",
                KeyStroke.getKeyStroke(KeyEvent.VK_Z, menu),
                null,
                () -> presenter.undo());
        redoAction = Actions.of(
                "Redo",
                "Redo the change you undid",
                KeyStroke.getKeyStroke(KeyEvent.VK_Z, menu | InputEvent.SHIFT_DOWN_MASK),
                null,
                () -> presenter.redo());
        undoAction.setEnabled(false);
        redoAction.setEnabled(false);
        Action find = Actions.of(
                "Find claims",
                "Search the claims' text, rationale and evidence",
                KeyStroke.getKeyStroke(KeyEvent.VK_F, menu),
                null,
                () -> articleView.focusSearch());
        Action toQueue = Actions.of(
                "Go to the queue",
                "Put the keyboard focus in the claim queue",
                KeyStroke.getKeyStroke(KeyEvent.VK_L, menu),
                null,
                () -> articleView.focusQueue());
        Action shortcuts = Actions.of(
                "Keyboard shortcuts",
                "Every shortcut on one sheet",
                KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0),
                null,
                () -> new ShortcutSheet(this).setVisible(true));
        databaseActions = List.of(importAction, pasteAction, demoAction, exportAction, reviewerAction);

        content.add(new EmptyStatePanel(importAction, demoAction), EMPTY);
        content.add(articleView, ARTICLES);

        JMenuBar bar = new JMenuBar();
        JMenu file = menu("File", 'F');
        file.add(newDb).setName("menuNewDatabase");
        file.add(openDb).setName("menuOpenDatabase");
        recentMenu.setName("menuRecent");
        file.add(recentMenu);
        file.addSeparator();
        file.add(importAction).setName("menuImport");
        file.add(pasteAction).setName("menuPaste");
        file.add(demoAction);
        file.addSeparator();
        file.add(exportAction).setName("menuExport");
        file.add(Actions.of(
                        "Restore from backup…",
                        "Put back one of the automatic backups of this database",
                        null,
                        null,
                        () -> presenter.restoreFromBackup()))
                .setName("menuRestoreBackup");
        file.addSeparator();
        file.add(reviewerAction).setName("menuSwitchReviewer");
        file.addSeparator();
        file.add(quitAction);
        JMenu edit = menu("Edit", 'E');
        edit.add(undoAction).setName("menuUndo");
        edit.add(redoAction).setName("menuRedo");
        edit.addSeparator();
        edit.add(find).setName("menuFind");
        edit.add(toQueue);
        JMenu claim = menu("Claim", 'C');
        claim.add(letter("Next claim", "J", () -> articleView.queue().move(1)));
        claim.add(letter("Previous claim", "K", () -> articleView.queue().move(-1)));
        claim.addSeparator();
        claim.add(letter("Accept", "A", () -> articleView.selectedClaim().ifPresent(c -> presenter.accept(c))))
                .setName("menuAccept");
        claim.add(letter("Dismiss…", "D", () -> articleView.selectedClaim().ifPresent(c -> presenter.dismiss(c))));
        claim.add(letter("New evidence…", "E", () -> articleView.newEvidence())).setName("menuNewEvidence");
        claim.addSeparator();
        claim.add(Actions.of(
                        "Mark selection as claim",
                        "The text selected in the article becomes a claim",
                        KeyStroke.getKeyStroke(KeyEvent.VK_M, menu),
                        null,
                        () -> articleView.markSelection()))
                .setName("menuMarkClaim");
        claim.add(Actions.of(
                        "Split claim at caret",
                        "The claim ends at the caret in the text; the rest becomes a new claim",
                        KeyStroke.getKeyStroke(KeyEvent.VK_X, menu | InputEvent.SHIFT_DOWN_MASK),
                        null,
                        () -> articleView.splitAtCaret()))
                .setName("menuSplit");
        claim.add(Actions.of(
                        "Merge with next claim",
                        "The claim grows to cover the next claim in the text",
                        KeyStroke.getKeyStroke(KeyEvent.VK_M, menu | InputEvent.SHIFT_DOWN_MASK),
                        null,
                        () -> articleView.mergeWithNext()))
                .setName("menuMerge");
        claim.add(Actions.of(
                        "Assign to…",
                        "Hand the claim to a reviewer (it appears in their queue)",
                        KeyStroke.getKeyStroke(KeyEvent.VK_A, menu | InputEvent.SHIFT_DOWN_MASK),
                        null,
                        () -> articleView.selectedClaim().ifPresent(c -> presenter.assign(c))))
                .setName("menuAssign");
        claim.add(Actions.of(
                        "Mark as duplicate…",
                        "Dismiss the claim as a duplicate of another claim",
                        KeyStroke.getKeyStroke(KeyEvent.VK_D, menu | InputEvent.SHIFT_DOWN_MASK),
                        null,
                        () -> articleView.markDuplicate()))
                .setName("menuDuplicate");
        JMenu review = menu("Review", 'R');
        review.add(letter(
                        "Submit for review",
                        "R",
                        () -> articleView.detail().verdictPanel().submitIfPossible()))
                .setName("menuSubmit");
        review.add(Actions.of(
                        "Approve",
                        "Approve the proposed verdict (a second reviewer)",
                        KeyStroke.getKeyStroke(KeyEvent.VK_P, menu | InputEvent.SHIFT_DOWN_MASK),
                        null,
                        () -> articleView.selectedClaim().ifPresent(c -> presenter.approve(c))))
                .setName("menuApprove");
        review.add(Actions.of(
                        "Return…",
                        "Send the claim back with a comment",
                        KeyStroke.getKeyStroke(KeyEvent.VK_R, menu | InputEvent.SHIFT_DOWN_MASK),
                        null,
                        () -> articleView.selectedClaim().ifPresent(c -> presenter.giveBack(c))))
                .setName("menuReturn");
        review.add(Actions.of(
                "Reopen…",
                "Reopen an approved claim, with a reason",
                null,
                null,
                () -> articleView.selectedClaim().ifPresent(c -> presenter.reopen(c))));
        JMenu view = menu("View", 'V');
        String[] tabs = {"Claim", "Evidence", "Verdict", "History"};
        for (int i = 0; i < tabs.length; i++) {
            int tab = i;
            view.add(Actions.of(
                            tabs[i] + " tab",
                            "Show the claim's " + tabs[i].toLowerCase(Locale.ROOT) + " tab",
                            KeyStroke.getKeyStroke(KeyEvent.VK_1 + i, menu),
                            null,
                            () -> articleView.showTab(tab)))
                    .setName("menuTab" + tabs[i]);
        }
        view.addSeparator();
        view.add(Actions.of(
                        "Refresh",
                        "Reload the articles and claims, with what other reviewers changed meanwhile",
                        KeyStroke.getKeyStroke(KeyEvent.VK_F5, 0),
                        null,
                        () -> presenter.refresh()))
                .setName("menuRefresh");
        darkItem.setAction(darkAction);
        darkItem.setName("menuDarkTheme");
        view.add(darkItem);
        JMenu help = menu("Help", 'H');
        help.add(shortcuts).setName("menuShortcuts");
        JMenuItem aboutItem = help.add(aboutAction);
        aboutItem.setName("menuAbout");
        for (JMenu m : List.of(file, edit, claim, review, view, help)) {
            bar.add(m);
        }
        setJMenuBar(bar);
        // Ctrl+Y redoes too, as on Windows.
        getRootPane()
                .registerKeyboardAction(
                        e -> presenter.redo(),
                        KeyStroke.getKeyStroke(KeyEvent.VK_Y, menu),
                        javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW);
        JToolBar toolBar = new JToolBar();
        toolBar.setName("toolBar");
        toolBar.setFloatable(false);
        toolBar.add(importAction).setName("toolbarImport");
        toolBar.add(demoAction).setName("toolbarDemo");
        toolBar.addSeparator();
        toolBar.add(reviewerAction).setName("toolbarReviewer");
        toolBar.add(javax.swing.Box.createHorizontalGlue());
        darkButton.setAction(darkAction);
        darkButton.setHideActionText(true);
        darkButton.setName("toolbarTheme");
        toolBar.add(darkButton);

        JPanel root = new JPanel(new BorderLayout());
        root.add(toolBar, BorderLayout.NORTH);
        root.add(content, BorderLayout.CENTER);
        root.add(statusBar, BorderLayout.SOUTH);
        setContentPane(root);
        syncThemeControls();
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                close();
            }
        });
        restoreBounds();
        setDatabaseReady(false);
    }

    void setPresenter(MainPresenter presenter) {
        this.presenter = presenter;
        articleView.setListener(presenter);
        setTransferHandler(new FileDropHandler(presenter::importFiles));
        articleView
                .body()
                .setTransferHandler(new FileDropHandler(
                        presenter::importFiles, articleView.body().getTransferHandler()));
    }

    ArticleView articleView() {
        return articleView;
    }

    private static JMenu menu(String name, char mnemonic) {
        JMenu m = new JMenu(name);
        m.setMnemonic(mnemonic);
        return m;
    }

    /**
     * A menu item that shows a one-letter shortcut (A, D, J …) without making it global: those keys
     * act only in the queue and the article text, never while typing in a field.
     */
    private static JMenuItem letter(String name, String key, Runnable work) {
        KeyStroke stroke = KeyStroke.getKeyStroke(key.charAt(0), 0);
        Action a = Actions.of(
                name, name, KeyStroke.getKeyStroke(KeyEvent.getExtendedKeyCodeForChar(key.charAt(0)), 0), null, work);
        JMenuItem item = new JMenuItem(a) {
            @Override
            protected boolean processKeyBinding(KeyStroke ks, KeyEvent e, int condition, boolean pressed) {
                if (condition == WHEN_IN_FOCUSED_WINDOW && ks.getModifiers() == 0) {
                    return false;
                }
                return super.processKeyBinding(ks, e, condition, pressed);
            }
        };
        item.putClientProperty("claimdesk.letterKey", stroke);
        return item;
    }

    private void toggleTheme() {
        Theme next = Theme.current() == Theme.DARK ? Theme.LIGHT : Theme.DARK;
        next.switchTo();
        syncThemeControls();
        presenter.themeChanged(next);
    }

    private void syncThemeControls() {
        boolean dark = Theme.current() == Theme.DARK;
        darkItem.setSelected(dark);
        darkButton.setSelected(dark);
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
        presenter.closing();
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

    StatusBar statusBar() {
        return statusBar;
    }

    @Override
    public void showArticles(
            List<Article> articles,
            java.util.Map<Long, dev.claimdesk.domain.ArticleProgress> progress,
            Long selectedId) {
        cards.show(content, articles.isEmpty() ? EMPTY : ARTICLES);
        articleView.showArticles(articles, progress, selectedId);
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
    public void showSearchResult(java.util.Set<Long> claimIds) {
        articleView.showSearchResult(claimIds);
    }

    @Override
    public void selectClaim(long claimId) {
        articleView.selectClaim(claimId);
    }

    @Override
    public void showUndoState(String undoName, String redoName) {
        undoAction.setEnabled(undoName != null);
        undoAction.putValue(Action.NAME, undoName == null ? "Undo" : "Undo " + undoName);
        redoAction.setEnabled(redoName != null);
        redoAction.putValue(Action.NAME, redoName == null ? "Redo" : "Redo " + redoName);
    }

    @Override
    public void showRecentDatabases(List<Path> files) {
        recentMenu.removeAll();
        for (Path f : files) {
            JMenuItem item = new JMenuItem(f.getFileName() + "  —  " + (f.getParent() == null ? "" : f.getParent()));
            item.addActionListener(e -> presenter.openDatabase(f));
            recentMenu.add(item);
        }
        recentMenu.setEnabled(!files.isEmpty());
    }

    @Override
    public void showArticle(Article article, List<Claim> claims) {
        currentArticle = article;
        articleView.showArticle(article, claims);
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
    public void showDatabase(Path file) {
        statusBar.setDatabase(file);
        setTitle("ClaimDesk – " + file.getFileName());
    }

    @Override
    public void showStatus(String message) {
        statusBar.setMessage(message);
    }

    @Override
    public void setDatabaseReady(boolean ready) {
        databaseActions.forEach(a -> a.setEnabled(ready));
    }
}
