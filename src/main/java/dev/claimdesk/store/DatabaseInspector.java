package dev.claimdesk.store;

import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * Looks at an existing file before ClaimDesk writes to it, through a read-only connection, so that
 * a file that is not ours, is damaged, or comes from a newer ClaimDesk is never modified.
 */
final class DatabaseInspector {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    enum Verdict {
        /** Missing or empty file, or an empty SQLite database: safe to create the schema. */
        NEW,
        /** A ClaimDesk database older than the app: Flyway brings it up to date. */
        OLDER,
        /** A ClaimDesk database at exactly the app's schema version: nothing to migrate. */
        CURRENT
    }

    private DatabaseInspector() {}

    static Verdict inspect(Path file, int knownSchemaVersion) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return Verdict.NEW;
            }
            checkMagic(file);
        } catch (IOException e) {
            throw new ClaimDeskException(
                    Problem.IO,
                    "ClaimDesk cannot read " + file + ". Check that the file exists and you may read it.",
                    e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement st = c.createStatement()) {
            checkIntegrity(file, st);
            if (!hasTable(c, "flyway_schema_history")) {
                if (hasAnyTable(st)) {
                    throw new ClaimDeskException(
                            Problem.NOT_A_CLAIMDESK_DATABASE,
                            file.getFileName() + " is a database of another program, not a ClaimDesk database."
                                    + " ClaimDesk left it untouched. Choose a ClaimDesk file, or create a new one.");
                }
                return Verdict.NEW;
            }
            int version = schemaVersion(st);
            if (version > knownSchemaVersion) {
                throw new ClaimDeskException(
                        Problem.NEWER_SCHEMA,
                        file.getFileName() + " was saved by a newer version of ClaimDesk (data format " + version
                                + "; this version understands up to " + knownSchemaVersion + ")."
                                + " Update ClaimDesk to open it. The file was left untouched.");
            }
            return version == knownSchemaVersion ? Verdict.CURRENT : Verdict.OLDER;
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    /** A full, read-only check of a ClaimDesk database: integrity, foreign keys, row counts. */
    static DatabaseHealth fullCheck(Path file, int knownSchemaVersion) {
        if (!Files.isRegularFile(file)) {
            throw new ClaimDeskException(Problem.IO, "There is no database file at " + file + ".");
        }
        if (inspect(file, knownSchemaVersion) == Verdict.NEW) {
            throw new ClaimDeskException(
                    Problem.NOT_A_CLAIMDESK_DATABASE, file.getFileName() + " is empty: it holds no ClaimDesk data.");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                if (rs.next() && !"ok".equals(rs.getString(1))) {
                    throw damaged(file, new SQLException("integrity_check: " + rs.getString(1)));
                }
            }
            try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                if (rs.next()) {
                    throw damaged(file, new SQLException("foreign_key_check: row in " + rs.getString(1)));
                }
            }
            DatabaseContents n = contents(st);
            return new DatabaseHealth(n.schemaVersion(), n.articles(), n.claims(), n.evidence(), n.auditEvents());
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    static DatabaseContents contents(Statement st) throws SQLException {
        return new DatabaseContents(
                schemaVersion(st),
                count(st, "SELECT count(*) FROM article"),
                count(st, "SELECT count(*) FROM claim"),
                count(st, "SELECT count(*) FROM evidence"),
                count(st, "SELECT count(*) FROM audit_log"));
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void checkMagic(Path file) throws IOException {
        byte[] head = new byte[SQLITE_MAGIC.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (read < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
            throw new ClaimDeskException(
                    Problem.NOT_A_DATABASE,
                    file.getFileName() + " is not a ClaimDesk database: it is not a database file at all"
                            + " (perhaps a document renamed to .db). ClaimDesk left it untouched."
                            + " Choose another file, or restore a backup.");
        }
    }

    /**
     * Files up to this size get a full {@code PRAGMA quick_check} on every open (about 0.5 s per
     * 64 MB). Larger files get a spot check of every table here; damage found later while reading
     * still ends in the same plain message, and {@code claimdesk check} always checks everything.
     */
    static final long QUICK_CHECK_LIMIT_BYTES = 64L * 1024 * 1024;

    private static void checkIntegrity(Path file, Statement st) throws SQLException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new SQLException("cannot read the file size", e);
        }
        if (size > QUICK_CHECK_LIMIT_BYTES) {
            spotCheck(file, st);
            return;
        }
        try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            if (rs.next() && !"ok".equals(rs.getString(1))) {
                throw damaged(file, new SQLException("quick_check: " + rs.getString(1)));
            }
        }
    }

    /** Reads the first and last row of every table: a damaged root or tail page shows up at once. */
    private static void spotCheck(Path file, Statement st) throws SQLException {
        java.util.List<String> tables = new java.util.ArrayList<>();
        try (ResultSet rs = st.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            String quoted = "\"" + table.replace("\"", "\"\"") + "\""; // a name read from the schema
            try (ResultSet rs = st.executeQuery("SELECT * FROM " + quoted + " ORDER BY rowid DESC LIMIT 1")) {
                rs.next();
            } catch (SQLException e) {
                if (e.getMessage() != null && e.getMessage().contains("no such column: rowid")) {
                    continue; // WITHOUT ROWID tables (none of ours) have no rowid to order by
                }
                throw e;
            }
        }
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }

    private static boolean hasAnyTable(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static int schemaVersion(Statement st) throws SQLException {
        try (ResultSet rs =
                st.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static ClaimDeskException translate(Path file, SQLException e) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_NOTADB) {
                return new ClaimDeskException(
                        Problem.NOT_A_DATABASE,
                        file.getFileName() + " is not a ClaimDesk database: SQLite cannot read it."
                                + " ClaimDesk left it untouched. Choose another file, or restore a backup.",
                        e);
            }
            if (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED) {
                return new ClaimDeskException(
                        Problem.DATABASE_UNAVAILABLE,
                        file.getFileName() + " is busy in another program. Try again in a moment.",
                        e);
            }
            if (code == SQLiteErrorCode.SQLITE_CANTOPEN || code == SQLiteErrorCode.SQLITE_PERM) {
                return new ClaimDeskException(
                        Problem.IO,
                        "ClaimDesk cannot open " + file
                                + ". Check that the folder exists and that you may write there.",
                        e);
            }
        }
        return damaged(file, e);
    }

    private static ClaimDeskException damaged(Path file, SQLException cause) {
        return new ClaimDeskException(
                Problem.CORRUPT_DATABASE,
                // Whether a backup exists is not known here; the app layer adds the offer when one does.
                file.getFileName() + " is damaged: parts of the database cannot be read."
                        + " ClaimDesk left it untouched. Keep a copy of it, and ask for help before trying"
                        + " to repair it.",
                cause);
    }
}
