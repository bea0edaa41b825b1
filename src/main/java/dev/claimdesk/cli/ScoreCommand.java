package dev.claimdesk.cli;

import dev.claimdesk.app.DetectionService;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.DetectedSentence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code claimdesk score [FILE|-]}: one score line per input line, in order. */
@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = {
            "Score sentences for check-worthiness: one sentence per input line (UTF-8; other bytes read as U+FFFD).",
            "Prints, per input line: score<TAB>kinds<TAB>reasons (score a plain decimal, kinds and reasons joined"
                    + " with '; ')."
        })
final class ScoreCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Input file, or - (the default) for stdin.")
    String input = "-";

    private final Cli cli;

    ScoreCommand(Cli cli) {
        this.cli = cli;
    }

    /** Lines scored together at most. */
    static final int BATCH = 64;

    private void print(List<String> batch) {
        if (batch.isEmpty()) {
            return;
        }
        for (DetectedSentence s : DetectionService.scoreAll(batch)) {
            cli.out()
                    .println(String.format(Locale.ROOT, "%.6f", s.score()) + "\t"
                            + String.join(
                                    "; ",
                                    s.kinds().stream().sorted().map(Enum::name).toList()) + "\t"
                            + String.join("; ", s.reasons()));
        }
        cli.out().flush();
        batch.clear();
    }

    @Override
    public Integer call() throws IOException {
        try (BufferedReader in = "-".equals(input)
                ? new BufferedReader(new InputStreamReader(cli.in(), StandardCharsets.UTF_8))
                // As for stdin: bytes that are not UTF-8 become U+FFFD instead of stopping the run.
                : new BufferedReader(
                        new InputStreamReader(Files.newInputStream(Path.of(input)), StandardCharsets.UTF_8))) {
            // Lines are scored in batches (the embedding model is faster on many at once); a batch
            // ends early when no more input is waiting, so an interactive caller gets each answer.
            List<String> batch = new ArrayList<>(BATCH);
            String line;
            while ((line = in.readLine()) != null) {
                batch.add(line);
                if (batch.size() >= BATCH || !in.ready()) {
                    print(batch);
                }
            }
            print(batch);
            DetectionService.notice().ifPresent(n -> cli.err().println("claimdesk: " + n));
        } catch (NoSuchFileException e) {
            throw new ClaimDeskException(ClaimDeskException.Problem.IO, "There is no file " + input + ".", e);
        } catch (IOException e) {
            throw new ClaimDeskException(
                    ClaimDeskException.Problem.IO,
                    "ClaimDesk could not read " + input + ". Check that it is a readable file.",
                    e);
        }
        return ExitCodes.OK;
    }
}
