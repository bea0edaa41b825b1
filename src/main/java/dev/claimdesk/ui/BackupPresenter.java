package dev.claimdesk.ui;

import dev.claimdesk.app.Backup;
import dev.claimdesk.app.BackupRestore;
import dev.claimdesk.app.BackupService;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Backups in the window: the daily backup after a database opens, File > Restore from backup…,
 * and restoring the newest backup of a damaged file. All file work runs through the action runner,
 * with or without an open database (a damaged file is restored before anything is open).
 */
final class BackupPresenter {
    private final BackupService service;
    private final BackupRestore restore;
    private final BackupDialogs dialogs;
    private final UserActionRunner runner;
    private final Consumer<String> status;
    private final Consumer<Path> open;

    /**
     * @param status shows a line in the status bar
     * @param open opens a database in the window (after a restore)
     */
    BackupPresenter(
            BackupService service,
            BackupDialogs dialogs,
            UserActionRunner runner,
            Consumer<String> status,
            Consumer<Path> open) {
        this.service = service;
        this.restore = new BackupRestore(service);
        this.dialogs = dialogs;
        this.runner = runner;
        this.status = status;
        this.open = open;
    }

    /** Makes the day's backup in the background, once a day; the user keeps working meanwhile. */
    void afterOpen(Path database) {
        runner.action("Backing up the database", c -> service.dailyIfDue(database))
                .onSuccess(made -> made.ifPresent(
                        b -> status.accept("Backed up to " + b.file().getFileName() + ".")))
                .onFailure(e -> {
                    status.accept("Today's backup could not be made.");
                    dialogs.showError("Backup failed", e.userMessage());
                })
                .withoutDatabase()
                .run();
    }

    /** File > Restore from backup…: lists the backups of {@code database}, then restores the chosen one. */
    void chooseAndRestore(Path database) {
        runner.action("Reading the backups", c -> service.list(database))
                .onSuccess(list -> {
                    if (list.isEmpty()) {
                        dialogs.showInfo(
                                "No backups",
                                "There is no backup of " + database.getFileName() + " yet. ClaimDesk makes one on the"
                                        + " first open of each day and before it upgrades the file.");
                        return;
                    }
                    dialogs.chooseBackup(database, list, service.zone()).ifPresent(choice -> {
                        if (!choice.overDatabase()) {
                            restoreAsNew(choice.backup(), choice.newFile());
                        } else if (dialogs.confirmReplace(database, choice.backup(), service.zone())) {
                            restoreOver(choice.backup(), database, () -> {});
                        }
                    });
                })
                .withoutDatabase()
                .run();
    }

    /** Replaces {@code database} with {@code backup} (keeping it as a backup first), then opens it. */
    void restoreOver(Backup backup, Path database, Runnable afterFailure) {
        runner.action("Restoring the backup", c -> restore.restoreOver(backup.file(), database))
                .onSuccess(kept -> {
                    String done = "Restored the backup from " + backup.when(service.zone()) + " into "
                            + database.getFileName() + "."
                            + kept.map(b -> " The file as it was is kept as the backup " + b.file() + ".")
                                    .orElse("");
                    status.accept(done);
                    open.accept(database);
                    // The status bar is soon taken by the reopened database: say it where it stays.
                    dialogs.showInfo("Backup restored", done);
                })
                .onFailure(e -> {
                    dialogs.showError(e.problem().title(), e.userMessage());
                    afterFailure.run();
                })
                .withoutDatabase()
                .run();
    }

    private void restoreAsNew(Backup backup, Path newFile) {
        runner.action("Restoring the backup", c -> restore.restoreAsNew(backup.file(), newFile))
                .onSuccess(file -> {
                    String done = "Restored the backup from " + backup.when(service.zone()) + " into the new file "
                            + file + ", which is now open. " + "The database you had open is unchanged.";
                    status.accept(done);
                    open.accept(file);
                    dialogs.showInfo("Backup restored", done);
                })
                .onFailure(e -> dialogs.showError(e.problem().title(), e.userMessage()))
                .withoutDatabase()
                .run();
    }
}
