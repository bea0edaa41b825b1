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
        AppPaths paths = cli.paths(parent.database());
        Path target = file != null ? file : paths.database();
        DatabaseCheck.Report r = DatabaseCheck.run(target, cli.backups(paths));
        cli.out()
                .printf(
                        "%s: healthy ClaimDesk database (data format %d): %s, %s, %s, %s.%n",
                        target,
                        r.schemaVersion(),
                        count(r.articles(), "article", "articles"),
                        count(r.claims(), "claim", "claims"),
                        count(r.evidence(), "evidence item", "evidence items"),
                        count(r.auditEvents(), "history entry", "history entries"));
        return ExitCodes.OK;
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
