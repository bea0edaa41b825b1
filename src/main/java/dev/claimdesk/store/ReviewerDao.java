package dev.claimdesk.store;

import dev.claimdesk.domain.Reviewer;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Reviewer.class)
public interface ReviewerDao {

    @SqlUpdate("INSERT INTO reviewer (name, initials) VALUES (:name, :initials)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods Reviewer reviewer);

    @SqlUpdate("UPDATE reviewer SET initials = :initials WHERE id = :id")
    int updateInitials(@BindMethods Reviewer reviewer);

    @SqlQuery("SELECT * FROM reviewer WHERE id = ?")
    Optional<Reviewer> find(long id);

    @SqlQuery("SELECT * FROM reviewer WHERE name = ?")
    Optional<Reviewer> findByName(String name);

    @SqlQuery("SELECT * FROM reviewer ORDER BY lower(name), name")
    List<Reviewer> list();
}
