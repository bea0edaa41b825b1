package dev.claimdesk.store;

import dev.claimdesk.domain.Attachment;
import dev.claimdesk.domain.Evidence;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.AllowUnusedBindings;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The local copies of evidence (db V9 / postgresql V10): one row per distinct file, found by its
 * SHA-256; rows are added, never changed nor deleted.
 */
public interface AttachmentDao {
    /**
     * Keeps a file's bytes unless a file with the same hash is kept already (then nothing changes).
     * The team server computes the hash and size from the bytes itself; SQLite takes those given.
     */
    @SqlUpdate("store")
    @AllowUnusedBindings
    void store(
            @Bind("sha256") String sha256,
            @Bind("content") byte[] content,
            @Bind("byteSize") long byteSize,
            @Bind("mediaType") String mediaType,
            @Bind("createdBy") String createdBy,
            @Bind("createdAt") Instant createdAt);

    @SqlQuery("SELECT sha256, content, byte_size, media_type FROM attachment_content WHERE sha256 = ?")
    @RegisterRowMapper(AttachmentMapper.class)
    Optional<Attachment> find(String sha256);

    @SqlQuery("SELECT count(*) FROM attachment_content WHERE sha256 = ?")
    int count(String sha256);

    /** Evidence whose local copy is named but not kept in the database (attached before V9). */
    @SqlQuery("""
            SELECT * FROM evidence e
            WHERE e.attachment_sha256 IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM attachment_content a WHERE a.sha256 = e.attachment_sha256)
            ORDER BY e.id""")
    @RegisterRowMapper(EvidenceMapper.class)
    List<Evidence> withoutStoredCopy();
}
