package dev.claimdesk.store;

import dev.claimdesk.domain.Attachment;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A row of attachment_content. */
public final class AttachmentMapper implements RowMapper<Attachment> {
    @Override
    public Attachment map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Attachment(
                rs.getString("sha256"), rs.getBytes("content"), rs.getLong("byte_size"), rs.getString("media_type"));
    }
}
