package dev.claimdesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code claimdesk server …}: setting up a team server (PostgreSQL) and its reviewers. */
@Command(
        name = "server",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = {
            "Set up a team server (PostgreSQL) and its reviewers' logins.",
            "The login in the address signs in with $PGPASSWORD, else with its line in ~/.pgpass."
        },
        subcommands = {ServerInitCommand.class, ServerAddReviewerCommand.class})
final class ServerCommand implements Runnable {
    @ParentCommand
    ClaimDeskCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(), "say what to set up: 'server init URL' or 'server add-reviewer NAME --db URL'.");
    }
}
