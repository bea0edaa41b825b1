package dev.claimdesk.cli;

import dev.claimdesk.app.AppPaths;
import dev.claimdesk.app.DatabaseCheck;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code claimdesk check}: a read-only integrity check of a database file. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = {
            "Check a database without changing it.",
            "Exit 0 when healthy; 2 when it is not a ClaimDesk database, is damaged or is from a newer ClaimDesk."
        })
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    ClaimDeskCommand parent;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Database to check (default: as for --db).")
    Path file;

    private final Cli cli;

    CheckCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        AppPaths paths = cli.paths(parent.db);
        Path target = file != null ? file : paths.database();
        DatabaseCheck.Report r = DatabaseCheck.run(target, cli.backups(paths));
        cli.out()
                .printf(
                        "%s: healthy ClaimDesk database (data format %d): %d articles, %d claims, %d evidence items,"
                                + " %d history entries.%n",
                        target, r.schemaVersion(), r.articles(), r.claims(), r.evidence(), r.auditEvents());
        return ExitCodes.OK;
    }
}
