package dev.claimdesk.domain;

/** How far the review of one article is: claims approved out of the claims accepted for checking. */
public record ArticleProgress(long articleId, int decided, int accepted) {
    public static ArticleProgress none(long articleId) {
        return new ArticleProgress(articleId, 0, 0);
    }
}
