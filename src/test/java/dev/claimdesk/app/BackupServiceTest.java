package dev.claimdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.testsupport.MutableClock;
import dev.claimdesk.testsupport.OlderDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BackupServiceTest {
    private static final ZoneId ZONE = ZoneId.of("America/St_Johns");

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(at(LocalDate.of(2027, 3, 1), 9), ZONE);

    private static java.time.Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant();
    }

    private BackupService service(Retention retention) {
        return new BackupService(dir.resolve("data/backups"), clock, retention);
    }

    /** What the app does on every open: upgrade backup inside, then the daily one. */
    private AppServices openAsTheAppDoes(Path db, BackupService backups) {
        AppServices app = AppServices.open(db, clock, backups);
        backups.dailyIfDue(db);
        return app;
    }

    @Test
    void theFirstOpenOfADayMakesABackupASecondOpenThatDayDoesNotTheNextDayDoes() {
        BackupService backups = service(Retention.DEFAULT);
        Path db = dir.resolve("work/claimdesk.db");
        DemoArticle.importInto(openAsTheAppDoes(db, backups).articles(), "Ada");
        assertThat(backups.list(db)).hasSize(1);

        clock.advance(Duration.ofHours(10)); // 19:00, same day
        openAsTheAppDoes(db, backups);
        assertThat(backups.list(db)).hasSize(1);

        clock.advance(Duration.ofHours(6)); // 01:00 the next day
        openAsTheAppDoes(db, backups);
        List<Backup> list = backups.list(db);
        assertThat(list).hasSize(2).allMatch(b -> b.reason() == Backup.Reason.DAILY);
        assertThat(list.get(0).madeAt()).isEqualTo(clock.instant());
        assertThat(list.get(0).counts().articles()).isEqualTo(1);
        assertThat(list.get(1).counts().articles()).isZero(); // the first copy was made before the import
    }

    @Test
    void anOlderDatabaseIsBackedUpBeforeItIsUpgraded() throws Exception {
        BackupService backups = service(Retention.DEFAULT);
        Path old = OlderDatabases.atVersion(dir, 2);

        AppServices app = openAsTheAppDoes(old, backups);

        List<Backup> list = backups.list(old);
        assertThat(list).hasSize(1); // the upgrade backup is also the day's backup
        Backup b = list.get(0);
        assertThat(b.reason()).isEqualTo(Backup.Reason.BEFORE_UPGRADE);
        assertThat(b.counts().schemaVersion()).isEqualTo(2);
        assertThat(b.counts().articles()).isEqualTo(1);
        assertThat(DatabaseCheck.run(app.databaseFile()).schemaVersion())
                .isEqualTo(dev.claimdesk.store.Store.SCHEMA_VERSION);
        assertThat(b.file().getFileName().toString()).matches("old_v2-\\d{8}-\\d{6}-before-upgrade\\.db");
    }

    static Stream<Arguments> retentions() {
        return Stream.of(
                Arguments.of(
                        null,
                        null,
                        List.of("02-14", "02-21", "02-23", "02-24", "02-25", "02-26", "02-27", "02-28", "03-01")),
                Arguments.of("3", "0", List.of("02-27", "02-28", "03-01")),
                Arguments.of("1", "2", List.of("02-28", "03-01")),
                Arguments.of("2", "6", List.of("01-31", "02-07", "02-14", "02-21", "02-28", "03-01")),
                Arguments.of(
                        "zero",
                        "-1",
                        List.of("02-14", "02-21", "02-23", "02-24", "02-25", "02-26", "02-27", "02-28", "03-01")));
    }

    @ParameterizedTest(name = "keepDaily={0}, keepWeekly={1}")
    @MethodSource("retentions")
    void rotationKeepsExactlyTheNewestOfTheConfiguredDaysAndWeeks(String daily, String weekly, List<String> kept) {
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        settings.put(Retention.DAILY_SETTING, daily);
        settings.put(Retention.WEEKLY_SETTING, weekly);
        BackupService backups = service(Retention.from(settings));
        Path db = dir.resolve("claimdesk.db");
        AppServices.open(db, clock, backups);

        // One open a day, morning and evening, from New Year to 1 March 2027 (2027-03-01 is a Monday).
        for (LocalDate day = LocalDate.of(2027, 1, 1); !day.isAfter(LocalDate.of(2027, 3, 1)); day = day.plusDays(1)) {
            for (int hour : new int[] {9, 18}) {
                clock.set(at(day, hour));
                backups.dailyIfDue(db);
            }
        }

        assertThat(backups.list(db).stream()
                        .map(b -> b.madeAt().atZone(ZONE))
                        .peek(t -> assertThat(t.getHour()).isEqualTo(9))
                        .map(t -> t.toLocalDate().toString().substring(5))
                        .sorted()
                        .toList())
                .isEqualTo(kept);
    }

    @Test
    void backupsTheUserAskedForAndThoseBeforeARestoreAreNeverRotatedAway() {
        BackupService backups = service(new Retention(1, 0));
        Path db = dir.resolve("claimdesk.db");
        AppServices.open(db, clock, backups);
        Backup manual = backups.backUp(db, Backup.Reason.MANUAL);
        clock.advance(Duration.ofMinutes(1));
        Backup beforeRestore = backups.backUp(db, Backup.Reason.BEFORE_RESTORE);
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofDays(1));
            backups.dailyIfDue(db);
        }

        assertThat(backups.list(db))
                .extracting(Backup::reason)
                .containsExactly(Backup.Reason.DAILY, Backup.Reason.BEFORE_RESTORE, Backup.Reason.MANUAL);
        assertThat(Files.exists(manual.file()) && Files.exists(beforeRestore.file()))
                .isTrue();
    }

    @Test
    void backupsOfTwoFilesWithTheSameNameDoNotMixAndSayWhichFileTheyBelongTo() throws Exception {
        BackupService backups = service(Retention.DEFAULT);
        Path a = dir.resolve("desk-a/claimdesk.db");
        Path b = dir.resolve("desk-b/claimdesk.db");
        DemoArticle.importInto(AppServices.open(a, clock, backups).articles(), "Ada");
        AppServices.open(b, clock, backups);

        Backup ofA = backups.backUp(a, Backup.Reason.MANUAL);
        Backup ofB = backups.backUp(b, Backup.Reason.MANUAL);

        assertThat(backups.folderFor(a)).isNotEqualTo(backups.folderFor(b));
        assertThat(backups.list(a)).containsExactly(ofA);
        assertThat(backups.list(b)).containsExactly(ofB);
        assertThat(ofA.database()).isEqualTo(a.toRealPath());
        assertThat(ofA.counts().articles()).isEqualTo(1);
        assertThat(ofB.counts().articles()).isZero();
        assertThat(Files.readString(backups.folderFor(a).resolve("database.txt"))
                        .strip())
                .isEqualTo(a.toRealPath().toString());
    }

    @Test
    void twoBackupsInTheSameSecondGetTwoFiles() {
        BackupService backups = service(Retention.DEFAULT);
        Path db = dir.resolve("claimdesk.db");
        AppServices.open(db, clock, backups);

        Backup first = backups.backUp(db, Backup.Reason.MANUAL);
        Backup second = backups.backUp(db, Backup.Reason.MANUAL);

        assertThat(first.file()).isNotEqualTo(second.file());
        assertThat(backups.list(db)).extracting(Backup::file).containsExactly(second.file(), first.file());
    }

    @Test
    void aBackupToAChosenFileReplacesItAndIsNotAmongTheListedOnes() throws Exception {
        BackupService backups = service(Retention.DEFAULT);
        Path db = dir.resolve("claimdesk.db");
        DemoArticle.importInto(AppServices.open(db, clock, backups).articles(), "Ada");
        Path out = dir.resolve("usb/copy.db");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "an older copy");

        backups.backUpTo(db, out);

        assertThat(DatabaseCheck.run(out).articles()).isEqualTo(1);
        assertThat(backups.list(db)).isEmpty();
    }
}
