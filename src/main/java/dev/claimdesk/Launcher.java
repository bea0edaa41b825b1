package dev.claimdesk;

import dev.claimdesk.app.AppPaths;
import dev.claimdesk.cli.Cli;
import dev.claimdesk.cli.QuickVersion;
import dev.claimdesk.store.NativeSqlite;
import dev.claimdesk.ui.UiStarter;

/**
 * The composition root: points the log at the data folder, then hands the command line to the
 * CLI, which starts the GUI when no command (or {@code gui}) is given.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        // --version alone: answered before the log, picocli and the database load (a fast answer).
        if (QuickVersion.printIfAsked(args)) {
            return;
        }
        AppPaths paths = AppPaths.fromSystem(null);
        // Before the first logger exists: LogConfiguration reads the folder from this property.
        System.setProperty("claimdesk.logDir", paths.logDir().toString());
        // The SQLite native library is copied once per version into the data folder, not on every start.
        NativeSqlite.useCopyIn(paths.dataDir());
        Cli cli = Cli.onStandardStreams(out -> new UiStarter(() -> System.exit(0), out));
        int code = cli.execute(args);
        if (!cli.guiStarted() || code != 0) {
            System.exit(code);
        }
    }
}
