package dev.claimdesk;

import dev.claimdesk.app.AppPaths;
import dev.claimdesk.cli.Cli;
import dev.claimdesk.ui.UiStarter;

/**
 * The composition root: points the log at the data folder, then hands the command line to the
 * CLI, which starts the GUI when no command (or {@code gui}) is given.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        // Before the first logger exists: logback.xml reads the folder from this property.
        System.setProperty(
                "claimdesk.logDir", AppPaths.fromSystem(null).logDir().toString());
        Cli cli = Cli.onStandardStreams(new UiStarter(() -> System.exit(0)));
        int code = cli.execute(args);
        if (!cli.guiStarted() || code != 0) {
            System.exit(code);
        }
    }
}
