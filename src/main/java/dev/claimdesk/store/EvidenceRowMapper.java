package dev.claimdesk.store;

import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.EvidenceRow;
import dev.claimdesk.domain.Reliability;
import dev.claimdesk.domain.SourceType;
import dev.claimdesk.domain.Stance;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps an evidence row joined with its claim's article id. */
public final class EvidenceRowMapper implements RowMapper<EvidenceRow> {
    @Override
    public EvidenceRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        String sourceType = rs.getString("source_type");
        Evidence e = new Evidence(
                rs.getLong("id"),
                rs.getLong("claim_id"),
                rs.getString("url"),
                rs.getString("title"),
                rs.getString("publisher"),
                date(rs.getString("published_on")),
                date(rs.getString("accessed_on")),
                rs.getString("quote"),
                Stance.valueOf(rs.getString("stance")),
                sourceType == null ? null : SourceType.valueOf(sourceType),
                Reliability.valueOf(rs.getString("reliability")),
                rs.getString("note"),
                rs.getString("attachment_path"),
                rs.getString("attachment_sha256"),
                rs.getString("created_by"),
                Instant.parse(rs.getString("created_at")));
        return new EvidenceRow(rs.getLong("article_id"), e);
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
