package dev.claimdesk.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The raw counts behind the desk's statistics (app.StatsService); portable SQL, sums done in Java. */
public interface StatsDao {

    /** Claims per article and state. */
    @SqlQuery("""
            SELECT c.article_id AS article_id, a.title AS title, c.state AS state, count(*) AS claims
            FROM claim c JOIN article a ON a.id = c.article_id
            WHERE :articleId = 0 OR c.article_id = :articleId
            GROUP BY c.article_id, a.title, c.state
            ORDER BY c.article_id, c.state""")
    @RegisterConstructorMapper(StateCount.class)
    List<StateCount> statesByArticle(@Bind("articleId") long articleId);

    /** Approved claims per verdict label. */
    @SqlQuery("""
            SELECT l.code AS code, l.name AS name, l.colour AS colour, count(*) AS claims
            FROM claim c JOIN verdict_label l ON l.id = c.verdict_label_id
            WHERE c.state = 'APPROVED' AND (:articleId = 0 OR c.article_id = :articleId)
            GROUP BY l.code, l.name, l.colour, l.sort_order
            ORDER BY l.sort_order, l.code""")
    @RegisterConstructorMapper(VerdictCount.class)
    List<VerdictCount> verdicts(@Bind("articleId") long articleId);

    /** Every review with its claim's article import time (the clock of "time to approval"). */
    @SqlQuery("""
            SELECT r.claim_id AS claim_id, r.reviewer AS reviewer, r.kind AS kind, r.label_id AS label_id,
                   r.created_at AS at, a.imported_at AS imported_at
            FROM review r JOIN claim c ON c.id = r.claim_id JOIN article a ON a.id = c.article_id
            WHERE :articleId = 0 OR c.article_id = :articleId
            ORDER BY r.id""")
    @RegisterConstructorMapper(ReviewRow.class)
    List<ReviewRow> reviews(@Bind("articleId") long articleId);

    /** Open work per assignee: claims accepted and not yet approved or dismissed. */
    @SqlQuery("""
            SELECT assignee AS reviewer, count(*) AS claims FROM claim
            WHERE assignee IS NOT NULL AND state IN ('OPEN', 'IN_RESEARCH', 'READY_FOR_REVIEW')
              AND (:articleId = 0 OR article_id = :articleId)
            GROUP BY assignee ORDER BY assignee""")
    @RegisterConstructorMapper(OpenWork.class)
    List<OpenWork> openWork(@Bind("articleId") long articleId);

    record StateCount(long articleId, String title, String state, long claims) {}

    record VerdictCount(String code, String name, String colour, long claims) {}

    record ReviewRow(long claimId, String reviewer, String kind, Long labelId, Instant at, Instant importedAt) {}

    record OpenWork(String reviewer, long claims) {}
}
