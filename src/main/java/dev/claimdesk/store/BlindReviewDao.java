package dev.claimdesk.store;

import dev.claimdesk.domain.Review;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** An article's review mode and the reviews blind double review reads (design: decision 0027). */
@RegisterConstructorMapper(Review.class)
public interface BlindReviewDao {

    @SqlQuery("SELECT review_mode FROM article WHERE id = ?")
    Optional<String> reviewMode(long articleId);

    @SqlQuery("SELECT on_agreement FROM article WHERE id = ?")
    Optional<String> onAgreement(long articleId);

    @SqlUpdate("UPDATE article SET review_mode = :mode, on_agreement = :onAgreement WHERE id = :id")
    int setMode(@Bind("id") long articleId, @Bind("mode") String mode, @Bind("onAgreement") String onAgreement);

    /** Claims of the article with a verdict, and blind verdicts given on its claims: what a mode change would strand. */
    @SqlQuery("""
            SELECT (SELECT count(*) FROM claim WHERE article_id = :id AND verdict_label_id IS NOT NULL)
                 + (SELECT count(*) FROM review r JOIN claim c ON c.id = r.claim_id
                    WHERE c.article_id = :id AND r.kind = 'BLIND')""")
    long verdictsGiven(@Bind("id") long articleId);

    /** Every review of the claims of one article (> 0) or of all blind articles (0), oldest first. */
    @SqlQuery("""
            SELECT r.* FROM review r JOIN claim c ON c.id = r.claim_id JOIN article a ON a.id = c.article_id
            WHERE a.review_mode = 'BLIND' AND (:articleId = 0 OR c.article_id = :articleId)
            ORDER BY r.claim_id, r.created_at, r.id""")
    List<Review> blindArticleReviews(@Bind("articleId") long articleId);
}
