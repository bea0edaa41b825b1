package dev.claimdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.bench.DetectionBenchmark;
import dev.claimdesk.domain.DetectedSentence;
import dev.claimdesk.domain.Quantity;
import dev.claimdesk.domain.RedFlag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Everything the rules say (score, proposal, kinds, reasons, red flags, figures, claimant) about
 * the sample article, the news articles of the test resources, the CLEF debate sentences of the
 * test resources and 100 KB of seeded generated text, against a golden file kept in the
 * repository: any change of the detector's output fails here, with the first line that differs.
 * The rules alone (no model), so the file is the same on every processor.
 *
 * <p>After a deliberate change, rewrite the file and review its diff: {@code
 * CLAIMDESK_UPDATE_GOLDEN=true mvn test -Dtest=DetectionGoldenTest}, then {@code git diff
 * src/test/resources/golden/detection.txt}.
 */
class DetectionGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/detection.txt");

    static final String[] ARTICLES = {
        "/articles/china-daily-2025-02-11.txt",
        "/news/harbour-gazette-ferry-battery.txt",
        "/news/lakeside-herald-bike-share.txt",
        "/news/metro-daily-heat-pumps.txt",
        "/news/valley-tribune-water-rates.txt"
    };

    static final Path DEBATES = Path.of("src/test/resources/clef-subset/clef2019-task1/training");

    @Test
    void theDetectorSaysWhatTheGoldenFileSays() throws IOException {
        List<String> actual = describeEverything();
        if ("true".equals(System.getenv("CLAIMDESK_UPDATE_GOLDEN"))) {
            Files.createDirectories(GOLDEN.getParent());
            Files.write(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        List<String> golden = Files.readAllLines(GOLDEN, StandardCharsets.UTF_8);
        for (int i = 0; i < Math.min(golden.size(), actual.size()); i++) {
            assertThat(actual.get(i))
                    .as("line %d of %s (after a deliberate change: CLAIMDESK_UPDATE_GOLDEN=true)", i + 1, GOLDEN)
                    .isEqualTo(golden.get(i));
        }
        assertThat(actual).as("lines of " + GOLDEN).hasSameSizeAs(golden);
    }

    static List<String> describeEverything() throws IOException {
        List<String> out = new ArrayList<>();
        for (String a : ARTICLES) {
            out.add("== " + a);
            try (InputStream in = DetectionGoldenTest.class.getResourceAsStream(a)) {
                describe(ClaimDetector.analyse(new String(in.readAllBytes(), StandardCharsets.UTF_8)), out);
            }
        }
        try (var files = Files.list(DEBATES)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                out.add("== " + f.getFileName() + " (one sentence at a time)");
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String[] parts = line.split("\t");
                    if (parts.length >= 3) {
                        describe(List.of(ClaimDetector.analyseSentence(parts[2])), out);
                    }
                }
            }
        }
        out.add("== generated text, 100 KB, seed 7");
        describe(ClaimDetector.analyse(DetectionBenchmark.generate(100 * 1024, new Random(7))), out);
        return out;
    }

    static void describe(List<DetectedSentence> sentences, List<String> out) {
        for (DetectedSentence s : sentences) {
            out.add(String.format(
                    Locale.ROOT,
                    "%d-%d %.6f %s %s | %s",
                    s.start(),
                    s.end(),
                    s.score(),
                    s.proposed() ? "proposed" : "-",
                    s.kinds().stream().map(Enum::name).sorted().collect(Collectors.joining(",", "[", "]")),
                    oneLine(s.text())));
            out.add("  reasons: " + String.join("; ", s.reasons()));
            for (RedFlag f : s.flags()) {
                out.add("  flag " + f.code() + ": " + oneLine(f.message()));
            }
            for (Quantity q : s.quantities()) {
                out.add(String.format(
                        Locale.ROOT,
                        "  figure %s = %s %s (%s)%s%s",
                        oneLine(q.raw()),
                        q.value(),
                        q.unit(),
                        q.dimension(),
                        q.approximate() ? " ~" + q.approximation() : "",
                        q.noun() == null ? "" : " of " + q.noun()));
            }
            if (s.claimant() != null) {
                out.add("  claimant: " + oneLine(s.claimant()));
            }
        }
    }

    private static String oneLine(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
