package dev.claimdesk.cli;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.Reliability;
import dev.claimdesk.domain.Stance;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code claimdesk add-evidence CLAIM_ID --stance S --reliability R …}: one source for a claim. */
@Command(
        name = "add-evidence",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = "Add a source to a claim (an open claim starts research). Prints the evidence id.")
final class AddEvidenceCommand implements Callable<Integer> {
    @ParentCommand
    ClaimDeskCommand parent;

    @Parameters(paramLabel = "CLAIM_ID")
    long claimId;

    @Option(names = "--stance", required = true, description = "supports, refutes or context.")
    Stance stance;

    @Option(names = "--reliability", required = true, description = "A (completely reliable) to F (cannot be judged).")
    Reliability reliability;

    @Option(names = "--url", description = "The source's web address.")
    String url;

    @Option(names = "--title", description = "The source's title.")
    String title;

    @Option(names = "--quote", paramLabel = "TEXT", description = "The passage that bears on the claim.")
    String quote;

    @Option(names = "--publisher", description = "Who published the source.")
    String publisher;

    @Option(
            names = "--as",
            paramLabel = "NAME",
            description = "Who adds it (default: your login name; on a team server always the signed-in login).")
    String actor = System.getProperty("user.name");

    private final Cli cli;

    AddEvidenceCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        AppServices app = cli.openDatabase(parent);
        String who = app.reviewerFor(actor);
        Evidence draft = new Evidence(
                0,
                claimId,
                url,
                title,
                publisher,
                null,
                null,
                quote,
                stance,
                null,
                reliability,
                null,
                null,
                null,
                who,
                Instant.now(cli.clock()));
        Evidence saved = app.evidence().add(draft, who);
        cli.out().println(saved.id());
        return ExitCodes.OK;
    }
}
