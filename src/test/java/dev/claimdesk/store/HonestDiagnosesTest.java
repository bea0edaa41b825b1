package dev.claimdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import dev.claimdesk.domain.SearchQuery;
import dev.claimdesk.testsupport.BadDatabases;
import dev.claimdesk.testsupport.ReadOnlyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteException;

/**
 * Healthy files that cannot be used right now are not called damaged: each condition has its own
 * plain message saying what to do, and the file is left as it was.
 */
class HonestDiagnosesTest {
    @TempDir
    Path dir;

    private static ClaimDeskException openFails(Path file) {
        return DatabaseFileProblemsTest.openFails(file);
    }

    private Path healthyDatabase(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path f = folder.resolve("desk.db");
        Store.open(f);
        return f;
    }

    @Test
    void aReadOnlyFileIsCalledReadOnly() throws Exception {
        Path f = healthyDatabase(dir.resolve("a"));
        String before = BadDatabases.sha256(f);
        ReadOnlyFiles.make(f);
        try {
            ClaimDeskException e = openFails(f);
            assertThat(e.problem()).isEqualTo(Problem.READ_ONLY);
            assertThat(e.userMessage())
                    .contains("desk.db is read-only")
                    .contains("writable")
                    .doesNotContain("damaged");
        } finally {
            ReadOnlyFiles.undo(f);
        }
        assertThat(BadDatabases.sha256(f)).isEqualTo(before);
    }

    @Test
    void aDatabaseInAReadOnlyFolderIsCalledThat() throws Exception {
        Path folder = dir.resolve("b");
        Path f = healthyDatabase(folder);
        ReadOnlyFiles.make(folder);
        try {
            ClaimDeskException e = openFails(f);
            assertThat(e.problem()).isEqualTo(Problem.READ_ONLY);
            assertThat(e.userMessage()).contains("folder").contains("read-only").doesNotContain("damaged");
            assertThat(siblings(f))
                    .as("nothing created in the read-only folder")
                    .containsExactly("desk.db");
        } finally {
            ReadOnlyFiles.undo(folder);
        }
    }

    @Test
    void aFullDiskIsCalledAFullDisk() throws Exception {
        Path f = dir.resolve("full.db");
        SQLiteException full = null;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f);
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (x BLOB)");
            st.execute("PRAGMA max_page_count = 3"); // SQLite's own way of running out of room
            st.execute("INSERT INTO t VALUES (zeroblob(100000))");
        } catch (SQLiteException e) {
            full = e;
        }
        assertThat((Object) full).as("SQLite reported a full database").isNotNull();
        ClaimDeskException e = DatabaseInspector.translate(f, full);
        assertThat(e.problem()).isEqualTo(Problem.DISK_FULL);
        assertThat(e.userMessage())
                .contains("is full")
                .contains("Free some space")
                .doesNotContain("damaged");
    }

    @Test
    void lockedAndUnexpectedErrorsAreNotCalledDamage() {
        Path f = dir.resolve("x.db");
        for (org.sqlite.SQLiteErrorCode code : List.of(
                org.sqlite.SQLiteErrorCode.SQLITE_BUSY,
                org.sqlite.SQLiteErrorCode.SQLITE_LOCKED,
                org.sqlite.SQLiteErrorCode.SQLITE_READONLY,
                org.sqlite.SQLiteErrorCode.SQLITE_IOERR,
                org.sqlite.SQLiteErrorCode.SQLITE_MISUSE,
                org.sqlite.SQLiteErrorCode.SQLITE_TOOBIG)) {
            ClaimDeskException e = DatabaseInspector.translate(f, new SQLiteException("x", code));
            assertThat(e.problem()).as(code.name()).isNotEqualTo(Problem.CORRUPT_DATABASE);
            assertThat(e.userMessage())
                    .as(code.name())
                    .doesNotContain("damaged")
                    .doesNotContain("SQLITE");
        }
        assertThat(DatabaseInspector.translate(f, new SQLiteException("x", org.sqlite.SQLiteErrorCode.SQLITE_BUSY))
                        .userMessage())
                .contains("locked by another program");
        assertThat(DatabaseInspector.translate(f, new SQLiteException("x", org.sqlite.SQLiteErrorCode.SQLITE_CORRUPT))
                        .problem())
                .isEqualTo(Problem.CORRUPT_DATABASE);
    }

    @Test
    void aSearchWithANulCharacterSearchesTheOtherWords() throws IOException {
        Path f = healthyDatabase(dir.resolve("c"));
        Store store = Store.open(f);
        List<Long> some = store.read(tx -> tx.search().claimIdsInArticle(0, SearchQuery.parse("\u0000torque\u0000")));
        List<Long> none = store.read(tx -> tx.search().claimIds("\u0000", 10));
        assertThat(some).isEmpty();
        assertThat(none).isEmpty();
    }

    @Test
    void inspectingAFileItRefusesCreatesNoLogFilesBesideIt() throws IOException {
        Path f = BadDatabases.newerSchema(dir);
        List<String> before = siblings(f);
        String hash = BadDatabases.sha256(f);

        assertThat(openFails(f).problem()).isEqualTo(Problem.NEWER_SCHEMA);
        assertThatCheckFails(f, Problem.NEWER_SCHEMA);

        assertThat(siblings(f)).isEqualTo(before);
        assertThat(BadDatabases.sha256(f)).isEqualTo(hash);
    }

    private static void assertThatCheckFails(Path f, Problem problem) {
        try {
            Store.check(f);
            throw new AssertionError("check should fail");
        } catch (ClaimDeskException e) {
            assertThat(e.problem()).isEqualTo(problem);
        }
    }

    @Test
    void aFileHalfCreatedByAKillDuringTheFirstStartIsCompleted() throws Exception {
        // A first start killed mid-transaction leaves the file and a hot journal; copying both while
        // the transaction is open gives exactly what the kill leaves.
        Path source = dir.resolve("src.db");
        Path copy = dir.resolve("half.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source);
                Statement st = c.createStatement()) {
            st.execute("PRAGMA cache_size = 1"); // spill changed pages into the file before commit
            st.execute("BEGIN");
            st.execute("CREATE TABLE flyway_schema_history (installed_rank INT, version TEXT, success INT)");
            st.execute("CREATE TABLE article (id INTEGER PRIMARY KEY, body TEXT)");
            for (int i = 0; i < 200; i++) {
                st.execute("INSERT INTO article (body) VALUES (hex(randomblob(2000)))");
            }
            Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
            Files.copy(
                    dir.resolve("src.db-journal"), dir.resolve("half.db-journal"), StandardCopyOption.REPLACE_EXISTING);
            st.execute("ROLLBACK");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }

        Store store = Store.open(copy);

        List<dev.claimdesk.domain.Article> articles =
                store.read(tx -> tx.articles().list());
        assertThat(articles).isEmpty();
        assertThat(Store.check(copy).articles()).isZero();
    }

    private static List<String> siblings(Path f) throws IOException {
        try (Stream<Path> s = Files.list(f.getParent())) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
