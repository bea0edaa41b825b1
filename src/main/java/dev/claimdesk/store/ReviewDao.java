package dev.claimdesk.store;

import dev.claimdesk.domain.Review;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Review.class)
public interface ReviewDao {

    @SqlUpdate("""
            INSERT INTO review (claim_id, reviewer, label_id, rationale, kind, created_at)
            VALUES (:claimId, :reviewer, :labelId, :rationale, :kind, :createdAt)""")
    @GetGeneratedKeys("id")
    long insert(@BindMethods Review review);

    @SqlQuery("SELECT * FROM review WHERE claim_id = ? ORDER BY created_at, id")
    List<Review> listByClaim(long claimId);
}
