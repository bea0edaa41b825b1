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
    private MainPresenter presenter;
    private Article currentArticle;

    MainFrame(Settings settings) {
        super("ClaimDesk");
        this.settings = settings;
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
        databaseActions = List.of(importAction, pasteAction, demoAction, exportAction, reviewerAction);

        articleView = new ArticleView(
                id -> presenter.selectArticle(id),
                () -> {
                    if (currentArticle != null) {
                        presenter.editMetadata(currentArticle);
                    }
                },
                claim -> presenter.accept(claim),
                claim -> presenter.dismiss(claim));
        content.add(new EmptyStatePanel(importAction, demoAction), EMPTY);
        content.add(articleView, ARTICLES);

        setJMenuBar(menuBar(
                importAction,
                pasteAction,
                demoAction,
                exportAction,
                reviewerAction,
                quitAction,
                darkAction,
                aboutAction));
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
        articleView.setVerdictListener(presenter);
    }

    private JMenuBar menuBar(
            Action importA,
            Action paste,
            Action demo,
            Action export,
            Action reviewer,
            Action quit,
            Action dark,
            Action about) {
        JMenuBar bar = new JMenuBar();
        JMenu file = new JMenu("File");
        file.setMnemonic('F');
        file.add(importA).setName("menuImport");
        file.add(paste).setName("menuPaste");
        file.add(demo);
        file.addSeparator();
        file.add(export).setName("menuExport");
        file.addSeparator();
        file.add(reviewer).setName("menuSwitchReviewer");
        file.addSeparator();
        file.add(quit);
        JMenu view = new JMenu("View");
        view.setMnemonic('V');
        darkItem.setAction(dark);
        darkItem.setName("menuDarkTheme");
        view.add(darkItem);
        JMenu help = new JMenu("Help");
        help.setMnemonic('H');
        JMenuItem aboutItem = help.add(about);
        aboutItem.setName("menuAbout");
        bar.add(file);
        bar.add(view);
        bar.add(help);
        return bar;
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
    public void showArticles(List<Article> articles, Long selectedId) {
        cards.show(content, articles.isEmpty() ? EMPTY : ARTICLES);
        articleView.showArticles(articles, selectedId);
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
    public void showClaimChanged(Claim claim) {
        articleView.showClaimChanged(claim);
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
