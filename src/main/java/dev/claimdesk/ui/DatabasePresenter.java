package dev.claimdesk.ui;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.DamagedDatabaseException;
import dev.claimdesk.app.DatabaseLocation;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.DataChange;
import dev.claimdesk.domain.ServerAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * Which database the window works on: opening a file or connecting to a team server, the recent
 * list (servers without passwords), failures, backups, and the changes other people make on a
 * team server, which reach the open window as they are committed.
 */
final class DatabasePresenter {
    static final String RECENT_SETTING = "recent.databases";
    static final int RECENT_MAX = 6;

    private final Workbench w;
    private final DatabaseOpener opener;
    private final Runnable quit;
    private final Consumer<AppServices> opened;
    private BackupPresenter backups;
    private DatabaseLocation lastOpened;
    private Consumer<DataChange> othersChanged = change -> {};
    private AutoCloseable listening = () -> {};

    /** @param opened told on the EDT when a database is open (the others then load from it) */
    DatabasePresenter(Workbench w, DatabaseOpener opener, Runnable quit, Consumer<AppServices> opened) {
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

    /** Told on the EDT of each change another person committed on the team server. */
    void onOthersChanged(Consumer<DataChange> listener) {
        this.othersChanged = listener;
    }

    /** File > Restore from backup…: the backups of the open database (or of the one that failed to open). */
    void restoreFromBackup() {
        if (w.state().hasDatabase() && w.state().services().isServer()) {
            w.dialogs()
                    .showInfo(
                            "Backups of a team server",
                            "A team server is backed up on the server, by the desk's IT (pg_dump), not by"
                                    + " ClaimDesk. Ask them to restore it.");
            return;
        }
        Path db = w.state().hasDatabase()
                ? w.state().services().databaseFile()
                : lastOpened instanceof DatabaseLocation.File f ? f.path() : null;
        if (backups != null && db != null) {
            backups.chooseAndRestore(db);
        }
    }

    /** Opens a database file in the background. */
    void openDatabase(Path file) {
        open(new DatabaseLocation.File(file));
    }

    /** Opens a file or connects to a team server in the background; on trouble, explains and offers a way out. */
    void open(DatabaseLocation where) {
        lastOpened = where;
        w.view().showRecentDatabases(recentDatabases());
        w.view().setDatabaseReady(false);
        if (!w.state().hasDatabase()) {
            w.view().showOpening(where);
        }
        boolean server = where instanceof DatabaseLocation.Server;
        w.status((server ? "Connecting to " : "Opening ") + where.display() + " …");
        w.actions()
                .action(server ? "Connecting to the team server" : "Opening the database", c -> opener.open(where))
                .withoutDatabase()
                .latest("open")
                .onSuccess(this::databaseOpened)
                .onFailure(e -> databaseFailed(where, e))
                .run();
    }

    /** File > Open recent: a file opens at once; a team server is asked for, filled in, for its password. */
    void openRecent(DatabaseLocation where) {
        if (where instanceof DatabaseLocation.Server s) {
            askServer(s.address(), null);
        } else {
            open(where);
        }
    }

    /** File > Connect to team server…: the last server used, or an empty form. */
    void connectToServer() {
        ServerAddress last = recentDatabases().stream()
                .filter(DatabaseLocation.Server.class::isInstance)
                .map(l -> ((DatabaseLocation.Server) l).address())
                .findFirst()
                .orElse(null);
        askServer(last, null);
    }

    private void askServer(ServerAddress prefill, String problem) {
        w.dialogs().askServer(prefill, problem).ifPresent(this::open);
    }

    private void databaseOpened(AppServices services) {
        stopListening();
        w.state().databaseOpened(services);
        services.onWaitingForDatabase(message -> SwingUtilities.invokeLater(() -> w.status(message)));
        DatabaseLocation where = services.location();
        rememberRecent(where);
        w.view().showDatabase(where);
        w.view().setDatabaseReady(true);
        w.status(w.settings().loadProblem().orElse(services.isServer() ? "Connected." : "Ready."));
        if (backups != null && !services.isServer()) {
            backups.afterOpen(services.databaseFile());
        }
        listenForChanges(services);
        fillEmbeddings();
        keepEarlierCopies();
        opened.accept(services);
    }

    /**
     * On a team server, other people's changes reach the window as they are committed (a reload
     * of what they touch); the reviewer's own are shown already. The connection's loss and return
     * are said in the status bar.
     */
    private void listenForChanges(AppServices services) {
        String me = services.signedInReviewer().orElse(null);
        listening = services.listenForChanges(
                change -> {
                    if (me == null || !me.equals(change.by())) {
                        SwingUtilities.invokeLater(() -> {
                            if (w.state().hasDatabase() && w.state().services() == services) {
                                othersChanged.accept(change);
                            }
                        });
                    }
                },
                (connected, message) -> SwingUtilities.invokeLater(() -> {
                    if (!connected && w.state().hasDatabase() && w.state().services() == services) {
                        w.status(message);
                    }
                }));
    }

    /** Stops hearing the team server (another database opens, or the window closes). */
    void stopListening() {
        try {
            listening.close();
        } catch (Exception e) {
            // closing a listener that already stopped: nothing to tell anyone
        }
        listening = () -> {};
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

    /**
     * Local copies attached before the database kept them are read in from their files, in the
     * background, when the files are still on this computer (an older database, issue 13).
     */
    private void keepEarlierCopies() {
        w.actions()
                .action(
                        "Keeping earlier local copies in the database",
                        c -> c.services()
                                .evidence()
                                .keepEarlierCopies(
                                        c.services().reviewerFor(System.getProperty("user.name", "claimdesk")),
                                        () -> Thread.currentThread().isInterrupted()))
                .latest("localCopies")
                .onSuccess(r -> {
                    if (r.kept() > 0) {
                        w.status("Kept " + r.kept() + " earlier local copies of evidence in the database.");
                    }
                })
                .onFailure(e -> w.status("Earlier local copies of evidence could not be kept in the database."))
                .run();
    }

    private void databaseFailed(DatabaseLocation where, ClaimDeskException e) {
        w.status("Could not " + (where instanceof DatabaseLocation.Server ? "connect to " : "open ") + where.display()
                + ".");
        if (where instanceof DatabaseLocation.Server s) {
            // The form again, filled in, with the server's answer in words above it.
            java.util.Optional<DatabaseLocation.Server> again = w.dialogs().askServer(s.address(), e.userMessage());
            if (again.isPresent()) {
                open(again.get());
            } else if (w.state().hasDatabase()) {
                w.view().setDatabaseReady(true);
                w.status("Still working in " + w.state().services().location().display() + ".");
            } else {
                w.view().showOpening(null);
                w.status("No database is open: File > Open database… or File > Connect to team server…");
            }
            return;
        }
        if (w.state().hasDatabase()) {
            // Another database is open: keep working in it.
            w.dialogs().showError(e.problem().title(), e.userMessage());
            w.view().setDatabaseReady(true);
            w.status("Still working in " + w.state().services().location().display() + ".");
            return;
        }
        w.view().showOpening(null);
        Path file = ((DatabaseLocation.File) where).path();
        DamagedDatabaseException damaged = backups != null && e instanceof DamagedDatabaseException d ? d : null;
        DialogService.DatabaseProblemChoice choice = damaged != null
                ? w.dialogs().askAfterDamage(e.problem().title(), e.userMessage())
                : w.dialogs().askAfterDatabaseProblem(e.problem().title(), e.userMessage());
        Runnable askAgain = () -> databaseFailed(where, e);
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

    /** The databases and servers opened last, newest first (the File > Open recent menu). */
    List<DatabaseLocation> recentDatabases() {
        List<DatabaseLocation> out = new ArrayList<>();
        w.settings().get(RECENT_SETTING).stream()
                .flatMap(v -> Arrays.stream(v.split("\n")))
                .filter(p -> !p.isBlank())
                .forEach(p -> {
                    try {
                        out.add(DatabaseLocation.parse(p.strip()));
                    } catch (ClaimDeskException | java.nio.file.InvalidPathException unreadable) {
                        // a line edited by hand into nonsense is left out of the menu
                    }
                });
        return out;
    }

    private void rememberRecent(DatabaseLocation where) {
        List<DatabaseLocation> recent = new ArrayList<>(recentDatabases());
        DatabaseLocation kept = where instanceof DatabaseLocation.File f
                ? new DatabaseLocation.File(f.path().toAbsolutePath().normalize())
                : where;
        recent.remove(kept);
        recent.add(0, kept);
        List<DatabaseLocation> first = recent.subList(0, Math.min(RECENT_MAX, recent.size()));
        w.settings()
                .put(
                        RECENT_SETTING,
                        String.join(
                                "\n",
                                first.stream().map(DatabaseLocation::remembered).toList()));
        w.view().showRecentDatabases(List.copyOf(first));
        w.saveSettings();
    }
}
