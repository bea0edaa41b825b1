package dev.claimdesk.store;

import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimBuilder;
import dev.claimdesk.domain.ClaimKind;
import dev.claimdesk.domain.ClaimOrigin;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.DismissReason;
import dev.claimdesk.domain.Quantity;
import dev.claimdesk.domain.RedFlag;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a claim row; its list columns hold JSON arrays. */
public final class ClaimMapper implements RowMapper<Claim> {
    // Kinds, reasons and flags repeat across an article's claims: each distinct text decoded once
    // (a queue of 100,000 claims spent most of its mapping in JSON). Shared by every thread.
    private static final Map<String, Set<ClaimKind>> KINDS = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> REASONS = new ConcurrentHashMap<>();
    private static final Map<String, List<RedFlag>> FLAGS = new ConcurrentHashMap<>();

    @Override
    public Claim map(ResultSet rs, StatementContext ctx) throws SQLException {
        String dismiss = rs.getString("dismiss_reason");
        return new ClaimBuilder()
                .id(rs.getLong("id"))
                .articleId(rs.getLong("article_id"))
                .span(rs.getInt("start_offset"), rs.getInt("end_offset"))
                .text(rs.getString("text"))
                .kinds(JsonColumns.cached(
                        KINDS, rs.getString("kinds"), j -> Set.copyOf(JsonColumns.readSet(j, ClaimKind.class))))
                .checkworthiness(rs.getDouble("checkworthiness"))
                .reasons(JsonColumns.cached(
                        REASONS, rs.getString("reasons"), j -> List.copyOf(JsonColumns.readList(j, String.class))))
                .quantities(JsonColumns.readList(rs.getString("quantities"), Quantity.class))
                .flags(JsonColumns.cached(
                        FLAGS, rs.getString("flags"), j -> List.copyOf(JsonColumns.readList(j, RedFlag.class))))
                .state(ClaimState.valueOf(rs.getString("state")))
                .dismissReason(dismiss == null ? null : DismissReason.valueOf(dismiss))
                .origin(ClaimOrigin.valueOf(rs.getString("origin")))
                .claimant(rs.getString("claimant"))
                .assignee(rs.getString("assignee"))
                .position(rs.getInt("position"))
                .duplicateOf(nullableLong(rs, "duplicate_of"))
                .verdict(nullableLong(rs, "verdict_label_id"), rs.getString("rationale"), rs.getString("verdict_by"))
                .created(rs.getString("created_by"), TextTimeTypes.instant(rs, "created_at"))
                .updatedAt(TextTimeTypes.instant(rs, "updated_at"))
                .version(rs.getLong("version"))
                .build();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
