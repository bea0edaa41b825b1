package dev.claimdesk.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/** ClaimDesk databases as an older version of the app left them: the real migrations, stopped early. */
public final class OlderDatabases {
    private OlderDatabases() {}

    /** A database at data format {@code version}, with one article in it. */
    public static Path atVersion(Path dir, int version) throws SQLException {
        Path f = dir.resolve("old-v" + version + ".db");
        Flyway.configure(OlderDatabases.class.getClassLoader())
                .dataSource("jdbc:sqlite:" + f, null, null)
                .locations("classpath:db/migration")
                .target(String.valueOf(version))
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f);
                Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO article (title, format, body_text, body_sha256, imported_at, imported_by)"
                    + " VALUES ('Old article', 'TEXT', 'Sales rose 40 percent.', '" + "a".repeat(64)
                    + "', '2024-01-01T00:00:00Z', 'Ada')");
        }
        return f;
    }
}
