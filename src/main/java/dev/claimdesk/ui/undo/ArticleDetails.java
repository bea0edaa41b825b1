package dev.claimdesk.ui.undo;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.domain.ArticleMetadata;

/** An article's source details: undo writes the earlier ones back, redo the new ones. */
public final class ArticleDetails implements Change {
    private final long articleId;
    private final ArticleMetadata before;
    private final ArticleMetadata after;

    public ArticleDetails(long articleId, ArticleMetadata before, ArticleMetadata after) {
        this.articleId = articleId;
        this.before = before;
        this.after = after;
    }

    @Override
    public String name() {
        return "Article details";
    }

    @Override
    public Refresh apply(AppServices services, String reviewer, boolean undo) {
        services.articles().updateMetadata(articleId, undo ? before : after, reviewer);
        return Refresh.article(articleId);
    }
}
