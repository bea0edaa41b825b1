package dev.claimdesk.domain;

/**
 * Something another window or person changed in the database: the article and, where the change
 * belongs to one, the claim (0 when not known), and who made it (null when not known). {@link
 * #everything()} means "changes may have been missed; reload all".
 */
public record DataChange(String table, long articleId, long claimId, String by) {

    public static DataChange everything() {
        return new DataChange("*", 0, 0, null);
    }

    public boolean isEverything() {
        return "*".equals(table);
    }

    /** Whether the change may touch what an article's queue shows. */
    public boolean touchesArticle(long article) {
        return isEverything() || articleId == 0 || articleId == article;
    }

    /** Whether the change may touch what one claim's detail shows. */
    public boolean touchesClaim(long claim) {
        return isEverything() || claimId == 0 || claimId == claim;
    }
}
