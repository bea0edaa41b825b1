package dev.claimdesk.store;

import dev.claimdesk.domain.SearchQuery;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Full-text search over claim text, rationale and evidence (the claim_search FTS5 table). */
public interface SearchDao {

    /** Claim ids matching every word the user typed (each word as a prefix), best match first. */
    default List<Long> claimIds(String userQuery, int limit) {
        SearchQuery q = SearchQuery.parse(userQuery);
        return q.isEmpty() ? List.of() : matching(toMatchExpression(q), limit);
    }

    @SqlQuery("SELECT rowid FROM claim_search WHERE claim_search MATCH :match ORDER BY rank LIMIT :limit")
    List<Long> matching(@Bind("match") String match, @Bind("limit") int limit);

    /** Claim ids of one article ({@code articleId} > 0) or of all articles (0) matching every word. */
    default List<Long> claimIdsInArticle(long articleId, SearchQuery q) {
        return q.isEmpty() ? List.of() : matchingInArticle(articleId, toMatchExpression(q));
    }

    @SqlQuery("SELECT s.rowid FROM claim_search s JOIN claim c ON c.id = s.rowid"
            + " WHERE claim_search MATCH :match AND (:articleId = 0 OR c.article_id = :articleId)")
    List<Long> matchingInArticle(@Bind("articleId") long articleId, @Bind("match") String match);

    /**
     * Turns the words of a query into a safe FTS5 expression: each word becomes a quoted prefix
     * term, so nothing the user typed is interpreted as an operator. Null for an empty query.
     */
    static String toMatchExpression(SearchQuery q) {
        if (q == null || q.isEmpty()) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        for (String word : q.words()) {
            terms.add('"' + word.replace("\"", "\"\"") + "\"*");
        }
        return String.join(" ", terms);
    }
}
