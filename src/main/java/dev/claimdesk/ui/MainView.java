package dev.claimdesk.ui;

import dev.claimdesk.domain.Article;
import java.nio.file.Path;
import java.util.List;

/** What the main window shows; {@link MainPresenter} drives it, tests can fake it. */
interface MainView {
    void showArticles(List<Article> articles, Long selectedId);

    void showArticle(Article article);

    void showReviewer(String name);

    void showDatabase(Path file);

    void showStatus(String message);

    void setDatabaseReady(boolean ready);
}
