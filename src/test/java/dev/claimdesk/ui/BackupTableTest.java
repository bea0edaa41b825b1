package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.Backup;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackupTableTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static Backup backup(String at, Backup.Counts counts, long size) {
        return new Backup(
                Path.of("b.db"), Path.of("claimdesk.db"), Instant.parse(at), Backup.Reason.DAILY, size, counts);
    }

    @Test
    void aRowShowsTheLocalDateTheSizeAndWhatTheBackupHolds() {
        Backup b = backup("2027-03-01T08:30:00Z", new Backup.Counts(3, 2, 47, 10, 120), 2_400_000);

        assertThat(IntStream.range(0, BackupTable.COLUMNS.length)
                        .mapToObj(c -> BackupTable.cell(b, c, BERLIN))
                        .toList())
                .containsExactly("2027-03-01 09:30", "2.3 MB", "2", "47", "10", "Daily");
    }

    @Test
    void anUnreadableBackupSaysSoAndIsNotOfferedFirst() {
        Backup unreadable = backup("2027-03-02T08:30:00Z", null, 900);
        Backup fine = backup("2027-03-01T08:30:00Z", new Backup.Counts(3, 1, 1, 0, 2), 48_000);

        assertThat(BackupTable.cell(unreadable, 2, BERLIN)).isEqualTo("cannot be restored");
        assertThat(BackupTable.cell(unreadable, 1, BERLIN)).isEqualTo("900 bytes");
        assertThat(BackupTable.firstReadable(List.of(unreadable, fine))).isEqualTo(1);
        assertThat(BackupTable.firstReadable(List.of(unreadable))).isEqualTo(-1);
    }
}
