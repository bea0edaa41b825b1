package dev.claimdesk.store;

import dev.claimdesk.domain.SearchQuery;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Search through SQLite's FTS5 table claim_search (rowid = claim id). */
final class SqliteSearch implements SearchDao {
    private final Handle handle;

    SqliteSearch(Handle handle) {
        this.handle = handle;
    }

    @Override
    public List<Long> claimIds(String userQuery, int limit) {
        SearchQuery q = SearchQuery.parse(userQuery);
        if (q.isEmpty()) {
            return List.of();
        }
        return handle.createQuery(
                        "SELECT rowid FROM claim_search WHERE claim_search MATCH :match ORDER BY rank LIMIT :limit")
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
        // The article is a term of the full-text query (db/V10): no look-up of each hit's claim.
        return handle.createQuery("SELECT rowid FROM claim_search WHERE claim_search MATCH :match")
                .bind("match", SearchDao.toMatchExpression(articleId, q))
                .mapTo(Long.class)
                .list();
    }

    @Override
    public String matchExpression(SearchQuery q) {
        return SearchDao.toMatchExpression(q);
    }
}
