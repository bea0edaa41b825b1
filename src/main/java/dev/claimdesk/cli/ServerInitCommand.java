package dev.claimdesk.cli;

import dev.claimdesk.app.TeamServerService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code claimdesk server init URL}: the schema and the reviewers' groups on an empty database. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = {
            "Set up an empty PostgreSQL database as a ClaimDesk team database: the schema, the rules the",
            "server enforces and the groups DATABASE_reviewer, DATABASE_editor and DATABASE_admin.",
            "Sign in as the database's owner, a login that may create roles (or as postgres).",
            "A database that holds anything is refused and left as it is."
        })
final class ServerInitCommand implements Callable<Integer> {
    @Parameters(paramLabel = "URL", description = "The database: postgresql://LOGIN@HOST[:PORT]/DATABASE.")
    String url;

    private final Cli cli;

    ServerInitCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        TeamServerService.Initialized r = cli.teamServer().init(url);
        cli.out()
                .printf(
                        "Set up %s on %s as a ClaimDesk team database (data format %d), owned by %s; groups: %s.%n",
                        r.database(), r.server(), r.dataFormat(), r.owner(), String.join(", ", r.groups()));
        cli.out().println("Add reviewers with: claimdesk server add-reviewer NAME [--role editor|admin] --db " + url);
        return ExitCodes.OK;
    }
}
