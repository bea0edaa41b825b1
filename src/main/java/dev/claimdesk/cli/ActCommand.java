package dev.claimdesk.cli;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.DismissReason;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code claimdesk act CLAIM_ID ACTION}: moves a claim through the review workflow. */
@Command(
        name = "act",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = "Move a claim through the review: accept, dismiss (with --reason), restore, start_research, "
                + "submit_for_review, approve, return or reopen (the last two with --comment). Prints the new "
                + "state.")
final class ActCommand implements Callable<Integer> {
    @ParentCommand
    ClaimDeskCommand parent;

    @Parameters(index = "0", paramLabel = "CLAIM_ID")
    long claimId;

    @Parameters(index = "1", paramLabel = "ACTION")
    ClaimAction action;

    @Option(names = "--comment", paramLabel = "TEXT", description = "Why (required to return or reopen).")
    String comment;

    @Option(
            names = "--reason",
            paramLabel = "REASON",
            description = "Why a claim is dismissed: opinion, prediction, not_significant or duplicate.")
    DismissReason reason;

    @Option(
            names = "--as",
            paramLabel = "NAME",
            description = "Who acts (default: your login name; on a team server always the signed-in login).")
    String actor = System.getProperty("user.name");

    private final Cli cli;

    ActCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        AppServices app = cli.openDatabase(parent);
        Claim after = app.claims().act(claimId, action, comment, reason, app.reviewerFor(actor));
        cli.out().println(after.id() + "\t" + after.state().name());
        return ExitCodes.OK;
    }
}
