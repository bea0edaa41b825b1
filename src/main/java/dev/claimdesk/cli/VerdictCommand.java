package dev.claimdesk.cli;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.domain.VerdictScale;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code claimdesk verdict CLAIM_ID LABEL}: proposes a claim's verdict from the default scale. */
@Command(
        name = "verdict",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description =
                "Propose the verdict of a claim in research: a label code of the default scale (for example FALSE).")
final class VerdictCommand implements Callable<Integer> {
    @ParentCommand
    ClaimDeskCommand parent;

    @Parameters(index = "0", paramLabel = "CLAIM_ID")
    long claimId;

    @Parameters(index = "1", paramLabel = "LABEL")
    String label;

    @Option(names = "--rationale", paramLabel = "TEXT", description = "Why this verdict.")
    String rationale;

    @Option(
            names = "--as",
            paramLabel = "NAME",
            description = "Who proposes it (default: your login name; on a team server always the signed-in login).")
    String actor = System.getProperty("user.name");

    private final Cli cli;

    VerdictCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        AppServices app = cli.openDatabase(parent);
        VerdictScale scale = app.scales().defaultScale();
        VerdictLabel l = scale.labelByCode(label.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new ClaimDeskException(
                        ClaimDeskException.Problem.INVALID_INPUT,
                        "\"" + label + "\" is not a verdict of the scale " + scale.name() + "; use one of "
                                + scale.labels().stream()
                                        .map(VerdictLabel::code)
                                        .collect(Collectors.joining(", "))
                                + "."));
        var after = app.claims().setVerdict(claimId, l.id(), rationale, app.reviewerFor(actor));
        cli.out().println(after.id() + "\t" + after.state().name() + "\t" + l.code());
        return ExitCodes.OK;
    }
}
