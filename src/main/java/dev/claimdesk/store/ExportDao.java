package dev.claimdesk.store;

import dev.claimdesk.domain.EvidenceRow;
import dev.claimdesk.domain.VerdictRow;
import java.util.stream.Stream;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Rows for exports, streamed from the database so memory stays flat whatever the row count. The
 * SQL lives in {@code ExportDao/*.sql} next to this class, the team server's in
 * {@code ExportDao/postgresql/*.sql} ({@link DialectSqlLocator}). Consume the streams inside the
 * {@link Store#read} call that produced them, and close them.
 */
public interface ExportDao {

    /** Every claim of one article ({@code articleId} > 0) or of all articles (0), in text order. */
    @SqlQuery("verdictRows")
    @RegisterRowMapper(VerdictRowMapper.class)
    Stream<VerdictRow> verdictRows(
            @Bind("articleId") long articleId,
            @Bind("onlyApproved") boolean onlyApproved,
            @Bind("state") String state,
            @Bind("match") String match);

    /** All claims of one article (or all with 0), without filters. */
    default Stream<VerdictRow> verdictRows(long articleId, boolean onlyApproved) {
        return verdictRows(articleId, onlyApproved, null, null);
    }

    /**
     * The verdict CSV's columns only. As for the other queries, {@code state} (null: any) and
     * {@code match} (the backend's expression of {@link SearchDao#matchExpression}, null: no search) filter
     * the rows as the claim queue filters them. The other fields of the rows are null.
     */
    @SqlQuery("verdictCsvRows")
    @RegisterRowMapper(VerdictRowMapper.Lean.class)
    Stream<VerdictRow> verdictCsvRows(
            @Bind("articleId") long articleId, @Bind("state") String state, @Bind("match") String match);

    /** Every evidence item of one article's claims (or of all articles with 0). */
    @SqlQuery("evidenceRows")
    @RegisterRowMapper(EvidenceRowMapper.class)
    Stream<EvidenceRow> evidenceRows(
            @Bind("articleId") long articleId, @Bind("state") String state, @Bind("match") String match);
}
