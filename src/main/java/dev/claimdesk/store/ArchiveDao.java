package dev.claimdesk.store;

import dev.claimdesk.domain.ArchiveEntry;
import dev.claimdesk.domain.StoredVector;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The fact-check archive: prior fact-checks from outside the desk, each with its embedding. */
@RegisterConstructorMapper(ArchiveEntry.class)
@RegisterConstructorMapper(EmbeddingDao.VectorRow.class)
public interface ArchiveDao {
    /** Adds an entry unless one with the same source key is there; 1 when added, 0 when not. */
    @SqlUpdate("""
            INSERT INTO archive_claim (source_key, claim, rating, published_on, publisher, url, claimant,
                model, vector, imported_by, imported_at)
            VALUES (:e.sourceKey, :e.claim, :e.rating, :e.publishedOn, :e.publisher, :e.url, :e.claimant,
                :model, :vector, :by, :at)
            ON CONFLICT (source_key) DO NOTHING""")
    int addBytes(
            @BindMethods("e") ArchiveEntry e,
            @Bind("model") String model,
            @Bind("vector") byte[] vector,
            @Bind("by") String by,
            @Bind("at") Instant at);

    default boolean add(ArchiveEntry e, String model, float[] vector, String by, Instant at) {
        return addBytes(e, model, Vectors.toBytes(vector), by, at) == 1;
    }

    @SqlQuery("SELECT count(*) FROM archive_claim")
    long count();

    @SqlQuery("SELECT id, source_key, claim, rating, published_on, publisher, url, claimant FROM archive_claim"
            + " WHERE id = :id")
    Optional<ArchiveEntry> find(@Bind("id") long id);

    @SqlQuery("SELECT id, source_key, claim, rating, published_on, publisher, url, claimant FROM archive_claim"
            + " ORDER BY id")
    List<ArchiveEntry> list();

    @SqlQuery("SELECT id, claim AS text, vector FROM archive_claim WHERE model = :model ORDER BY id")
    List<EmbeddingDao.VectorRow> rows(@Bind("model") String model);

    default List<StoredVector> vectors(String model) {
        return rows(model).stream()
                .map(r -> new StoredVector(r.id(), r.text(), Vectors.fromBytes(r.vector())))
                .toList();
    }
}
