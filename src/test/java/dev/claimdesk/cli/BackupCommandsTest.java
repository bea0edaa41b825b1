package dev.claimdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.DatabaseCheck;
import dev.claimdesk.app.DemoArticle;
import dev.claimdesk.testsupport.BadDatabases;
import dev.claimdesk.testsupport.MutableClock;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCommandsTest {
    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(Instant.parse("2027-03-01T08:30:00Z"), ZoneId.of("Europe/Berlin"));
    StringWriter out;
    StringWriter err;
    Path db;
    Path backups;

    @BeforeEach
    void database() {
        db = dir.resolve("desk/claimdesk.db");
        backups = dir.resolve("data/backups");
        DemoArticle.importInto(AppServices.open(db, Clock.systemUTC()).articles(), "Ada");
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new Cli(p -> {}, new PrintWriter(out), new PrintWriter(err))
                .withDataDir(dir.resolve("data"))
                .withClock(clock)
                .execute(args);
    }

    private List<Path> backupFiles() throws IOException {
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(backups)) {
            return files.filter(f -> f.toString().endsWith(".db")).sorted().toList();
        }
    }

    @Test
    void backupCopiesTheDatabaseIntoItsBackupsFolder() throws IOException {
        assertThat(run("--db", db.toString(), "backup")).isEqualTo(ExitCodes.OK);

        List<Path> files = backupFiles();
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName().toString()).isEqualTo("claimdesk-20270301-083000-manual.db");
        assertThat(DatabaseCheck.run(files.get(0)).articles()).isEqualTo(1);
        assertThat(out.toString()).contains(files.get(0).toString()).contains("1 article, 7 claims");
    }

    @Test
    void backupOutWritesTheCopyToTheGivenFileInstead() throws IOException {
        Path copy = dir.resolve("usb/claimdesk-copy.db");

        assertThat(run("--db", db.toString(), "backup", "--out", copy.toString()))
                .isEqualTo(ExitCodes.OK);

        assertThat(DatabaseCheck.run(copy).articles()).isEqualTo(1);
        assertThat(backupFiles()).isEmpty();
    }

    @Test
    void backupsListsDateSizeCountsReasonAndPathNewestFirst() throws IOException {
        run("--db", db.toString(), "backup");
        clock.advance(Duration.ofDays(1));
        run("--db", db.toString(), "claims", "1"); // the first open of the day
        assertThat(backupFiles()).hasSize(2);

        assertThat(run("--db", db.toString(), "backups")).isEqualTo(ExitCodes.OK);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("Backups of " + db.toRealPath());
        assertThat(lines.get(1))
                .startsWith("2027-03-02 09:30")
                .containsPattern("\\d+\\.\\d KB")
                .contains("1 article, 7 claims, 0 evidence items")
                .contains("daily")
                .endsWith("claimdesk-20270302-083000-daily.db");
        assertThat(lines.get(2)).startsWith("2027-03-01 09:30").contains("manual");
    }

    @Test
    void backupsSaysSoWhenThereIsNone() {
        assertThat(run("--db", db.toString(), "backups")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("There is no backup of " + db);
    }

    @Test
    void everyCommandThatOpensTheDatabaseMakesTheDayIsBackupOnlyOnce() throws IOException {
        run("--db", db.toString(), "claims", "1");
        run(
                "--db",
                db.toString(),
                "export",
                "csv",
                "--out",
                dir.resolve("x.csv").toString());
        assertThat(backupFiles()).hasSize(1);
        run("--db", db.toString(), "check"); // read-only: never writes, not even a backup
        clock.advance(Duration.ofDays(1));
        run("--db", db.toString(), "check");
        assertThat(backupFiles()).hasSize(1);
        run(
                "--db",
                db.toString(),
                "export",
                "csv",
                "--out",
                dir.resolve("x.csv").toString());
        assertThat(backupFiles()).hasSize(2);
    }

    @Test
    void restoreWithoutToReplacesTheDatabaseAfterBackingItUp() throws IOException {
        run("--db", db.toString(), "backup");
        Path backup = backupFiles().get(0);
        DemoArticle.importInto(AppServices.open(db, Clock.systemUTC()).articles(), "Ada"); // same text: no change
        AppServices.open(db, Clock.systemUTC()).claims().addManual(1, 0, 10, "Ada");
        clock.advance(Duration.ofMinutes(1));

        assertThat(run("--db", db.toString(), "restore", backup.toString())).isEqualTo(ExitCodes.OK);

        assertThat(DatabaseCheck.run(db).claims()).isEqualTo(7);
        List<Path> files = backupFiles();
        assertThat(files).hasSize(2);
        Path kept = files.stream()
                .filter(f -> f.toString().contains("before-restore"))
                .findFirst()
                .orElseThrow();
        assertThat(DatabaseCheck.run(kept).claims()).isEqualTo(8);
        assertThat(out.toString()).contains("kept as " + kept);
    }

    @Test
    void restoreToWritesANewFileAndLeavesTheDatabaseAsItIs() throws IOException {
        run("--db", db.toString(), "backup");
        Path backup = backupFiles().get(0);
        AppServices.open(db, Clock.systemUTC()).claims().addManual(1, 0, 10, "Ada");
        String before = BadDatabases.sha256(db);
        Path target = dir.resolve("restored.db");

        assertThat(run("--db", db.toString(), "restore", backup.toString(), "--to", target.toString()))
                .isEqualTo(ExitCodes.OK);

        assertThat(DatabaseCheck.run(target).claims()).isEqualTo(7);
        assertThat(BadDatabases.sha256(db)).isEqualTo(before);
        assertThat(backupFiles()).hasSize(1);
    }

    @Test
    void restoreRefusesADamagedBackupWithAPlainMessageAndChangesNothing() throws IOException {
        Path damaged = BadDatabases.damagedPages(dir);
        String before = BadDatabases.sha256(db);

        assertThat(run("--db", db.toString(), "restore", damaged.toString())).isEqualTo(ExitCodes.BAD_DATABASE);

        assertThat(err.toString())
                .startsWith("claimdesk: The backup damaged.db is itself damaged")
                .doesNotContain("Exception");
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(BadDatabases.sha256(db)).isEqualTo(before);
        assertThat(backupFiles()).isEmpty();
    }

    @Test
    void aDamagedDatabaseNamesItsNewestBackupAndTheCommandThatRestoresIt() throws IOException {
        run("--db", db.toString(), "backup");
        Path backup = backupFiles().get(0);
        BadDatabases.damage(db);

        assertThat(run("--db", db.toString(), "claims", "1")).isEqualTo(ExitCodes.BAD_DATABASE);
        assertThat(err.toString())
                .contains("claimdesk.db is damaged")
                .contains("The newest backup of it is from 2027-03-01 09:30")
                .contains("Restore it with: claimdesk --db " + db.toRealPath() + " restore " + backup);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(run("check", db.toString())).isEqualTo(ExitCodes.BAD_DATABASE);
        assertThat(err.toString()).contains("restore " + backup);

        assertThat(run("--db", db.toString(), "restore", backup.toString())).isEqualTo(ExitCodes.OK);
        assertThat(run("--db", db.toString(), "check")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("1 article, 7 claims");
    }

    @Test
    void aDamagedDatabaseWithoutBackupsDoesNotMentionAny() throws IOException {
        Path damaged = BadDatabases.damagedPages(dir);

        assertThat(run("--db", damaged.toString(), "claims", "1")).isEqualTo(ExitCodes.BAD_DATABASE);

        assertThat(err.toString()).contains("is damaged").doesNotContainIgnoringCase("backup");
    }
}
