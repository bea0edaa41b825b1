package dev.claimdesk.testsupport;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.DemoArticle;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HexFormat;

/** Makes the three kinds of database file ClaimDesk must refuse, as real files. */
public final class BadDatabases {
    private BadDatabases() {}

    /** A text document renamed to .db. */
    public static Path textFileRenamed(Path dir) throws IOException {
        Path f = dir.resolve("notes.db");
        Files.writeString(f, "Meeting notes\nThis is not a database.\n", StandardCharsets.UTF_8);
        return f;
    }

    /** A real ClaimDesk database whose table pages were overwritten with garbage. */
    public static Path damagedPages(Path dir) throws IOException {
        Path f = dir.resolve("damaged.db");
        AppServices app = AppServices.open(f, Clock.systemUTC());
        var article = DemoArticle.importInto(app.articles(), "Ada").article();
        for (int i = 0; i < 40; i++) {
            app.claims().addManual(article.id(), i, i + 20, "Ada");
        }
        damage(f);
        return f;
    }

    /** Overwrites every other page from a quarter of the file on with garbage (page 1 stays intact). */
    public static void damage(Path f) throws IOException {
        checkpoint(f);
        long size = Files.size(f);
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            byte[] junk = new byte[4096];
            java.util.Arrays.fill(junk, (byte) 0xA5);
            // Leave page 1 (header and schema) intact; damage pages from a quarter of the file on.
            for (long pos = Math.max(4096, (size / 4096 / 4) * 4096); pos < size; pos += 4096 * 2) {
                raf.seek(pos);
                raf.write(junk);
            }
        }
    }

    /** A ClaimDesk database whose schema history says a newer ClaimDesk migrated it. */
    public static Path newerSchema(Path dir) throws IOException {
        Path f = dir.resolve("future.db");
        AppServices.open(f, Clock.systemUTC());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f);
                Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL',"
                    + " 'V99__future.sql', 0, 'newer app', 1, 1)");
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new IOException(e);
        }
        return f;
    }

    private static void checkpoint(Path f) throws IOException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f);
                Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            st.execute("PRAGMA journal_mode=DELETE");
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    public static String sha256(Path f) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
