package dev.claimdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceEmbedderTest {
    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() {
        SentenceEmbedder e = SentenceEmbedder.shared();
        List<float[]> v = e.embedAll(List.of(
                "The company sold 4 million cars last year.",
                "Last year the firm sold four million automobiles.",
                "The weather in Lisbon was sunny on Tuesday.",
                " "));
        assertThat(v.get(0)).hasSize(SentenceEmbedder.DIMENSION);
        double paraphrase = SentenceEmbedder.cosine(v.get(0), v.get(1));
        double unrelated = SentenceEmbedder.cosine(v.get(0), v.get(2));
        assertThat(paraphrase).isGreaterThan(0.7).isGreaterThan(unrelated + 0.3);
        assertThat(SentenceEmbedder.cosine(v.get(0), v.get(3))).isZero();
        assertThat(e.embed("The company sold 4 million cars last year.")).containsExactly(v.get(0));
    }
}
