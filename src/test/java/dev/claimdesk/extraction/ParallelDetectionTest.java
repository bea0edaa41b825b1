package dev.claimdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.bench.DetectionBenchmark;
import dev.claimdesk.domain.DetectedSentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Long texts are split, scanned for organisations and analysed in pieces on several threads; the
 * result must be exactly what one thread working through the text in order finds.
 */
class ParallelDetectionTest {
    static IntStream seeds() {
        return IntStream.of(1, 2, 3);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void generatedNewsIsAnalysedTheSameOnOneThreadAndOnMany(int seed) {
        String text = DetectionBenchmark.generate(3L * SentenceSplitter.CHUNK / 2, new Random(seed));
        assertThat(SentenceSplitter.chunks(text))
                .as("the text is worked on in pieces")
                .hasSizeGreaterThan(2);

        List<DetectedSentence> parallel = ClaimDetector.analyse(text, true);
        List<DetectedSentence> sequential = ClaimDetector.analyse(text, false);

        assertThat(parallel).hasSizeGreaterThan(1000).isEqualTo(sequential);
        assertThat(parallel)
                .anySatisfy(s -> assertThat(s.flags())
                        .anySatisfy(f -> assertThat(f.code()).isEqualTo(FlagCodes.INCONSISTENT_FIGURES)));
        assertThat(parallel).anySatisfy(s -> assertThat(s.claimant()).isNotNull());
    }

    @Test
    void theSampleArticleRepeatedIsAnalysedTheSameOnOneThreadAndOnMany() throws IOException {
        String article;
        try (var in = getClass().getResourceAsStream("/articles/china-daily-2025-02-11.txt")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String text = (article + "\n").repeat(2 * SentenceSplitter.CHUNK / article.length() + 2);

        assertThat(ClaimDetector.analyse(text, true)).isEqualTo(ClaimDetector.analyse(text, false));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void splittingInPiecesFindsTheSameSentences(int seed) {
        String text = DetectionBenchmark.generate(SentenceSplitter.CHUNK * 2L, new Random(seed));
        // A break right at a piece boundary, an empty last line and a last line without a break.
        for (String ending : List.of("", "\n", "\n\n", "Last line without a break. Two sentences")) {
            String t = text + ending;
            assertThat(SentenceSplitter.split(t, true)).isEqualTo(SentenceSplitter.split(t, false));
        }
    }

    @Test
    void organisationsAreFoundInTextOrderWhetherInPiecesOrNot() {
        String text = DetectionBenchmark.generate(SentenceSplitter.CHUNK * 2L, new Random(11));

        assertThat(ClaimDetector.organisations(text, true))
                .containsExactlyElementsOf(ClaimDetector.organisations(text, false))
                .contains("Unitree Robotics", "Nordhaven Storage Ltd");
    }

    /**
     * Organisation names are looked for only where the pattern can start; on generated text
     * full of near misses that must find what a plain search of each paragraph with a hint word
     * finds.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void organisationsAreThoseAPlainSearchFinds(int seed) {
        Random r = new Random(seed);
        String[] parts = {
            "Unitree ",
            "Robotics",
            " Ltd",
            "Nordhaven ",
            "Storage Ltd",
            "Co.",
            "Co",
            " Corp",
            "Group",
            "DeepSeek ",
            "the company ",
            "startup ",
            "firm ",
            "maker ",
            "giant ",
            "Acme",
            " & ",
            "Sons ",
            "-",
            ".",
            ", ",
            "\u00a0",
            "Inc",
            "holdings",
            "Holdings",
            "Systems",
            "AI ",
            "x",
            "9",
            "\n",
            "Technologies",
            "Technology",
            "É"
        };
        int names = 0;
        for (String text : GluedPieces.texts(r, parts, 2000, 12)) {
            java.util.Set<String> expected = new java.util.LinkedHashSet<>();
            for (String paragraph : text.split("\n", -1)) {
                if (!ClaimDetector.mayNameOrganisation(paragraph)) {
                    continue; // the words without which no name is looked for
                }
                var m = ClaimDetector.ORGANISATION.matcher(paragraph);
                while (m.find()) {
                    String name = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
                    if (!name.isEmpty()) {
                        expected.add(name);
                    }
                }
            }
            assertThat(ClaimDetector.organisations(text, false)).as(text).containsExactlyElementsOf(expected);
            names += expected.size();
        }
        assertThat(names)
                .as("names found, so the comparison is not of empty sets")
                .isGreaterThan(500);
    }
}
