package dev.claimdesk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code claimdesk} command: global options; with no subcommand it starts the GUI. */
@Command(
        name = "claimdesk",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        versionProvider = VersionProvider.class,
        description = "ClaimDesk: find, research and rate the check-worthy claims of news articles.",
        subcommands = {
            GuiCommand.class,
            CheckCommand.class,
            ImportCommand.class,
            ClaimsCommand.class,
            ExtractCommand.class,
            ScoreCommand.class,
            ExportCommand.class,
            BackupCommand.class,
            BackupsCommand.class,
            RestoreCommand.class
        },
        footer = {
            "",
            "Exit codes: 0 success (check: healthy), 1 failure, 2 not a ClaimDesk database / damaged / too new,",
            "3 export finished but left claims out, 64 wrong command line.",
            "Environment: CLAIMDESK_DB (database file), CLAIMDESK_DATA_DIR (data folder)."
        })
final class ClaimDeskCommand implements Runnable {
    @Option(
            names = "--db",
            paramLabel = "FILE",
            scope = ScopeType.INHERIT,
            description = "Database file (default: $CLAIMDESK_DB, else claimdesk.db in the data folder).")
    Path db;

    private final Cli cli;

    ClaimDeskCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public void run() {
        cli.startGui(db);
    }
}
