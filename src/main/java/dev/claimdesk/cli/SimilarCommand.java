package dev.claimdesk.cli;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.MatchingService;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import dev.claimdesk.domain.SimilarClaim;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code claimdesk similar TEXT | --claim N | --queries FILE}: "checked before?" from the command line. */
@Command(
        name = "similar",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = "The claims of the database and the fact-checks of the archive most like a claim, best "
                + "first, as TSV: query (line number, 1 for TEXT or --claim), rank, match (the archive id, or "
                + "claim:ID), score, rating (or verdict), agreement (whether figures, names and direction "
                + "agree), text.")
final class SimilarCommand implements Callable<Integer> {
    @ParentCommand
    ClaimDeskCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "The claim to look for.")
    String text;

    @Option(names = "--claim", paramLabel = "ID", description = "Look for a stored claim (other articles only).")
    Long claim;

    @Option(names = "--queries", paramLabel = "FILE", description = "One claim per line (UTF-8).")
    Path queries;

    @Option(
            names = {"--top", "--limit"},
            paramLabel = "N",
            defaultValue = "5",
            description = "How many matches per claim (default: ${DEFAULT-VALUE}).")
    int top;

    private final Cli cli;

    SimilarCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        int given = (text != null ? 1 : 0) + (claim != null ? 1 : 0) + (queries != null ? 1 : 0);
        if (given != 1) {
            throw new ParameterException(spec.commandLine(), "give one of: TEXT, --claim ID or --queries FILE.");
        }
        if (top < 1 || top > 1000) {
            throw new ParameterException(spec.commandLine(), "--top must be between 1 and 1000.");
        }
        AppServices app = cli.openDatabase(parent.database());
        MatchingService m = app.matching();
        cli.out().println(Tsv.row("query", "rank", "match", "score", "rating", "agreement", "text"));
        if (claim != null) {
            print(m, 1, m.similarTo(claim, top));
        } else if (text != null) {
            print(m, 1, m.similar(text, top));
        } else {
            List<String> lines = read(queries);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    print(m, i + 1, m.similar(lines.get(i), top));
                }
            }
        }
        return ExitCodes.OK;
    }

    private void print(MatchingService m, int query, List<SimilarClaim> matches) {
        int rank = 0;
        for (SimilarClaim s : matches) {
            String key = s.claimId() != null ? "claim:" + s.claimId() : m.archiveKey(s.archiveId());
            cli.out()
                    .println(Tsv.row(
                            query,
                            ++rank,
                            key,
                            String.format(Locale.ROOT, "%.4f", s.score()),
                            s.verdict() == null ? "" : s.verdict(),
                            s.agreement(),
                            s.text()));
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ClaimDeskException(Problem.INVALID_INPUT, "There is no file " + file + ".", e);
        } catch (IOException e) {
            throw new ClaimDeskException(
                    Problem.INVALID_INPUT,
                    file.getFileName() + " could not be read as UTF-8 text, one claim per line.",
                    e);
        }
    }
}
