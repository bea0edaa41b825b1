package dev.claimdesk.store;

import dev.claimdesk.domain.AuditEvent;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The append-only history. There is deliberately no update or delete here; triggers refuse both. */
@RegisterConstructorMapper(AuditEvent.class)
public interface AuditDao {

    @SqlUpdate("""
            INSERT INTO audit_log (at, actor, entity, entity_id, action, before, after)
            VALUES (:at, :actor, :entity, :entityId, :action, :before, :after)""")
    @GetGeneratedKeys("id")
    long append(@BindMethods AuditEvent event);

    /** Appends many events in one prepared batch (an import's proposals). */
    @org.jdbi.v3.sqlobject.statement.SqlBatch(
            transactional = false, // inside the store's own transaction
            value = """
            INSERT INTO audit_log (at, actor, entity, entity_id, action, before, after)
            VALUES (:at, :actor, :entity, :entityId, :action, :before, :after)""")
    void appendAll(@BindMethods List<AuditEvent> events);

    @SqlQuery("SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id")
    List<AuditEvent> listFor(String entity, long entityId);

    @SqlQuery("SELECT count(*) FROM audit_log")
    long count();
}
