package dev.claimdesk.store;

import dev.claimdesk.domain.VerdictLabel;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A verdict_label row. */
public final class VerdictLabelMapper implements RowMapper<VerdictLabel> {
    @Override
    public VerdictLabel map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new VerdictLabel(
                rs.getLong("id"),
                rs.getLong("scale_id"),
                rs.getString("code"),
                rs.getString("name"),
                nullableInt(rs, "ordinal"),
                rs.getString("colour"),
                rs.getString("hotkey"),
                rs.getInt("sort_order"),
                nullableInt(rs, "rating_value"),
                rs.getString("alternate_name"),
                rs.getBoolean("retired"));
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
