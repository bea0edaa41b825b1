package dev.claimdesk.ui;

import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.ui.task.TaskHandle;
import java.nio.file.Path;
import java.util.List;

/** What the main window shows; {@link MainPresenter} drives it, tests can fake it. */
interface MainView {
    void showArticles(List<Article> articles, Long selectedId);

    void showArticle(Article article, List<Claim> claims);

    /** Shows a cancel control for a running import, or hides it (null). */
    void offerCancel(TaskHandle handle);

    void showReviewer(String name);

    void showDatabase(Path file);

    void showStatus(String message);

    void setDatabaseReady(boolean ready);

    /** The verdict scale to offer, and who is reviewing now (for the four-eyes rule). */
    void showScale(dev.claimdesk.domain.VerdictScale scale);

    void reviewerChanged(String name);

    /** One claim changed (accepted, dismissed, …): update its row and highlight. */
    void showClaimChanged(Claim claim);
}
