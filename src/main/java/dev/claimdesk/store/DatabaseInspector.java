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
            Path journal = sibling(file, "-journal");
            if (Files.exists(file) && Files.exists(journal) && Files.size(journal) > 0) {
                // A first start killed mid-write leaves a file without even its header, and the
                // journal to undo it with: finish that before judging the file.
                recover(file, null);
            }
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
        try {
            return inspectReadOnly(file, knownSchemaVersion);
        } catch (ClaimDeskException e) {
            if (!(e.getCause() instanceof SQLiteException se) || !needsRecovery(se.getResultCode())) {
                throw e;
            }
            recover(file, se);
            return inspectReadOnly(file, knownSchemaVersion);
        }
    }

    private static Verdict inspectReadOnly(Path file, int knownSchemaVersion) {
        try (Connection c = readOnly(file);
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
        try (Connection c = readOnly(file);
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

    /**
     * A connection that cannot change anything, not even create the {@code -wal}/{@code -shm}
     * files: when no other program has the file open (no log or journal beside it) SQLite is told
     * the file is immutable; otherwise it reads through the log the other program keeps.
     */
    private static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        boolean inUse = Files.exists(sibling(file, "-wal")) || Files.exists(sibling(file, "-journal"));
        String uri =
                file.toAbsolutePath().toUri().toString().replace("?", "%3f").replace("#", "%23");
        return config.createConnection("jdbc:sqlite:" + uri + (inUse ? "?mode=ro" : "?mode=ro&immutable=1"));
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** Errors of a file left mid-change by a program that stopped: SQLite finishes it when it may write. */
    private static boolean needsRecovery(SQLiteErrorCode code) {
        return code.name().startsWith("SQLITE_READONLY_") || code == SQLiteErrorCode.SQLITE_BUSY_RECOVERY;
    }

    /**
     * A program that stopped mid-change (a crash, a kill during the first start) leaves a journal or
     * log that SQLite rolls back or replays when a writer opens the file, as any SQLite program does;
     * a read-only look cannot. So the file is opened for writing once, which restores it to its last
     * committed state, and then inspected again.
     */
    private static void recover(Path file, Exception cause) {
        if (!Files.isWritable(file) || !Files.isWritable(file.toAbsolutePath().getParent())) {
            throw new ClaimDeskException(
                    Problem.READ_ONLY,
                    file.getFileName() + " was left in the middle of a change by a program that stopped, and"
                            + " ClaimDesk may not write to it to finish that change. Make the file and its folder"
                            + " writable, then open it again.",
                    cause);
        }
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
            rs.next();
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
        if (!(e instanceof SQLiteException se)) {
            return unexpected(file, e);
        }
        SQLiteErrorCode code = se.getResultCode();
        String name = file.getFileName().toString();
        if (code == SQLiteErrorCode.SQLITE_NOTADB) {
            return new ClaimDeskException(
                    Problem.NOT_A_DATABASE,
                    name + " is not a ClaimDesk database: SQLite cannot read it."
                            + " ClaimDesk left it untouched. Choose another file.",
                    e);
        }
        if (code == SQLiteErrorCode.SQLITE_CORRUPT || code.name().startsWith("SQLITE_CORRUPT_")) {
            return damaged(file, e);
        }
        if (code == SQLiteErrorCode.SQLITE_FULL) {
            return new ClaimDeskException(
                    Problem.DISK_FULL,
                    "The disk holding " + name + " is full, so the last change was not saved. Free some space"
                            + " and try again; everything saved before is safe.",
                    e);
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY || code.name().startsWith("SQLITE_READONLY_")) {
            return readOnly(file, e);
        }
        if (code == SQLiteErrorCode.SQLITE_BUSY
                || code.name().startsWith("SQLITE_BUSY_")
                || code == SQLiteErrorCode.SQLITE_LOCKED
                || code.name().startsWith("SQLITE_LOCKED_")) {
            return new ClaimDeskException(
                    Problem.DATABASE_UNAVAILABLE,
                    name + " is locked by another program (another ClaimDesk, or a database tool) that is"
                            + " writing to it. Try again in a moment; if it stays locked, close that program.",
                    e);
        }
        if (code == SQLiteErrorCode.SQLITE_CANTOPEN
                || code.name().startsWith("SQLITE_CANTOPEN_")
                || code == SQLiteErrorCode.SQLITE_PERM
                || code == SQLiteErrorCode.SQLITE_AUTH) {
            return new ClaimDeskException(
                    Problem.IO,
                    "ClaimDesk cannot open " + file + ". Check that the folder exists and that you may read and"
                            + " write there.",
                    e);
        }
        if (code == SQLiteErrorCode.SQLITE_IOERR || code.name().startsWith("SQLITE_IOERR_")) {
            return new ClaimDeskException(
                    Problem.IO,
                    "The disk reported an error while ClaimDesk used " + name + " (a removed drive, a network"
                            + " folder that went away). The last change may not be saved. Check the drive and open"
                            + " the file again.",
                    e);
        }
        return unexpected(file, e);
    }

    /** A read-only file or folder: SQLite needs to write the file and the log beside it. */
    static ClaimDeskException readOnly(Path file, Exception cause) {
        Path folder = file.toAbsolutePath().getParent();
        boolean folderReadOnly = folder != null && Files.isDirectory(folder) && !Files.isWritable(folder);
        String message = folderReadOnly && (Files.isWritable(file) || !Files.exists(file))
                ? "The folder of " + file.getFileName() + " (" + folder + ") is read-only, and ClaimDesk keeps a"
                        + " log file beside the database while it works. Move the file to a folder you may write"
                        + " to, or make this one writable."
                : file.getFileName() + " is read-only: ClaimDesk saves every change into the file at once, so it"
                        + " must be able to write to it. Make the file writable, or open a copy of it.";
        return new ClaimDeskException(Problem.READ_ONLY, message, cause);
    }

    private static ClaimDeskException unexpected(Path file, SQLException e) {
        return new ClaimDeskException(
                Problem.DATABASE_UNAVAILABLE,
                "ClaimDesk could not use " + file.getFileName() + " because of a problem it did not expect."
                        + " The file was left as it was; the details are in the log file.",
                e);
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
