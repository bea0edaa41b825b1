package dev.claimdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import dev.claimdesk.testsupport.BadDatabases;
import dev.claimdesk.testsupport.OlderDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseCopyTest {
    @TempDir
    Path dir;

    @Test
    void aCopyHoldsEveryCommittedRowIncludingWhatIsStillInTheWriteAheadLog() throws Exception {
        Store store = TempStore.in(dir);
        Path copy = dir.resolve("copy.db");
        // Another connection kept open (as another window would) keeps the log from being folded in.
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + store.file());
                Statement st = other.createStatement()) {
            st.execute("PRAGMA wal_autocheckpoint=0");
            st.executeQuery("SELECT count(*) FROM article").close(); // SQLite opens the file on first use
            long id = store.write(tx -> tx.articles().insert(StoreFixtures.article("Sales rose 40 percent.")));
            store.write(tx -> tx.claims().insert(StoreFixtures.claim(id, "Sales rose 40 percent.")));
            assertThat(Files.size(Path.of(store.file() + "-wal"))).isPositive();

            DatabaseCopy.copy(store.file(), copy);
        }

        assertThat(DatabaseCopy.contents(copy)).isEqualTo(new DatabaseContents(Store.SCHEMA_VERSION, 1, 1, 0, 0));
        assertThat(Store.check(copy).claims()).isEqualTo(1);
    }

    @Test
    void copyingAndCountingNeverChangeTheFileRead() throws Exception {
        Store store = TempStore.in(dir);
        store.write(tx -> tx.articles().insert(StoreFixtures.article("x")));
        Path copy = dir.resolve("copy.db");
        DatabaseCopy.copy(store.file(), copy);
        List<String> before = new ArrayList<>(List.of(BadDatabases.sha256(store.file()), BadDatabases.sha256(copy)));

        DatabaseCopy.copy(copy, dir.resolve("copy-of-copy.db"));
        DatabaseCopy.contents(copy);

        assertThat(List.of(BadDatabases.sha256(store.file()), BadDatabases.sha256(copy)))
                .isEqualTo(before);
    }

    @Test
    void aDamagedFileCannotBeCopiedOrCountedAndSaysSo() throws Exception {
        Path damaged = BadDatabases.damagedPages(dir);

        assertThatThrownBy(() -> DatabaseCopy.copy(damaged, dir.resolve("copy.db")))
                .isInstanceOfSatisfying(
                        ClaimDeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.CORRUPT_DATABASE));
        assertThat(Files.exists(dir.resolve("copy.db"))).isFalse();
    }

    @Test
    void anOlderFileIsHandedToTheHookBeforeItIsUpgradedAndANewOneIsNot() throws Exception {
        Path old = OlderDatabases.atVersion(dir, 2);
        List<Integer> versionsSeen = new ArrayList<>();

        Store.open(old, f -> versionsSeen.add(DatabaseCopy.contents(f).schemaVersion()));
        Store.open(old, f -> versionsSeen.add(-1));
        Store.open(dir.resolve("new.db"), f -> versionsSeen.add(-2));

        assertThat(versionsSeen).containsExactly(2);
        assertThat(Store.check(old).schemaVersion()).isEqualTo(Store.SCHEMA_VERSION);
    }

    @Test
    void whenTheHookFailsTheOlderFileIsLeftAsItWas() throws Exception {
        Path old = OlderDatabases.atVersion(dir, 2);
        String before = BadDatabases.sha256(old);

        assertThatThrownBy(() -> Store.open(old, f -> {
                    throw new ClaimDeskException(Problem.IO, "no room for the backup");
                }))
                .hasMessageContaining("no room for the backup");

        assertThat(BadDatabases.sha256(old)).isEqualTo(before);
        assertThat(DatabaseCopy.contents(old).schemaVersion()).isEqualTo(2);
    }
}
