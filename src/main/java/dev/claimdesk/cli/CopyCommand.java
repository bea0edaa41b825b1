package dev.claimdesk.cli;

import dev.claimdesk.app.AppPaths;
import dev.claimdesk.app.TeamServerService;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claimdesk copy --from FILE --to SERVER}: moves a desk from a file to an empty team database. */
@Command(
        name = "copy",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = "Copy everything of a database file (articles, claims, evidence, reviews, history, scales, "
                + "reviewers) into an empty team database, keeping ids, names and times. Sign in as the team "
                + "database's owner (PGPASSWORD or ~/.pgpass). A database already in use is refused; the copy "
                + "is checked (row counts and checksums) before it is kept.")
final class CopyCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The database file to copy.")
    Path from;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "SERVER",
            description = "The team database: postgresql://OWNER@HOST[:PORT]/DATABASE.")
    String to;

    private final Cli cli;

    CopyCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        AppPaths paths = cli.paths(from);
        TeamServerService.Copied r = cli.teamServer().copy(from, to, cli.backups(paths));
        cli.out()
                .printf(
                        "Copied %s to %s: %s; counts and checksums verified.%n",
                        r.from(),
                        r.to(),
                        r.rows().entrySet().stream()
                                .map(e -> e.getValue() + " " + e.getKey())
                                .collect(Collectors.joining(", ")));
        return ExitCodes.OK;
    }
}
