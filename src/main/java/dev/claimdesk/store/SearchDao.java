package dev.claimdesk.store;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Full-text search over claim text, rationale and evidence (the claim_search FTS5 table). */
public interface SearchDao {

    /** Claim ids matching every word the user typed (each word as a prefix), best match first. */
    default List<Long> claimIds(String userQuery, int limit) {
        String match = toMatchExpression(userQuery);
        return match.isEmpty() ? List.of() : matching(match, limit);
    }

    @SqlQuery("SELECT rowid FROM claim_search WHERE claim_search MATCH :match ORDER BY rank LIMIT :limit")
    List<Long> matching(@Bind("match") String match, @Bind("limit") int limit);

    /** Claim ids of one article matching every word the user typed. */
    default List<Long> claimIdsInArticle(long articleId, String userQuery) {
        String match = toMatchExpression(userQuery);
        return match.isEmpty() ? List.of() : matchingInArticle(articleId, match);
    }

    @SqlQuery("SELECT s.rowid FROM claim_search s JOIN claim c ON c.id = s.rowid"
            + " WHERE claim_search MATCH :match AND c.article_id = :articleId")
    List<Long> matchingInArticle(@Bind("articleId") long articleId, @Bind("match") String match);

    /**
     * Turns free text into a safe FTS5 expression: each word becomes a quoted prefix term, so
     * operators and punctuation the user types are searched for, never interpreted.
     */
    static String toMatchExpression(String userQuery) {
        List<String> terms = new ArrayList<>();
        for (String word : userQuery.strip().split("[\\s\\p{Punct}&&[^'\\-]]+")) {
            if (!word.isBlank()) {
                terms.add('"' + word.replace("\"", "\"\"") + "\"*");
            }
        }
        return String.join(" ", terms);
    }
}
