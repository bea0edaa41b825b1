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
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a claim row; its list columns hold JSON arrays. */
public final class ClaimMapper implements RowMapper<Claim> {

    @Override
    public Claim map(ResultSet rs, StatementContext ctx) throws SQLException {
        String dismiss = rs.getString("dismiss_reason");
        return new ClaimBuilder()
                .id(rs.getLong("id"))
                .articleId(rs.getLong("article_id"))
                .span(rs.getInt("start_offset"), rs.getInt("end_offset"))
                .text(rs.getString("text"))
                .kinds(JsonColumns.readSet(rs.getString("kinds"), ClaimKind.class))
                .checkworthiness(rs.getDouble("checkworthiness"))
                .reasons(JsonColumns.readList(rs.getString("reasons"), String.class))
                .quantities(JsonColumns.readList(rs.getString("quantities"), Quantity.class))
                .flags(JsonColumns.readList(rs.getString("flags"), RedFlag.class))
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
