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
            ArticlesCommand.class,
            ClaimsCommand.class,
            ActCommand.class,
            VerdictCommand.class,
            AddEvidenceCommand.class,
            ExtractCommand.class,
            ScoreCommand.class,
            ArchiveCommand.class,
            SimilarCommand.class,
            ExportCommand.class,
            BackupCommand.class,
            BackupsCommand.class,
            RestoreCommand.class,
            ScalesCommand.class,
            StatsCommand.class,
            CopyCommand.class,
            ServerCommand.class
        },
        footer = {
            "",
            "Exit codes: 0 success (check: healthy); 1 failure; 2 not a ClaimDesk database, damaged or too new;"
                    + " 3 export finished but left claims out; 64 wrong command line.",
            "Environment: CLAIMDESK_DB (database file or team server); CLAIMDESK_DATA_DIR (data folder);"
                    + " PGPASSWORD (password of the login in a server address; else ~/.pgpass is read)."
        })
final class ClaimDeskCommand implements Runnable {
    /** The database file of --db (null when not given, or when it names a server). */
    private Path db;

    /** --db as typed: a path turns "postgresql://host/db" into "postgresql:/host/db". */
    String dbText;

    @Option(
            names = "--db",
            paramLabel = "FILE|SERVER",
            scope = ScopeType.INHERIT,
            description =
                    "Database file (default: $CLAIMDESK_DB, else claimdesk.db in the data folder), or a team"
                            + " server: postgresql://LOGIN@HOST[:PORT]/DATABASE (the window, import, articles, claims, export, server).")
    void db(String value) {
        dbText = value;
        db = ServerAddress.isServerAddress(value) ? null : Path.of(value);
    }

    private final Cli cli;

    ClaimDeskCommand(Cli cli) {
        this.cli = cli;
    }

    /**
     * The team server named by --db, else by CLAIMDESK_DB; empty when the database is a file.
     */
    java.util.Optional<ServerAddress> server() {
        if (dbText != null) {
            return db == null ? java.util.Optional.of(ServerAddress.parse(dbText)) : java.util.Optional.empty();
        }
        String env = cli.environment().get("CLAIMDESK_DB");
        return ServerAddress.isServerAddress(env)
                ? java.util.Optional.of(ServerAddress.parse(env))
                : java.util.Optional.empty();
    }

    /**
     * The database file of --db, or null when none was given, for the commands that exist only
     * for files (check, backup, backups, restore, the window for now): a team server is refused
     * with what to use there instead.
     */
    Path database() {
        java.util.Optional<ServerAddress> server = server();
        if (server.isPresent()) {
            throw new ClaimDeskException(
                    ClaimDeskException.Problem.INVALID_INPUT,
                    "This command works on a database file, and " + server.get().display() + " is a team server."
                            + " A team server is backed up on the server with pg_dump (for example pg_dump -Fc -f"
                            + " desk.dump " + server.get().database() + "), restored with pg_restore, and checked"
                            + " by PostgreSQL itself.");
        }
        return db;
    }

    @Override
    public void run() {
        cli.startGui(this);
    }
}
