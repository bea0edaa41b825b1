package dev.claimdesk.ui;

import dev.claimdesk.app.Backup;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The questions of restoring a backup, so {@link BackupPresenter} tests without windows. */
interface BackupDialogs {
    /** Which backup to restore, and where; empty when cancelled. */
    Optional<RestoreChoice> chooseBackup(Path database, List<Backup> backups, ZoneId zone);

    /** Asks before the database is replaced by {@code backup}; true to go ahead. */
    boolean confirmReplace(Path database, Backup backup, ZoneId zone);

    void showError(String title, String message);

    void showInfo(String title, String message);

    /** A backup to restore: into {@code newFile}, or over the database when it is null. */
    record RestoreChoice(Backup backup, Path newFile) {
        boolean overDatabase() {
            return newFile == null;
        }
    }
}
