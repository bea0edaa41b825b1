package dev.claimdesk.store;

import dev.claimdesk.domain.Claim;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterRowMapper(ClaimMapper.class)
public interface ClaimDao {

    default long insert(Claim claim) {
        return insertRow(
                claim,
                JsonColumns.write(claim.kinds()),
                JsonColumns.write(claim.reasons()),
                JsonColumns.write(claim.quantities()),
                JsonColumns.write(claim.flags()));
    }

    /**
     * Inserts the claims of an article that has none yet, in one prepared batch, and returns their
     * ids in the order given. The ids are read back by position, unique within a new article (the
     * generated keys of a batch are not reported by every driver).
     */
    default long[] insertAllNew(long articleId, List<Claim> claims) {
        if (claims.isEmpty()) {
            return new long[0];
        }
        List<String> kinds = new java.util.ArrayList<>(claims.size());
        List<String> reasons = new java.util.ArrayList<>(claims.size());
        List<String> quantities = new java.util.ArrayList<>(claims.size());
        List<String> flags = new java.util.ArrayList<>(claims.size());
        for (Claim c : claims) {
            if (c.articleId() != articleId) {
                throw new IllegalArgumentException("claims of another article in the batch");
            }
            kinds.add(JsonColumns.write(c.kinds()));
            reasons.add(JsonColumns.write(c.reasons()));
            quantities.add(JsonColumns.write(c.quantities()));
            flags.add(JsonColumns.write(c.flags()));
        }
        insertRows(claims, kinds, reasons, quantities, flags);
        java.util.Map<Integer, Long> byPosition = new java.util.HashMap<>();
        for (long[] row : idsByPosition(articleId)) {
            if (byPosition.put((int) row[1], row[0]) != null) {
                throw new IllegalStateException("two claims at one position of a new article");
            }
        }
        long[] ids = new long[claims.size()];
        for (int i = 0; i < ids.length; i++) {
            Long id = byPosition.get(claims.get(i).position());
            if (id == null) {
                throw new IllegalStateException("a claim of the batch was not stored");
            }
            ids[i] = id;
        }
        return ids;
    }

    @org.jdbi.v3.sqlobject.statement.SqlBatch(
            transactional = false, // inside the store's own transaction
            value = """
            INSERT INTO claim (article_id, start_offset, end_offset, text, kinds, checkworthiness, reasons,
                               quantities, flags, state, dismiss_reason, origin, claimant, assignee, position,
                               duplicate_of, verdict_label_id, rationale, verdict_by, created_by, created_at,
                               updated_at)
            VALUES (:c.articleId, :c.startOffset, :c.endOffset, :c.text, :kinds, :c.checkworthiness, :reasons,
                    :quantities, :flags, :c.state, :c.dismissReason, :c.origin, :c.claimant, :c.assignee,
                    :c.position, :c.duplicateOf, :c.verdictLabelId, :c.rationale, :c.verdictBy, :c.createdBy,
                    :c.createdAt, :c.updatedAt)""")
    void insertRows(
            @BindMethods("c") List<Claim> claims,
            @Bind("kinds") List<String> kinds,
            @Bind("reasons") List<String> reasons,
            @Bind("quantities") List<String> quantities,
            @Bind("flags") List<String> flags);

    /** (id, position) of every claim of an article. */
    @SqlQuery("SELECT id, position FROM claim WHERE article_id = ?")
    @org.jdbi.v3.sqlobject.config.RegisterRowMapper(IdPositionMapper.class)
    List<long[]> idsByPosition(long articleId);

    /** Maps (id, position) to a pair of longs. */
    final class IdPositionMapper implements org.jdbi.v3.core.mapper.RowMapper<long[]> {
        @Override
        public long[] map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
                throws java.sql.SQLException {
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    /**
     * Writes the claim over the row it was read from: only when the row is still at {@code
     * claim.version()}; otherwise nothing is written and the write is refused as changed meanwhile.
     * Returns the claim at its new version (the database raises it by one).
     */
    default Claim update(Claim claim) {
        int rows = updateRow(
                claim,
                JsonColumns.write(claim.kinds()),
                JsonColumns.write(claim.reasons()),
                JsonColumns.write(claim.quantities()),
                JsonColumns.write(claim.flags()));
        if (rows != 1) {
            // Changed (or gone) since it was read: Store.write rolls back and says by whom.
            throw new StaleRow(StaleRow.Kind.CLAIM, claim.id(), claim.id());
        }
        return claim.toBuilder().version(claim.version() + 1).build();
    }

    @SqlUpdate("""
            INSERT INTO claim (article_id, start_offset, end_offset, text, kinds, checkworthiness, reasons,
                               quantities, flags, state, dismiss_reason, origin, claimant, assignee, position,
                               duplicate_of, verdict_label_id, rationale, verdict_by, created_by, created_at,
                               updated_at)
            VALUES (:c.articleId, :c.startOffset, :c.endOffset, :c.text, :kinds, :c.checkworthiness, :reasons,
                    :quantities, :flags, :c.state, :c.dismissReason, :c.origin, :c.claimant, :c.assignee,
                    :c.position, :c.duplicateOf, :c.verdictLabelId, :c.rationale, :c.verdictBy, :c.createdBy,
                    :c.createdAt, :c.updatedAt)""")
    @GetGeneratedKeys("id")
    long insertRow(
            @BindMethods("c") Claim claim,
            @Bind("kinds") String kinds,
            @Bind("reasons") String reasons,
            @Bind("quantities") String quantities,
            @Bind("flags") String flags);

    @SqlUpdate("""
            UPDATE claim SET start_offset = :c.startOffset, end_offset = :c.endOffset, text = :c.text,
                             kinds = :kinds, checkworthiness = :c.checkworthiness, reasons = :reasons,
                             quantities = :quantities, flags = :flags, state = :c.state,
                             dismiss_reason = :c.dismissReason, claimant = :c.claimant, assignee = :c.assignee,
                             position = :c.position, duplicate_of = :c.duplicateOf,
                             verdict_label_id = :c.verdictLabelId, rationale = :c.rationale,
                             verdict_by = :c.verdictBy, updated_at = :c.updatedAt
            WHERE id = :c.id AND version = :c.version""")
    int updateRow(
            @BindMethods("c") Claim claim,
            @Bind("kinds") String kinds,
            @Bind("reasons") String reasons,
            @Bind("quantities") String quantities,
            @Bind("flags") String flags);

    @SqlQuery("SELECT * FROM claim WHERE id = ?")
    Optional<Claim> find(long id);

    /**
     * The claim, provided it is still at {@code seenVersion} (the version a reviewer's change is
     * based on); otherwise the write is refused as changed meanwhile, naming who changed it.
     */
    default Claim findAt(long id, long seenVersion) {
        Optional<Claim> c = find(id);
        if (c.isEmpty() || c.get().version() != seenVersion) {
            throw new StaleRow(StaleRow.Kind.CLAIM, id, id);
        }
        return c.get();
    }

    @SqlQuery("SELECT * FROM claim WHERE article_id = ? ORDER BY position, id")
    List<Claim> listByArticle(long articleId);

    /** Every claim of one article (> 0) or of all (0); consume inside the transaction and close. */
    @SqlQuery("SELECT * FROM claim WHERE :articleId = 0 OR article_id = :articleId")
    java.util.stream.Stream<Claim> stream(@org.jdbi.v3.sqlobject.customizer.Bind("articleId") long articleId);

    @SqlQuery("SELECT count(*) FROM claim WHERE article_id = ?")
    long countByArticle(long articleId);

    @SqlQuery("SELECT coalesce(max(position), 0) FROM claim WHERE article_id = ?")
    int maxPosition(long articleId);
}
