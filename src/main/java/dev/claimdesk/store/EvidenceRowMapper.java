package dev.claimdesk.store;

import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.EvidenceRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps an evidence row joined with its claim's article id. */
public final class EvidenceRowMapper implements RowMapper<EvidenceRow> {
    @Override
    public EvidenceRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        Evidence e = EvidenceMapper.evidence(rs);
        return new EvidenceRow(rs.getLong("article_id"), e);
    }
}
