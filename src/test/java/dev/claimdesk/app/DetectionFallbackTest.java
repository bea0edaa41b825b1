package dev.claimdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.DetectedSentence;
import dev.claimdesk.extraction.ClaimDetector;
import dev.claimdesk.extraction.LearnedRanker;
import dev.claimdesk.extraction.SentenceEmbedder;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Detection uses the learned ranker, and falls back to the rules, saying so, when the model cannot load. */
class DetectionFallbackTest {
    static final String TEXT = "Unemployment fell from 8 percent in 2019 to 4 percent in 2024, the agency said.\n"
            + "I think we can do better than that.\n";

    @AfterEach
    void restore() {
        DetectionService.useModelLoaderForTests(SentenceEmbedder::shared);
    }

    @Test
    void theLearnedRankerScoresWhenTheModelLoads() {
        DetectionService.useModelLoaderForTests(SentenceEmbedder::shared);
        List<DetectedSentence> s = DetectionService.analyse(TEXT);
        assertThat(DetectionService.notice()).isEmpty();
        assertThat(s.get(0).reasons()).anySatisfy(r -> assertThat(r).startsWith(LearnedRanker.LEARNED_REASON));
        assertThat(s.get(0).score()).isGreaterThan(s.get(1).score());
        assertThat(s.get(0).score())
                .isNotEqualTo(ClaimDetector.analyse(TEXT).get(0).score());
    }

    @Test
    void withoutTheModelTheRulesRankAndANoticeSaysSoInPlainWords() {
        DetectionService.useModelLoaderForTests(() -> {
            throw new UnsatisfiedLinkError("no onnxruntime in java.library.path");
        });
        List<DetectedSentence> s = DetectionService.analyse(TEXT);
        assertThat(s).isEqualTo(ClaimDetector.analyse(TEXT));
        assertThat(DetectionService.notice()).contains(DetectionService.FALLBACK_NOTICE);
        assertThat(DetectionService.FALLBACK_NOTICE).doesNotContain("onnx", "Error", "Exception");
        assertThat(DetectionService.score("Sales rose by 12 percent in 2025.").reasons())
                .noneSatisfy(r -> assertThat(r).startsWith(LearnedRanker.LEARNED_REASON));
    }
}
