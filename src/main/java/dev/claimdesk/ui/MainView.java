package dev.claimdesk.ui;

import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleProgress;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimDetail;
import dev.claimdesk.domain.VerdictScale;
import dev.claimdesk.ui.task.TaskHandle;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the main window shows; {@link MainPresenter} drives it, tests can fake it. */
interface MainView {
    void showArticles(List<Article> articles, Map<Long, ArticleProgress> progress, Long selectedId);

    void showArticle(Article article, List<Claim> claims);

    /** Review progress per article changed (the list's bars). */
    void showProgress(Map<Long, ArticleProgress> progress);

    /** Shows a cancel control for a running import, or hides it (null). */
    void offerCancel(TaskHandle handle);

    void showReviewer(String name);

    void showDatabase(dev.claimdesk.app.DatabaseLocation where);

    /**
     * While a database opens the window says so, never "No article yet" ({@code file} null: no
     * database could be opened). The article list replaces it once it is read.
     */
    default void showOpening(dev.claimdesk.app.DatabaseLocation where) {}

    void showRecentDatabases(List<dev.claimdesk.app.DatabaseLocation> recent);

    void showStatus(String message);

    void setDatabaseReady(boolean ready);

    /** The verdict scale to offer. */
    void showScale(VerdictScale scale);

    /** Who is reviewing now (for the four-eyes rule). */
    void reviewerChanged(String name);

    /** Claims changed or were added (accepted, dismissed, split …): update their rows and highlights. */
    void showClaimsChanged(List<Claim> claims);

    /** The selected claim's evidence, history, warnings and return comment. */
    void showClaimDetail(ClaimDetail detail);

    /** The claims the full-text search found (null: no search). */
    void showSearchResult(Set<Long> claimIds);

    /** Selects a claim in the queue and the text. */
    void selectClaim(long claimId);

    /** What the signed-in reviewer may see of a claim's blind review (decision 0027). */
    default void showBlindView(long claimId, dev.claimdesk.app.BlindReviewService.View view) {}

    /** The search for claims checked before the shown one has started. */
    default void showSimilarLoading(long claimId) {}

    /** Claims and fact-checks most like the shown claim, best first ("checked before"). */
    default void showSimilar(long claimId, List<dev.claimdesk.domain.SimilarClaim> similar) {}

    /** "1 of 2 verdicts" / "awaiting adjudication" per claim of the shown article (empty: four-eyes). */
    default void showBlindProgress(Map<Long, String> progress) {}

    /** Shows the dashboard instead of the articles, or the articles again. */
    default void showDashboard(boolean shown) {}

    /** The dashboard's figures of the chosen slice. */
    default void showDashboardFigures(DashboardFigures.Shown figures) {}

    /** The names of the edits Undo and Redo would reverse (null: nothing to undo or redo). */
    void showUndoState(String undoName, String redoName);
}
