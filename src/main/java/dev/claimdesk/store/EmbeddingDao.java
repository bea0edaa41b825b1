package dev.claimdesk.store;

import dev.claimdesk.domain.StoredVector;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(EmbeddingDao.ClaimText.class)
@RegisterConstructorMapper(EmbeddingDao.VectorRow.class)
/** The sentence embedding of each claim (decision 0023), tagged with the model that made it. */
public interface EmbeddingDao {
    @SqlUpdate("""
            INSERT INTO claim_embedding (claim_id, model, vector, created_at)
            VALUES (:claimId, :model, :vector, :at)
            ON CONFLICT (claim_id) DO UPDATE SET model = excluded.model, vector = excluded.vector,
                created_at = excluded.created_at""")
    int putBytes(
            @Bind("claimId") long claimId,
            @Bind("model") String model,
            @Bind("vector") byte[] vector,
            @Bind("at") Instant at);

    @org.jdbi.v3.sqlobject.statement.SqlBatch(
            transactional = false, // inside the store's own transaction
            value = """
            INSERT INTO claim_embedding (claim_id, model, vector, created_at)
            VALUES (:claimId, :model, :vector, :at)
            ON CONFLICT (claim_id) DO UPDATE SET model = excluded.model, vector = excluded.vector,
                created_at = excluded.created_at""")
    void putAllBytes(
            @Bind("claimId") List<Long> claimIds,
            @Bind("model") List<String> models,
            @Bind("vector") List<byte[]> vectors,
            @Bind("at") List<Instant> at);

    /** The vectors of many claims in one prepared batch. */
    default void putAll(List<Long> claimIds, String model, List<float[]> vectors, Instant at) {
        if (claimIds.isEmpty()) {
            return;
        }
        List<byte[]> bytes = new java.util.ArrayList<>(vectors.size());
        for (float[] v : vectors) {
            bytes.add(Vectors.toBytes(v));
        }
        putAllBytes(
                claimIds,
                java.util.Collections.nCopies(claimIds.size(), model),
                bytes,
                java.util.Collections.nCopies(claimIds.size(), at));
    }

    default void put(long claimId, String model, float[] vector, Instant at) {
        putBytes(claimId, model, Vectors.toBytes(vector), at);
    }

    /** Claims (id, text) that have no embedding from this model yet, oldest first. */
    @SqlQuery("""
            SELECT c.id, c.text FROM claim c
            WHERE NOT EXISTS (SELECT 1 FROM claim_embedding e WHERE e.claim_id = c.id AND e.model = :model)
            ORDER BY c.id LIMIT :limit""")
    List<ClaimText> missingRows(@Bind("model") String model, @Bind("limit") int limit);

    default List<StoredVector> missing(String model, int limit) {
        return missingRows(model, limit).stream()
                .map(r -> new StoredVector(r.id(), r.text(), new float[0]))
                .toList();
    }

    @SqlQuery("""
            SELECT c.id, c.text, e.vector FROM claim c JOIN claim_embedding e ON e.claim_id = c.id
            WHERE e.model = :model ORDER BY c.id""")
    List<VectorRow> rows(@Bind("model") String model);

    /** Every claim that has an embedding from this model, with its text and vector. */
    default List<StoredVector> all(String model) {
        return rows(model).stream()
                .map(r -> new StoredVector(r.id(), r.text(), Vectors.fromBytes(r.vector())))
                .toList();
    }

    @SqlQuery("SELECT vector FROM claim_embedding WHERE claim_id = :claimId AND model = :model")
    java.util.Optional<byte[]> bytesOf(@Bind("claimId") long claimId, @Bind("model") String model);

    default java.util.Optional<float[]> of(long claimId, String model) {
        return bytesOf(claimId, model).map(Vectors::fromBytes);
    }

    @SqlQuery("SELECT count(*) FROM claim_embedding")
    long count();

    record ClaimText(long id, String text) {}

    record VectorRow(long id, String text, byte[] vector) {}
}
