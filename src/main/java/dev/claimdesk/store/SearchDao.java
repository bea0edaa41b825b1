package dev.claimdesk.store;

import dev.claimdesk.domain.SearchQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * Full-text search over claim text, rationale and evidence: SQLite's FTS5 table claim_search, or
 * the server's claim_search view of tsvectors. Both answer the words of the one query parser
 * ({@link SearchQuery}), each word as a prefix, all words required.
 */
public interface SearchDao {

    /** Claim ids matching every word the user typed (each word as a prefix), best match first. */
    List<Long> claimIds(String userQuery, int limit);

    /** Claim ids of one article ({@code articleId} > 0) or of all articles (0) matching every word. */
    List<Long> claimIdsInArticle(long articleId, SearchQuery q);

    /**
     * The query as this backend's search expression, for the {@code :match} parameter of the
     * export queries ({@link ExportDao}); null for an empty query.
     */
    String matchExpression(SearchQuery q);

    /**
     * Turns the words of a query into a safe FTS5 expression: each word becomes a quoted prefix
     * term, so nothing the user typed is interpreted as an operator, matched in the claim's text,
     * rationale and evidence (never in the article column that {@link #toMatchExpression(long,
     * SearchQuery)} uses). Null for an empty query.
     */
    static String toMatchExpression(SearchQuery q) {
        if (q == null || q.isEmpty()) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        for (String word : q.words()) {
            terms.add('"' + word.replace("\"", "\"\"") + "\"*");
        }
        return "{text rationale evidence} : (" + String.join(" ", terms) + ")";
    }

    /**
     * The words matched in one article's claims only ({@code articleId} > 0; 0: every article):
     * the article's token ({@code a<id>}, column {@code article}) is part of the FTS5 query, so the
     * full-text index itself narrows the hits to the article. Null for an empty query.
     */
    static String toMatchExpression(long articleId, SearchQuery q) {
        String words = toMatchExpression(q);
        return words == null || articleId <= 0 ? words : "article : a" + articleId + " AND " + words;
    }

    /**
     * The same words as a PostgreSQL {@code tsquery} text: each a quoted prefix lexeme
     * ({@code 'word':*}), all joined by {@code &}; quotes and backslashes escaped, so nothing typed
     * is an operator. Null for an empty query.
     */
    static String toTsQuery(SearchQuery q) {
        if (q == null || q.isEmpty()) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        for (String word : q.words()) {
            terms.add("'" + word.replace("\\", "\\\\").replace("'", "''") + "':*");
        }
        return String.join(" & ", terms);
    }
}
