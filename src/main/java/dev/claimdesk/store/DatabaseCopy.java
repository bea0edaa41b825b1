package dev.claimdesk.store;

import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Consistent copies of a database file (backups) and a quick look at what a copy holds. Both work
 * through read-only connections, so neither ever changes the file it reads.
 */
public final class DatabaseCopy {
    private DatabaseCopy() {}

    /**
     * Writes a consistent snapshot of {@code source} to {@code target}, which must not exist yet.
     * {@code VACUUM INTO} includes what is still in the write-ahead log, never blocks writers for
     * long, and writes a compact file in rollback-journal mode, complete in itself.
     */
    public static void copy(Path source, Path target) {
        if (!Files.isRegularFile(source)) {
            throw new ClaimDeskException(Problem.IO, "There is no database file at " + source + ".");
        }
        // A fresh statement of its own: VACUUM cannot run inside another statement's transaction.
        try (Connection c = readOnly(source);
                PreparedStatement st = c.prepareStatement("VACUUM INTO ?")) {
            st.setString(1, target.toAbsolutePath().toString());
            st.execute();
        } catch (SQLException e) {
            // VACUUM INTO can fail half-way (a damaged page late in the file): no half copy stays behind.
            try {
                Files.deleteIfExists(target);
            } catch (java.io.IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw DatabaseInspector.translate(source, e);
        }
    }

    /** Reads the schema version and the row counts of a ClaimDesk database without a full check. */
    public static DatabaseContents contents(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ClaimDeskException(Problem.IO, "There is no database file at " + file + ".");
        }
        try (Connection c = readOnly(file);
                Statement st = c.createStatement()) {
            return DatabaseInspector.contents(st);
        } catch (SQLException e) {
            throw DatabaseInspector.translate(file, e);
        }
    }

    private static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }
}
