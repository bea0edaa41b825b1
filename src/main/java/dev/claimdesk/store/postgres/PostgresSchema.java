package dev.claimdesk.store.postgres;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The team server's schema: the Flyway migrations in db/postgresql (shipped as db/postgresql in the
 * jar), apart from SQLite's db/migration. Run by the database's owner; reviewers never migrate.
 */
public final class PostgresSchema {
    /** The highest migration in db/postgresql (checked by a test). */
    public static final int SCHEMA_VERSION = 10;

    public static final String LOCATION = "classpath:db/postgresql";

    private PostgresSchema() {}

    /** Creates or upgrades the schema; returns its version afterwards. */
    public static int migrate(DataSource ds) {
        Flyway flyway = Flyway.configure(PostgresSchema.class.getClassLoader())
                .dataSource(ds)
                .locations(LOCATION)
                .placeholderReplacement(false)
                .load();
        flyway.migrate();
        var current = flyway.info().current();
        return current == null ? 0 : Integer.parseInt(current.getVersion().getVersion());
    }
}
