package dev.claimdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.DetectedSentence;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random texts: the detector always ends, and every sentence's offsets select its text. */
class DetectorRobustnessTest {
    private static final String[] PIECES = {
        "the",
        "The",
        " ",
        "  ",
        "\n",
        "\n\n",
        ".",
        ",",
        "!",
        "?",
        "\"",
        "“",
        "”",
        "'",
        "’",
        "-",
        "--",
        "—",
        "(",
        ")",
        ":",
        ";",
        "%",
        "$",
        "€",
        "5",
        "12.5",
        "1,200",
        "2022",
        "percent",
        "million",
        "said",
        "according to",
        "chatbot",
        "from",
        "to",
        "more than",
        "world's first",
        "U.S.",
        "Dr.",
        "e.g.",
        "王小明",
        "。",
        "！",
        "？",
        "torque",
        "degrees",
        "GWh",
        "@",
        "a@b.cc",
        "By",
        "READ MORE:",
        "İstanbul",
        "ß",
        "\t",
        "#",
        "-5",
        "5-",
        "'s",
        "nine",
        "a dozen",
        "per cent",
        "...",
        "?!",
        "\r\n",
        "\u2003",
        "\u00a0"
    };

    static Stream<Long> seeds() {
        return IntStream.range(0, 40).mapToObj(i -> 1000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @Timeout(10)
    void anyTextIsAnalysedWithValidOffsets(long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        int pieces = 20 + r.nextInt(400);
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
            if (r.nextInt(3) == 0) {
                sb.append(' ');
            }
        }
        String text = sb.toString();

        List<DetectedSentence> sentences = ClaimDetector.analyse(text);

        int previousEnd = 0;
        for (DetectedSentence s : sentences) {
            assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            assertThat(s.score()).isBetween(0.0, 1.0);
            previousEnd = s.end();
        }
        for (String line : text.split("\n")) {
            assertThat(ClaimDetector.analyseSentence(line).score()).isBetween(0.0, 1.0);
        }
    }

    @org.junit.jupiter.api.Test
    void aQuoteFollowedByOnlyWideSpacesNamesNobody() {
        // '", said' then spaces the pattern does not count as spaces: the speaker found was empty
        // and reading its first letter failed (found by AttributionReferenceTest).
        DetectedSentence s = ClaimDetector.analyseSentence("\"Yes,\" said \u2003\u2003");

        assertThat(s.claimant()).isNull();
        assertThat(ClaimDetector.analyse("\"We won,\" said \u2003\u2003\nHe left."))
                .hasSize(2);
    }
}
