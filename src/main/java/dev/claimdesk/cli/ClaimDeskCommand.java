package dev.claimdesk.cli;

import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ServerAddress;
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
            ArchiveCommand.class,
            SimilarCommand.class,
            ExportCommand.class,
            BackupCommand.class,
            BackupsCommand.class,
            RestoreCommand.class,
            ServerCommand.class
        },
        footer = {
            "",
            "Exit codes: 0 success (check: healthy), 1 failure, 2 not a ClaimDesk database / damaged / too new,",
            "3 export finished but left claims out, 64 wrong command line.",
            "Environment: CLAIMDESK_DB (database file), CLAIMDESK_DATA_DIR (data folder),",
            "PGPASSWORD (password of the login in a server address; else ~/.pgpass is read)."
        })
final class ClaimDeskCommand implements Runnable {
    /** The database file of --db (null when not given, or when it names a server). */
    private Path db;

    /** --db as typed: a path turns "postgresql://host/db" into "postgresql:/host/db". */
    String dbText;

    @Option(
            names = "--db",
            paramLabel = "FILE",
            scope = ScopeType.INHERIT,
            description = "Database file (default: $CLAIMDESK_DB, else claimdesk.db in the data folder); for"
                    + " 'server add-reviewer', the team server (postgresql://LOGIN@HOST/DATABASE).")
    void db(String value) {
        dbText = value;
        db = ServerAddress.isServerAddress(value) ? null : Path.of(value);
    }

    private final Cli cli;

    ClaimDeskCommand(Cli cli) {
        this.cli = cli;
    }

    /**
     * The database file of --db, or null when none was given. A server address is refused: only
     * {@code server add-reviewer} connects to a team server so far.
     */
    Path database() {
        if (dbText != null && db == null) {
            throw new ClaimDeskException(
                    ClaimDeskException.Problem.INVALID_INPUT,
                    "This command works on a database file; a team server ("
                            + ServerAddress.parse(dbText).display()
                            + ") is used only by 'claimdesk server add-reviewer' so far.");
        }
        return db;
    }

    @Override
    public void run() {
        cli.startGui(database());
    }
}
