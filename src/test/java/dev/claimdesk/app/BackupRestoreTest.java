package dev.claimdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.Reliability;
import dev.claimdesk.domain.SourceType;
import dev.claimdesk.domain.Stance;
import dev.claimdesk.testsupport.BadDatabases;
import dev.claimdesk.testsupport.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreTest {
    private static final List<String> TABLES = List.of("article", "claim", "evidence", "audit_log");

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(Instant.parse("2027-03-01T12:00:00Z"), ZoneId.of("Europe/Berlin"));
    BackupService backups;
    BackupRestore restore;
    Path db;

    private void start() {
        backups = new BackupService(dir.resolve("data/backups"), clock, Retention.DEFAULT);
        restore = new BackupRestore(backups);
        db = dir.resolve("desk/claimdesk.db");
    }

    /** An article with 40 claims, two evidence items each on five of them, and their history. */
    private void fill() {
        AppServices app = AppServices.open(db, clock, backups);
        long article = DemoArticle.importInto(app.articles(), "Ada").article().id();
        for (int i = 0; i < 40; i++) {
            long claim = app.claims().addManual(article, i, i + 20, "Ada").id();
            if (i % 8 == 0) {
                app.evidence().add(evidence(claim, "https://example.org/a" + i), "Ada");
                app.evidence().add(evidence(claim, "https://example.org/b" + i), "Bo");
            }
        }
    }

    @Test
    void theNewestBackupOfADamagedDatabaseBringsBackEveryArticleClaimEvidenceItemAndHistoryRow() throws Exception {
        start();
        fill();
        Backup backup = backups.backUp(db, Backup.Reason.DAILY);
        List<List<String>> saved = rows(backup.file());
        assertThat(saved.get(2)).hasSize(10);
        BadDatabases.damage(db);
        clock.advance(Duration.ofHours(3));

        String damagedBytes = BadDatabases.sha256(db);
        DamagedDatabaseException damaged = openFails();
        assertThat(damaged.newestBackup().file()).isEqualTo(backup.file());
        Optional<Backup> kept = restore.restoreOver(damaged.newestBackup().file(), db);

        AppServices.open(db, clock, backups); // opens without complaint
        assertThat(rows(db)).isEqualTo(saved);
        assertThat(DatabaseCheck.run(db).claims()).isEqualTo(backup.counts().claims());
        Backup keptCopy = kept.orElseThrow();
        assertThat(keptCopy.reason()).isEqualTo(Backup.Reason.DAMAGED);
        assertThat(keptCopy.damaged()).isTrue();
        assertThat(backups.newest(db))
                .hasValueSatisfying(b -> assertThat(b.reason()).isEqualTo(Backup.Reason.DAILY));
        assertThat(BadDatabases.sha256(keptCopy.file())).isEqualTo(damagedBytes); // kept byte for byte
    }

    @Test
    void restoringOverAHealthyDatabaseKeepsItAsABackupFirst() throws Exception {
        start();
        fill();
        Backup before = backups.backUp(db, Backup.Reason.MANUAL);
        AppServices.open(db, clock, backups).claims().addManual(1, 0, 5, "Ada");
        List<List<String>> current = rows(db);
        clock.advance(Duration.ofMinutes(5));

        Backup kept = restore.restoreOver(before.file(), db).orElseThrow();

        assertThat(rows(kept.file())).isEqualTo(current);
        assertThat(rows(db)).isEqualTo(rows(before.file()));
    }

    @Test
    void aDamagedBackupIsRefusedAndNothingChanges() throws Exception {
        start();
        fill();
        Path damagedBackup = BadDatabases.damagedPages(dir.resolve("desk"));
        String before = BadDatabases.sha256(db);
        int backupsBefore = backups.list(db).size();

        assertThatThrownBy(() -> restore.restoreOver(damagedBackup, db))
                .isInstanceOfSatisfying(ClaimDeskException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.CORRUPT_DATABASE);
                    assertThat(e.userMessage()).contains("backup damaged.db is itself damaged");
                });
        assertThatThrownBy(() -> restore.restoreAsNew(damagedBackup, dir.resolve("new.db")))
                .isInstanceOf(ClaimDeskException.class);

        assertThat(BadDatabases.sha256(db)).isEqualTo(before);
        assertThat(backups.list(db)).hasSize(backupsBefore);
        assertThat(Files.exists(dir.resolve("new.db"))).isFalse();
    }

    @Test
    void restoringIntoANewFileLeavesTheDatabaseAloneAndNeverReplacesAnotherFile() throws Exception {
        start();
        fill();
        Backup backup = backups.backUp(db, Backup.Reason.MANUAL);
        String before = BadDatabases.sha256(db);

        Path copy = restore.restoreAsNew(backup.file(), dir.resolve("elsewhere/restored.db"));

        assertThat(rows(copy)).isEqualTo(rows(backup.file()));
        assertThat(BadDatabases.sha256(db)).isEqualTo(before);
        assertThatThrownBy(() -> restore.restoreAsNew(backup.file(), db))
                .isInstanceOfSatisfying(
                        ClaimDeskException.class,
                        e -> assertThat(e.userMessage()).contains("already exists"));
        assertThat(BadDatabases.sha256(db)).isEqualTo(before);
    }

    @Test
    void theDamagedMessageOffersTheNewestReadableBackupAndOnlyWhenThereIsOne() throws Exception {
        start();
        fill();
        Path copyOfDb = dir.resolve("twin.db");
        Files.copy(db, copyOfDb);
        backups.backUp(db, Backup.Reason.DAILY);
        clock.advance(Duration.ofDays(1));
        Backup newest = backups.backUp(db, Backup.Reason.MANUAL);
        BadDatabases.damage(db);
        BadDatabases.damage(copyOfDb);

        DamagedDatabaseException e = openFails();
        assertThat(e.newestBackup().file()).isEqualTo(newest.file());
        assertThat(e.userMessage())
                .contains("claimdesk.db is damaged")
                .contains("The newest backup of it is from 2027-03-02 13:00 ("
                        + newest.counts().summary() + ")")
                .contains("1 article, 47 claims, 10 evidence items"); // 7 proposed by the detector, 40 added

        assertThatThrownBy(() -> AppServices.open(copyOfDb, clock, backups))
                .isNotInstanceOf(DamagedDatabaseException.class)
                .isInstanceOfSatisfying(ClaimDeskException.class, x -> {
                    assertThat(x.problem()).isEqualTo(Problem.CORRUPT_DATABASE);
                    assertThat(x.userMessage()).doesNotContainIgnoringCase("backup");
                });
        assertThatThrownBy(() -> DatabaseCheck.run(db, backups)).isInstanceOf(DamagedDatabaseException.class);
    }

    private DamagedDatabaseException openFails() {
        try {
            AppServices.open(db, clock, backups);
        } catch (DamagedDatabaseException e) {
            return e;
        }
        throw new AssertionError("opening the damaged file should have failed with its newest backup");
    }

    /** Every row of the four tables, in id order, as text: what a restore must bring back. */
    private static List<List<String>> rows(Path file) throws SQLException {
        List<List<String>> tables = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            for (String table : TABLES) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(rs.getString(i)).append('\u241f');
                        }
                        rows.add(row.toString());
                    }
                }
                tables.add(rows);
            }
        }
        return tables;
    }

    private static Evidence evidence(long claimId, String url) {
        return new Evidence(
                0,
                claimId,
                url,
                "Council budget",
                "Nordhaven council",
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 3, 9),
                "The park cost 3.1 billion euros.",
                Stance.REFUTES,
                SourceType.PRIMARY,
                Reliability.A,
                null,
                null,
                null,
                "Ada",
                Instant.EPOCH);
    }
}
