package dev.claimdesk.ui;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.DamagedDatabaseException;
import dev.claimdesk.domain.ClaimDeskException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Which database the window works on: opening, creating, the recent list, failures, backups. */
final class DatabasePresenter {
    static final String RECENT_SETTING = "recent.databases";
    static final int RECENT_MAX = 6;

    private final Workbench w;
    private final Function<Path, AppServices> opener;
    private final Runnable quit;
    private final Consumer<AppServices> opened;
    private BackupPresenter backups;
    private Path lastOpened;

    /** @param opened told on the EDT when a database is open (the others then load from it) */
    DatabasePresenter(Workbench w, Function<Path, AppServices> opener, Runnable quit, Consumer<AppServices> opened) {
        this.w = w;
        this.opener = opener;
        this.quit = quit;
        this.opened = opened;
    }

    void useBackups(BackupPresenter presenter) {
        this.backups = presenter;
    }

    BackupPresenter backups() {
        return backups;
    }

    /** File > Restore from backup…: the backups of the open database (or of the one that failed to open). */
    void restoreFromBackup() {
        Path db = w.state().hasDatabase() ? w.state().services().databaseFile() : lastOpened;
        if (backups != null && db != null) {
            backups.chooseAndRestore(db);
        }
    }

    /** Opens a database in the background; on trouble, explains and offers a way out. */
    void openDatabase(Path file) {
        lastOpened = file;
        w.view().showRecentDatabases(recentDatabases());
        w.view().setDatabaseReady(false);
        if (!w.state().hasDatabase()) {
            w.view().showOpening(file);
        }
        w.status("Opening " + file + " …");
        w.actions()
                .action("Opening the database", c -> opener.apply(file))
                .withoutDatabase()
                .latest("open")
                .onSuccess(this::databaseOpened)
                .onFailure(e -> databaseFailed(file, e))
                .run();
    }

    private void databaseOpened(AppServices services) {
        w.state().databaseOpened(services);
        services.onWaitingForDatabase(message -> javax.swing.SwingUtilities.invokeLater(() -> w.status(message)));
        rememberRecent(services.databaseFile());
        w.view().showDatabase(services.databaseFile());
        w.view().setDatabaseReady(true);
        w.status(w.settings().loadProblem().orElse("Ready."));
        if (backups != null) {
            backups.afterOpen(services.databaseFile());
        }
        fillEmbeddings();
        opened.accept(services);
    }

    /**
     * Gives claims of an older database their embeddings for "checked before", in the background
     * and a batch at a time, so the reviewer works on meanwhile; stops when the task is cancelled.
     */
    private void fillEmbeddings() {
        w.actions()
                .action(
                        "Preparing claims for \u201cchecked before\u201d",
                        c -> c.services()
                                .matching()
                                .fillMissing(() -> Thread.currentThread().isInterrupted()))
                .latest("embeddings")
                .onSuccess(n -> {
                    if (n > 0) {
                        w.status("Prepared " + n + " earlier claims for \u201cchecked before\u201d.");
                    }
                })
                .onFailure(e -> w.status("Earlier claims could not be prepared for \u201cchecked before\u201d."))
                .run();
    }

    private void databaseFailed(Path file, ClaimDeskException e) {
        w.status("Could not open " + file.getFileName() + ".");
        if (w.state().hasDatabase()) {
            // Another database is open: keep working in it.
            w.dialogs().showError(e.problem().title(), e.userMessage());
            w.view().setDatabaseReady(true);
            w.status("Still working in " + w.state().services().databaseFile().getFileName() + ".");
            return;
        }
        w.view().showOpening(null);
        DamagedDatabaseException damaged = backups != null && e instanceof DamagedDatabaseException d ? d : null;
        DialogService.DatabaseProblemChoice choice = damaged != null
                ? w.dialogs().askAfterDamage(e.problem().title(), e.userMessage())
                : w.dialogs().askAfterDatabaseProblem(e.problem().title(), e.userMessage());
        Runnable askAgain = () -> databaseFailed(file, e);
        switch (choice) {
            case RESTORE_NEWEST -> backups.restoreOver(damaged.newestBackup(), file, askAgain);
            case OPEN_OTHER -> w.dialogs().chooseDatabaseFile().ifPresentOrElse(this::openDatabase, askAgain);
            case CREATE_NEW -> w.dialogs().chooseNewDatabaseFile().ifPresentOrElse(this::openDatabase, askAgain);
            case QUIT -> quit.run();
        }
    }

    /** File > New database: asks where, then creates and opens it. */
    void newDatabase() {
        w.dialogs().chooseNewDatabaseFile().ifPresent(this::openDatabase);
    }

    /** File > Open database: an existing ClaimDesk database. */
    void openOtherDatabase() {
        w.dialogs().chooseDatabaseFile().ifPresent(this::openDatabase);
    }

    /** The databases opened last, newest first (the File > Open recent menu). */
    List<Path> recentDatabases() {
        return w.settings().get(RECENT_SETTING).stream()
                .flatMap(v -> Arrays.stream(v.split("\n")))
                .filter(p -> !p.isBlank())
                .map(Path::of)
                .toList();
    }

    private void rememberRecent(Path file) {
        List<Path> recent = new ArrayList<>(recentDatabases());
        Path abs = file.toAbsolutePath().normalize();
        recent.remove(abs);
        recent.add(0, abs);
        List<Path> kept = recent.subList(0, Math.min(RECENT_MAX, recent.size()));
        w.settings()
                .put(
                        RECENT_SETTING,
                        String.join("\n", kept.stream().map(Path::toString).toList()));
        w.view().showRecentDatabases(List.copyOf(kept));
        w.saveSettings();
    }
}
