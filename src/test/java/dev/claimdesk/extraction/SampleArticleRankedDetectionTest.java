package dev.claimdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample article's expectations hold for what ships: the rules re-scored by the learned
 * ranker (every test of {@link SampleArticleDetectionTest} runs again on that).
 */
class SampleArticleRankedDetectionTest extends SampleArticleDetectionTest {
    @BeforeAll
    static void analyseRanked() throws IOException {
        try (InputStream in =
                SampleArticleDetectionTest.class.getResourceAsStream("/articles/china-daily-2025-02-11.txt")) {
            sentences = RankedDetector.analyse(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), SentenceEmbedder.shared());
        }
    }

    @Test
    void everyScoreSaysItsLearnedPartInWords() {
        assertThat(containing("60 percent share of the global market").reasons())
                .contains("percentage", "market-share or ranking phrase")
                .anySatisfy(r -> assertThat(r).matches("phrased like claims fact-checkers check: [01]\\.\\d\\d"));
        assertThat(containing("By Cheng Yu").reasons()).containsExactly(ClaimDetector.FURNITURE_REASON);
    }
}
