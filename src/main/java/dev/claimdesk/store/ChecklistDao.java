package dev.claimdesk.store;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The ticked checklist questions of each claim. */
public interface ChecklistDao {
    @SqlQuery("SELECT item FROM claim_check WHERE claim_id = :claimId ORDER BY item")
    List<String> checked(@Bind("claimId") long claimId);

    @SqlUpdate("""
            INSERT INTO claim_check (claim_id, item, checked_by, checked_at)
            VALUES (:claimId, :item, :by, :at)
            ON CONFLICT (claim_id, item) DO NOTHING""")
    int check(@Bind("claimId") long claimId, @Bind("item") String item, @Bind("by") String by, @Bind("at") String at);

    @SqlUpdate("DELETE FROM claim_check WHERE claim_id = :claimId AND item = :item")
    int uncheck(@Bind("claimId") long claimId, @Bind("item") String item);
}
