package dev.claimdesk.extraction;

import dev.claimdesk.domain.DetectedSentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Detection with the shipped learned ranker: the rules' analysis ({@link ClaimDetector}) re-scored
 * by {@link LearnedRanker}, the sentence embeddings made in batches by the given embedder on the
 * calling thread. Bounded for hostile input: only the first {@link #EMBEDDED_SENTENCES} sentences
 * that are not page furniture are embedded, each cut to {@link #EMBEDDED_CHARS} characters; the
 * ones after that are ranked by the n-gram model alone. An interrupted thread stops embedding (the
 * rest is ranked by the n-gram model, and the caller sees the interrupt).
 */
public final class RankedDetector {
    /** Sentences embedded per article at most (a long article is some hundreds). */
    public static final int EMBEDDED_SENTENCES = 1500;

    /** Characters of a sentence given to the embedder at most. */
    static final int EMBEDDED_CHARS = 600;

    /** Sentences per call of the embedding model. */
    static final int BATCH = 32;

    private RankedDetector() {}

    /** Every sentence of the text in document order, ranked by the learned ranker. */
    public static List<DetectedSentence> analyse(String text, SentenceEmbedder embedder) {
        return rank(ClaimDetector.analyse(text), embedder, LearnedRanker.shipped());
    }

    /** One sentence on its own, ranked by the learned ranker. */
    public static DetectedSentence analyseSentence(String sentence, SentenceEmbedder embedder) {
        return rank(List.of(ClaimDetector.analyseSentence(sentence)), embedder, LearnedRanker.shipped())
                .get(0);
    }

    /** Many single sentences (the score command's input), embedded in batches. */
    public static List<DetectedSentence> analyseSentences(List<String> sentences, SentenceEmbedder embedder) {
        List<DetectedSentence> rules = new ArrayList<>(sentences.size());
        sentences.forEach(s -> rules.add(ClaimDetector.analyseSentence(s)));
        return rank(rules, embedder, LearnedRanker.shipped());
    }

    static List<DetectedSentence> rank(List<DetectedSentence> rules, SentenceEmbedder embedder, LearnedRanker ranker) {
        List<float[]> embeddings = new ArrayList<>(rules.size());
        List<String> batch = new ArrayList<>(BATCH);
        List<Integer> at = new ArrayList<>(BATCH);
        int embedded = 0;
        for (int i = 0; i < rules.size(); i++) {
            embeddings.add(null);
            DetectedSentence s = rules.get(i);
            if (LearnedRanker.isFurniture(s)
                    || embedded >= EMBEDDED_SENTENCES
                    || Thread.currentThread().isInterrupted()) {
                continue;
            }
            embedded++;
            String t = s.text();
            batch.add(t.length() > EMBEDDED_CHARS ? t.substring(0, EMBEDDED_CHARS) : t);
            at.add(i);
            if (batch.size() == BATCH) {
                embed(embedder, batch, at, embeddings);
            }
        }
        if (!batch.isEmpty()) {
            embed(embedder, batch, at, embeddings);
        }
        return ranker.rank(rules, embeddings);
    }

    private static void embed(SentenceEmbedder embedder, List<String> batch, List<Integer> at, List<float[]> out) {
        try {
            List<float[]> e = embedder.embedAll(batch);
            for (int k = 0; k < e.size(); k++) {
                out.set(at.get(k), e.get(k));
            }
        } catch (RuntimeException refused) {
            // Text the embedding model refuses (say, only characters its tokenizer drops): these
            // sentences are ranked by the n-gram model alone (their embedding stays null).
        }
        batch.clear();
        at.clear();
    }
}
