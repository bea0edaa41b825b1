package dev.claimdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import dev.claimdesk.testsupport.BadDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseFileProblemsTest {
    @TempDir
    Path dir;

    static ClaimDeskException openFails(Path file) {
        try {
            Store.open(file);
        } catch (ClaimDeskException e) {
            return e;
        }
        throw new AssertionError("opening " + file + " should have failed");
    }

    @Test
    void aTextFileRenamedToDbIsNotADatabaseAndIsLeftUnchanged() throws IOException {
        Path f = BadDatabases.textFileRenamed(dir);
        String before = BadDatabases.sha256(f);

        ClaimDeskException e = openFails(f);

        assertThat(e.problem()).isEqualTo(Problem.NOT_A_DATABASE);
        assertThat(e.userMessage()).contains("notes.db").contains("not a database file");
        assertThat(BadDatabases.sha256(f)).isEqualTo(before);
    }

    @Test
    void aDatabaseWithDamagedPagesIsReportedAsDamagedAndIsLeftUnchanged() throws IOException {
        Path f = BadDatabases.damagedPages(dir);
        String before = BadDatabases.sha256(f);

        ClaimDeskException e = openFails(f);

        assertThat(e.problem()).isEqualTo(Problem.CORRUPT_DATABASE);
        // The store cannot know whether a backup exists, so it promises none (BackupServiceTest: the offer).
        assertThat(e.userMessage()).contains("damaged").doesNotContain("backup");
        assertThat(BadDatabases.sha256(f)).isEqualTo(before);
    }

    @Test
    void aDatabaseFromANewerClaimDeskIsRefusedAndIsLeftUnchanged() throws IOException {
        Path f = BadDatabases.newerSchema(dir);
        String before = BadDatabases.sha256(f);

        ClaimDeskException e = openFails(f);

        assertThat(e.problem()).isEqualTo(Problem.NEWER_SCHEMA);
        assertThat(e.userMessage()).contains("newer version of ClaimDesk").contains("99");
        assertThat(BadDatabases.sha256(f)).isEqualTo(before);
    }

    @Test
    void anotherProgramsDatabaseIsNotTouched() throws Exception {
        Path f = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f);
                Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE recipes (name TEXT)");
        }
        String before = BadDatabases.sha256(f);
        assertThat(openFails(f).problem()).isEqualTo(Problem.NOT_A_CLAIMDESK_DATABASE);
        assertThat(BadDatabases.sha256(f)).isEqualTo(before);
    }

    @Test
    void theThreeMessagesAreDistinct() throws IOException {
        assertThat(java.util.List.of(
                        openFails(BadDatabases.textFileRenamed(dir)).userMessage(),
                        openFails(BadDatabases.damagedPages(dir)).userMessage(),
                        openFails(BadDatabases.newerSchema(dir)).userMessage()))
                .doesNotHaveDuplicates();
    }

    @Test
    void anEmptyFileOrAMissingOneBecomesANewDatabase() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.db"));
        Store.open(empty);
        assertThat(Store.check(empty).schemaVersion()).isEqualTo(Store.SCHEMA_VERSION);
        Path missing = dir.resolve("sub/folder/new.db");
        Store.open(missing);
        assertThat(Files.exists(missing)).isTrue();
    }

    @Test
    void theCheckNeverCreatesAFile() {
        Path missing = dir.resolve("absent.db");
        assertThatThrownBy(() -> Store.check(missing)).isInstanceOf(ClaimDeskException.class);
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void connectionsUseWalFullSyncForeignKeysAndABusyTimeout() throws SQLException {
        Store store = TempStore.in(dir);
        store.write(tx -> tx.articles().insert(StoreFixtures.article("x")));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
                Statement st = c.createStatement()) {
            var rs = st.executeQuery("PRAGMA journal_mode");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("wal");
        }
        Tx.Pragmas pragmas = store.read(Tx::pragmas);
        assertThat(pragmas).isEqualTo(new Tx.Pragmas(2, true, 5_000));
    }
}
