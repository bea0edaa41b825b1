package dev.claimdesk.cli;

import dev.claimdesk.domain.ServerAddress;
import dev.claimdesk.domain.TeamRole;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code claimdesk server add-reviewer NAME [--role editor|admin] --db URL}: a reviewer's login. */
@Command(
        name = "add-reviewer",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = {
            "Add a login for a reviewer to a team database. The password is read from the terminal (typed",
            "twice, not shown) or from the first line of standard input; it is hashed before it leaves",
            "this computer. Sign in (in --db) as an admin of the desk or as the database's owner."
        })
final class ServerAddReviewerCommand implements Callable<Integer> {
    @ParentCommand
    ServerCommand server;

    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "NAME",
            description = "The login name: lower-case letters, digits, '_', '.' and '-', starting with a letter.")
    String name;

    @Option(
            names = "--role",
            paramLabel = "ROLE",
            defaultValue = "reviewer",
            description = "reviewer (the default: research and propose verdicts), editor (also approve, return"
                    + " and reopen) or admin (also verdict scales and reviewers).")
    TeamRole role;

    private final Cli cli;

    ServerAddReviewerCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        String address = serverAddress();
        ServerAddress a = ServerAddress.parse(address);
        String login = TeamRole.checkLoginName(name);
        char[] password = cli.readSecret("Password for " + login);
        cli.teamServer().addReviewer(address, login, role, password);
        cli.out()
                .printf(
                        "Added %s as %s to %s on %s:%d; %s signs in with that password.%n",
                        login, role.code(), a.database(), a.host(), a.port(), login);
        return ExitCodes.OK;
    }

    /** --db, else $CLAIMDESK_DB, when it is a server address. */
    private String serverAddress() {
        String given = server.parent.dbText;
        if (given == null) {
            given = cli.environment().get("CLAIMDESK_DB");
        }
        if (!ServerAddress.isServerAddress(given)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "say which team server with --db postgresql://LOGIN@HOST/DATABASE"
                            + (given == null ? "." : "; " + given + " is not a server address."));
        }
        return given;
    }
}
