package dev.claimdesk.store;

import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.Reliability;
import dev.claimdesk.domain.SourceType;
import dev.claimdesk.domain.Stance;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** An evidence row, with the version it was read at, on either backend. */
public final class EvidenceMapper implements RowMapper<Evidence> {
    @Override
    public Evidence map(ResultSet rs, StatementContext ctx) throws SQLException {
        return evidence(rs);
    }

    static Evidence evidence(ResultSet rs) throws SQLException {
        String sourceType = rs.getString("source_type");
        return new Evidence(
                rs.getLong("id"),
                rs.getLong("claim_id"),
                rs.getString("url"),
                rs.getString("title"),
                rs.getString("publisher"),
                TextTimeTypes.date(rs.getString("published_on")),
                TextTimeTypes.date(rs.getString("accessed_on")),
                rs.getString("quote"),
                Stance.valueOf(rs.getString("stance")),
                sourceType == null ? null : SourceType.valueOf(sourceType),
                Reliability.valueOf(rs.getString("reliability")),
                rs.getString("note"),
                rs.getString("attachment_path"),
                rs.getString("attachment_sha256"),
                rs.getString("created_by"),
                TextTimeTypes.instant(rs, "created_at"),
                rs.getLong("version"));
    }
}
