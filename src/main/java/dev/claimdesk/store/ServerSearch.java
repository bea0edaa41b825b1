package dev.claimdesk.store;

import dev.claimdesk.domain.SearchQuery;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Search on the team server: the claim_search view (a claim's tsvector joined with its evidence's,
 * 'simple' configuration) against a tsquery of prefix lexemes built from the same words.
 */
final class ServerSearch implements SearchDao {
    private final Handle handle;

    ServerSearch(Handle handle) {
        this.handle = handle;
    }

    @Override
    public List<Long> claimIds(String userQuery, int limit) {
        SearchQuery q = SearchQuery.parse(userQuery);
        if (q.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("""
                        SELECT claim_id FROM claim_search, to_tsquery('simple', :match) AS q
                        WHERE document @@ q ORDER BY ts_rank(document, q) DESC, claim_id LIMIT :limit""")
                .bind("match", matchExpression(q))
                .bind("limit", limit)
                .mapTo(Long.class)
                .list();
    }

    @Override
    public List<Long> claimIdsInArticle(long articleId, SearchQuery q) {
        if (q == null || q.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("""
                        SELECT claim_id FROM claim_search
                        WHERE document @@ to_tsquery('simple', :match)
                          AND (:articleId = 0 OR article_id = :articleId)""")
                .bind("match", matchExpression(q))
                .bind("articleId", articleId)
                .mapTo(Long.class)
                .list();
    }

    @Override
    public String matchExpression(SearchQuery q) {
        return SearchDao.toTsQuery(q);
    }
}
