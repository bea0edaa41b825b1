package dev.claimdesk.store;

import dev.claimdesk.domain.Evidence;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterRowMapper(EvidenceMapper.class)
public interface EvidenceDao {

    @SqlUpdate("""
            INSERT INTO evidence (claim_id, url, title, publisher, published_on, accessed_on, quote, stance,
                                  source_type, reliability, note, attachment_path, attachment_sha256,
                                  created_by, created_at)
            VALUES (:claimId, :url, :title, :publisher, :publishedOn, :accessedOn, :quote, :stance,
                    :sourceType, :reliability, :note, :attachmentPath, :attachmentSha256, :createdBy, :createdAt)""")
    @GetGeneratedKeys("id")
    long insert(@BindMethods Evidence evidence);

    @SqlUpdate("""
            UPDATE evidence SET url = :url, title = :title, publisher = :publisher, published_on = :publishedOn,
                                accessed_on = :accessedOn, quote = :quote, stance = :stance,
                                source_type = :sourceType, reliability = :reliability, note = :note,
                                attachment_path = :attachmentPath, attachment_sha256 = :attachmentSha256
            WHERE id = :id AND version = :version""")
    int updateRow(@BindMethods Evidence evidence);

    /**
     * Writes the item over the row it was read from, only while that row is still at {@code
     * evidence.version()}; otherwise nothing is written and the write is refused as changed meanwhile.
     */
    default void update(Evidence evidence) {
        if (updateRow(evidence) != 1) {
            throw new StaleRow(StaleRow.Kind.EVIDENCE, evidence.id(), evidence.claimId());
        }
    }

    @SqlUpdate("DELETE FROM evidence WHERE id = ?")
    int delete(long id);

    @SqlQuery("SELECT * FROM evidence WHERE id = ?")
    Optional<Evidence> find(long id);

    @SqlQuery("SELECT * FROM evidence WHERE claim_id = ? ORDER BY id")
    List<Evidence> listByClaim(long claimId);
}
