package dev.claimdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimdesk.app.DetectionService;
import dev.claimdesk.domain.ClaimKind;
import dev.claimdesk.domain.DetectedSentence;
import dev.claimdesk.domain.RedFlag;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimdesk extract FILE}: every sentence with its analysis; no database involved. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = "Detect the check-worthy claims of an article file (.txt, .md, .html, .pdf) and print every"
                + " sentence in document order. Uses no database.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The article file.")
    Path file;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or tsv.")
    OutputFormat format;

    private final Cli cli;

    ExtractCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        List<DetectedSentence> sentences = DetectionService.extract(file);
        DetectionService.notice().ifPresent(n -> cli.err().println("claimdesk: " + n));
        if (format == OutputFormat.json) {
            ObjectNode root = DetectionJson.MAPPER.createObjectNode();
            ArrayNode list = root.putArray("sentences");
            sentences.forEach(s -> list.add(DetectionJson.sentence(s)));
            cli.out().println(DetectionJson.MAPPER.writeValueAsString(root));
        } else {
            cli.out().println(Tsv.row("start", "end", "score", "proposed", "kinds", "flags", "claimant", "text"));
            for (DetectedSentence s : sentences) {
                cli.out()
                        .println(Tsv.row(
                                s.start(),
                                s.end(),
                                String.format(Locale.ROOT, "%.4f", s.score()),
                                s.proposed(),
                                kinds(s.kinds()),
                                codes(s.flags()),
                                s.claimant(),
                                s.text()));
            }
        }
        return ExitCodes.OK;
    }

    static String kinds(java.util.Collection<ClaimKind> kinds) {
        return kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(";"));
    }

    static String codes(List<RedFlag> flags) {
        return RedFlag.warnings(flags).stream().map(RedFlag::code).collect(Collectors.joining(";"));
    }
}
