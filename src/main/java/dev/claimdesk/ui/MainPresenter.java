package dev.claimdesk.ui;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.Settings;
import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.SimilarClaim;
import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.ui.task.TaskRunner;
import dev.claimdesk.ui.undo.UndoHistory;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The main window's coordinator: builds the presenters of each area around one {@link
 * WorkspaceState} and one {@link UserActionRunner}, and routes the window's requests to them. It
 * runs on the EDT; every database call goes through the runner.
 */
final class MainPresenter implements ArticleView.Listener {
    static final String REVIEWER_SETTING = ReviewerPresenter.REVIEWER_SETTING;
    static final String RECENT_SETTING = DatabasePresenter.RECENT_SETTING;
    static final int RECENT_MAX = DatabasePresenter.RECENT_MAX;

    private final Workbench w;
    private final Runnable quit;
    private final DatabasePresenter database;
    private final ReviewerPresenter reviewers;
    private final ArticlePresenter articles;
    private final ImportPresenter imports;
    private final ExportPresenter exports;
    private final ReviewPresenter review;
    private final EvidencePresenter evidence;
    private final ClaimEditPresenter editing;
    private final UndoPresenter undo;
    private final BlindReviewPresenter blind;
    private final ScalesPresenter scales;
    private final MatchingPresenter matching;
    private final DashboardPresenter dashboard;

    MainPresenter(
            MainView view,
            DialogService dialogs,
            TaskRunner runner,
            Settings settings,
            Function<Path, AppServices> opener,
            Runnable quit) {
        this(DatabaseOpener.files(opener), view, dialogs, runner, settings, quit);
    }

    /** A presenter that opens files and team servers. */
    static MainPresenter onFilesAndServers(
            MainView view,
            DialogService dialogs,
            TaskRunner runner,
            Settings settings,
            DatabaseOpener opener,
            Runnable quit) {
        return new MainPresenter(opener, view, dialogs, runner, settings, quit);
    }

    private MainPresenter(
            DatabaseOpener opener,
            MainView view,
            DialogService dialogs,
            TaskRunner runner,
            Settings settings,
            Runnable quit) {
        this.quit = quit;
        this.w = new Workbench(view, dialogs, settings, runner);
        runner.setDefaultFailureHandler(e -> dialogs.showError(e.problem().title(), e.userMessage()));
        this.articles = new ArticlePresenter(w);
        this.undo = new UndoPresenter(w, articles);
        w.use(new UserActionRunner(
                new WorkspaceState(), runner, dialogs::showError, w::status, new UndoHistory(this::undoChanged)));
        this.reviewers = new ReviewerPresenter(w);
        this.database = new DatabasePresenter(w, opener, quit, this::databaseOpened);
        this.imports = new ImportPresenter(w, articles);
        this.exports = new ExportPresenter(w);
        this.review = new ReviewPresenter(w, articles);
        this.evidence = new EvidencePresenter(w, articles);
        this.editing = new ClaimEditPresenter(w, articles);
        this.blind = new BlindReviewPresenter(w, articles);
        this.matching = new MatchingPresenter(w, articles, evidence);
        reviewers.onChange(() -> {
            Long shown = w.state().claimId();
            if (shown != null) {
                articles.loadDetail(shown);
            }
            Long article = w.state().articleId();
            if (article != null) {
                articles.loadBlindProgress(article);
            }
        });
        this.scales = new ScalesPresenter(w);
        this.dashboard = new DashboardPresenter(w, java.time.Clock.systemUTC());
        w.actions().onDataChanged(dashboard::dataChanged);
        database.onOthersChanged(changes -> {
            articles.othersChanged(changes);
            dashboard.dataChanged();
        });
    }

    /** The window closes: stop hearing the team server. */
    void stopListening() {
        database.stopListening();
    }

    private void undoChanged() {
        if (undo != null && w.actions() != null) {
            undo.changed();
        }
        if (dashboard != null) {
            // An undo or redo changed the data back or forth.
            dashboard.dataChanged();
        }
    }

    private void databaseOpened(AppServices opened) {
        w.actions().undo().clear();
        w.actions()
                .action("Loading the verdict scale", c -> c.services().scales().defaultScale())
                .onSuccess(w.view()::showScale)
                .run();
        articles.refreshArticles(null);
        reviewers.afterOpen();
        dashboard.databaseOpened();
        // The learned ranker's model (about 100 MB of memory) loads with the first import, in that
        // import's background task, not when a database opens: opening stays quick and light.
    }

    // ----- database and reviewer -----

    /** The one runner of user actions (for the backup presenter, made beside this one). */
    UserActionRunner actions() {
        return w.actions();
    }

    void useBackups(BackupPresenter presenter) {
        database.useBackups(presenter);
    }

    void restoreFromBackup() {
        database.restoreFromBackup();
    }

    void openDatabase(Path file) {
        database.openDatabase(file);
    }

    /** Opens a file, or connects to a team server (asking its password only if nothing holds one). */
    void openDatabase(dev.claimdesk.app.DatabaseLocation where) {
        database.open(where);
    }

    /** File > Open recent: a file opens, a server is asked for in the Connect dialog, filled in. */
    void openRecent(dev.claimdesk.app.DatabaseLocation where) {
        database.openRecent(where);
    }

    /** File > Connect to team server…. */
    void connectToServer() {
        database.connectToServer();
    }

    void newDatabase() {
        database.newDatabase();
    }

    void openOtherDatabase() {
        database.openOtherDatabase();
    }

    List<dev.claimdesk.app.DatabaseLocation> recentDatabases() {
        return database.recentDatabases();
    }

    void switchReviewer() {
        reviewers.switchReviewer();
    }

    String reviewer() {
        return w.state().reviewer();
    }

    // ----- import and export -----

    void importFiles(List<Path> files) {
        imports.importFiles(files);
    }

    void importFile() {
        imports.importFile();
    }

    void importFile(Path file) {
        imports.importFile(file);
    }

    void pasteArticle() {
        imports.pasteArticle();
    }

    void openDemoArticle() {
        imports.openDemoArticle();
    }

    void export(Article current) {
        exports.export(current);
    }

    /** File > Export with these claims selected in the queue (several: the dialog offers only them). */
    void export(Article current, List<Long> selected) {
        exports.export(current, selected);
    }

    // ----- the review (ArticleView.Listener) -----

    @Override
    public void accept(Claim claim) {
        review.accept(claim);
    }

    @Override
    public void dismiss(Claim claim) {
        review.dismiss(claim);
    }

    @Override
    public void saveVerdict(Claim claim, VerdictLabel label, String rationale) {
        review.saveVerdict(claim, label, rationale);
    }

    @Override
    public void submit(Claim claim) {
        review.submit(claim);
    }

    @Override
    public void approve(Claim claim) {
        review.approve(claim);
    }

    @Override
    public void giveBack(Claim claim) {
        review.giveBack(claim);
    }

    @Override
    public void reopen(Claim claim) {
        review.reopen(claim);
    }

    @Override
    public void acceptMany(List<Claim> claims) {
        review.acceptMany(claims);
    }

    @Override
    public void dismissMany(List<Claim> claims) {
        review.dismissMany(claims);
    }

    void assignMany(List<Claim> claims) {
        review.assignMany(claims);
    }

    void assign(Claim claim) {
        review.assign(claim);
    }

    // ----- blind double review (decision 0027) -----

    @Override
    public void submitBlind(Claim claim, VerdictLabel label, String rationale) {
        blind.submit(claim, label, rationale);
    }

    @Override
    public void adjudicate(Claim claim, VerdictLabel label, String rationale) {
        blind.adjudicate(claim, label, rationale);
    }

    @Override
    public void sendBack(Claim claim) {
        blind.sendBack(claim);
    }

    /** Article > Review mode…: four-eyes or blind for the article shown. */
    void chooseReviewMode() {
        blind.chooseMode();
    }

    /** Review > Adjudication queue…: the claims whose two blind verdicts differ. */
    void showAdjudicationQueue() {
        blind.showQueue();
    }

    @Override
    public void setChecked(Claim claim, String item, boolean checked) {
        review.setChecked(claim, item, checked);
    }

    @Override
    public void addEvidence(Claim claim) {
        evidence.addEvidence(claim);
    }

    @Override
    public void editEvidence(Claim claim, Evidence e) {
        evidence.editEvidence(claim, e);
    }

    @Override
    public void deleteEvidence(Claim claim, Evidence e) {
        evidence.deleteEvidence(claim, e);
    }

    @Override
    public void openLink(String url) {
        evidence.openLink(url);
    }

    @Override
    public void saveLocalCopy(Evidence e) {
        evidence.saveLocalCopy(e);
    }

    @Override
    public void linkSimilar(Claim claim, SimilarClaim earlier, boolean reuse) {
        matching.link(claim, earlier, reuse);
    }

    @Override
    public void openSimilar(SimilarClaim match) {
        matching.open(match);
    }

    @Override
    public void markClaim(int start, int end) {
        editing.markClaim(start, end);
    }

    @Override
    public void split(Claim claim, int at) {
        editing.split(claim, at);
    }

    @Override
    public void merge(Claim first, Claim second) {
        editing.merge(first, second);
    }

    @Override
    public void markDuplicate(Claim claim, List<Claim> candidates) {
        editing.markDuplicate(claim, candidates);
    }

    // ----- articles, claims, search -----

    @Override
    public void selectArticle(long articleId) {
        articles.selectArticle(articleId);
    }

    @Override
    public void claimSelected(Claim claim) {
        articles.claimSelected(claim);
    }

    @Override
    public void search(String query) {
        articles.search(query);
    }

    @Override
    public void editDetails() {
        articles.editDetails();
    }

    void editMetadata(Article a) {
        articles.editMetadata(a);
    }

    /** Settings > Verdict scales…: the scale editor. */
    void verdictScales() {
        scales.open();
    }

    void refresh() {
        articles.refresh();
        dashboard.dataChanged();
    }

    /** View > Dashboard. */
    void toggleDashboard() {
        dashboard.toggle();
    }

    /** The dashboard's presenter (the panel's listener). */
    DashboardPresenter dashboard() {
        return dashboard;
    }

    // ----- undo, theme, quitting -----

    void undo() {
        undo.undo();
    }

    void redo() {
        undo.redo();
    }

    void themeChanged(Theme theme) {
        w.settings().put(Theme.SETTING, theme.name());
        w.saveSettings();
    }

    /** Saves the settings, then quits. */
    void closing() {
        database.stopListening();
        w.saveSettingsThen(quit);
    }
}
