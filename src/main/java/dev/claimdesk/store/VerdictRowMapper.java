package dev.claimdesk.store;

import dev.claimdesk.domain.ClaimKind;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.VerdictRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps an export row; kinds and flags become "; "-joined text, never JSON in a cell. */
public final class VerdictRowMapper implements RowMapper<VerdictRow> {

    @Override
    public VerdictRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        // SQLite's json_each did the unpacking (fast on a million rows); names become labels here.
        String kinds = labels(rs.getString("kinds"));
        String flagCodes = rs.getString("flags");
        String flags = flagCodes == null ? "" : flagCodes.replace(",", "; ");
        String published = rs.getString("article_published_on");
        String approvedAt = rs.getString("approved_at");
        return new VerdictRow(
                rs.getLong("claim_id"),
                rs.getLong("article_id"),
                rs.getString("article_title"),
                rs.getString("article_url"),
                rs.getString("article_outlet"),
                published == null ? null : LocalDate.parse(published),
                rs.getString("claim_text"),
                rs.getString("claimant"),
                kinds,
                flags,
                ClaimState.valueOf(rs.getString("state")),
                rs.getString("verdict"),
                rs.getString("verdict_code"),
                nullableInt(rs, "verdict_ordinal"),
                rs.getString("verdict_scale"),
                nullableInt(rs, "scale_best"),
                nullableInt(rs, "scale_worst"),
                rs.getString("rationale"),
                rs.getInt("evidence_count"),
                rs.getInt("supporting"),
                rs.getInt("refuting"),
                rs.getString("reviewer"),
                rs.getString("approved_by"),
                approvedAt == null ? null : Instant.parse(approvedAt),
                Instant.parse(rs.getString("updated_at")));
    }

    private static String labels(String kindNames) {
        if (kindNames == null || kindNames.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String name : kindNames.split(";")) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(ClaimKind.valueOf(name).label());
        }
        return sb.toString();
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
