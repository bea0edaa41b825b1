package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatLaf;
import dev.claimdesk.app.AppPaths;
import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.BackupService;
import dev.claimdesk.app.GuiStarter;
import dev.claimdesk.app.Settings;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.ui.task.SwingTaskRunner;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import javax.swing.SwingUtilities;

/** Starts the desktop UI the way FlatLaf's author does: properties first, then everything on the EDT. */
public final class UiStarter implements GuiStarter {
    private final Runnable exit;
    private final java.io.PrintWriter probeOut;

    /** @param exit what quitting does (the launcher ends the process; tests do not) */
    public UiStarter(Runnable exit) {
        this(exit, new java.io.PrintWriter(java.io.Writer.nullWriter()));
    }

    /**
     * @param exit what quitting does
     * @param probeOut where {@code -Dclaimdesk.startupProbe} writes its milestones (the launcher's
     *     standard output)
     */
    public UiStarter(Runnable exit, java.io.PrintWriter probeOut) {
        this.exit = exit;
        this.probeOut = probeOut;
    }

    @Override
    public void start(AppPaths paths) {
        launch(paths, new dev.claimdesk.app.DatabaseLocation.File(paths.database()));
    }

    /** The window on a team server: the password from PGPASSWORD or ~/.pgpass, else the Connect dialog asks. */
    @Override
    public void startOnServer(AppPaths paths, dev.claimdesk.domain.ServerAddress server) {
        launch(paths, new dev.claimdesk.app.DatabaseLocation.Server(server, null));
    }

    private void launch(AppPaths paths, dev.claimdesk.app.DatabaseLocation where) {
        if (GraphicsEnvironment.isHeadless()) {
            throw new ClaimDeskException(
                    ClaimDeskException.Problem.IO,
                    "There is no display to open the ClaimDesk window on. Run it in a desktop session,"
                            + " or use the command-line commands (claimdesk --help).");
        }
        Settings settings = Settings.load(paths.settingsFile());
        System.setProperty("flatlaf.uiScale.allowScaleDown", "true");
        BackupService backups = BackupService.of(paths, settings, Clock.systemDefaultZone());
        dev.claimdesk.app.TeamServerService servers = new dev.claimdesk.app.TeamServerService(System.getenv());
        DatabaseOpener opener = place -> place instanceof dev.claimdesk.app.DatabaseLocation.Server s
                ? servers.open(s, paths, Clock.systemUTC())
                : AppServices.open(
                        paths.withDatabase(((dev.claimdesk.app.DatabaseLocation.File) place).path()),
                        Clock.systemUTC(),
                        backups);
        SwingUtilities.invokeLater(() -> open(settings, where, opener, backups));
    }

    /** Builds and shows the main window, then opens the database in the background. On the EDT. */
    MainFrame open(Settings settings, Path database, Function<Path, AppServices> opener) {
        return open(settings, database, opener, null);
    }

    /** As above, with automatic backups and File > Restore from backup… ({@code backups} null: none). */
    MainFrame open(Settings settings, Path database, Function<Path, AppServices> opener, BackupService backups) {
        return open(
                settings, new dev.claimdesk.app.DatabaseLocation.File(database), DatabaseOpener.files(opener), backups);
    }

    /** The window on a file or a team server, opened by {@code opener} in the background. On the EDT. */
    MainFrame open(
            Settings settings, dev.claimdesk.app.DatabaseLocation where, DatabaseOpener opener, BackupService backups) {
        FlatLaf.registerCustomDefaultsSource("dev.claimdesk.ui");
        Theme.parse(settings.get(Theme.SETTING).orElse(null)).install();
        MainFrame frame = new MainFrame(settings);
        SwingTaskRunner runner = new SwingTaskRunner();
        runner.setActivityListener(frame.statusBar()::setActivity);
        // A closed window's background work (filling embeddings, say) stops instead of writing on.
        frame.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                runner.cancelAll();
            }
        });
        SwingDialogService dialogs = new SwingDialogService(frame, FileLocations.inHome(settings));
        EdtErrorHandler.install(dialogs);
        MainPresenter presenter = MainPresenter.onFilesAndServers(frame, dialogs, runner, settings, opener, () -> {
            frame.dispose();
            exit.run();
        });
        frame.setPresenter(presenter);
        StartupProbe probe = StartupProbe.fromSystem(probeOut);
        probe.onExit(presenter::closing);
        frame.useProbe(probe);
        frame.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                presenter.stopListening(); // stop hearing the team server
            }
        });
        if (backups != null) {
            SwingBackupDialogs backupDialogs = new SwingBackupDialogs(frame, dialogs);
            presenter.useBackups(new BackupPresenter(
                    backups, backupDialogs, presenter.actions(), frame::showStatus, presenter::openDatabase));
        }
        frame.setVisible(true);
        presenter.openDatabase(where);
        return frame;
    }
}
