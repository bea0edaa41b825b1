package dev.claimdesk.extraction;

import dev.claimdesk.domain.DetectedSentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The shipped ranker: the rules' score blended with two learned models trained on sentences
 * professional fact-checkers chose to check (CLEF CheckThat! debates; docs/detection.md). Model (a)
 * reads word and character n-grams and the rule reasons, model (b) the sentence's MiniLM
 * embedding; each score becomes a percentile of its training scores, and the two percentiles are
 * averaged into the learned part {@code p} in [0, 1].
 *
 * <p>The blend: the learned part leads, and the rules can only lower it. The rules' log-odds
 * count where they are negative, at {@link #DOUBT_WEIGHT} (half): the rules know what is not a
 * claim (an opinion, a question, small talk, a headline, a sentence with nothing to check) better
 * than models trained on debates, which rank a news article's quoted opinions as high as its
 * figures; but their positive evidence (figures, percentages) does not rank debate sentences well
 * (leave-one-debate-out MAP 0.118, against 0.173 for the learned part; docs/detection.md). A
 * sentence is proposed when {@code p + ½ × min(0, rules' log-odds)} reaches {@link
 * #PROPOSED_FROM}; the score maps that value to [0, 1] with 0.5 there. Page furniture keeps its
 * score of 0. The reasons stay the rules' reasons, plus the learned part in words ("phrased like
 * claims fact-checkers check: 0.81").
 *
 * <p>Pure: reads its weights from the classpath; the embeddings come from the caller.
 */
public final class LearnedRanker {
    /** The weights resource, next to this class. */
    static final String RESOURCE = "ranker-weights.bin.gz";

    /** How much the rules' doubts (their negative log-odds) lower the learned part. */
    public static final double DOUBT_WEIGHT = 0.5;

    /**
     * The value of {@code p + DOUBT_WEIGHT × min(0, rules' log-odds)} from which a sentence is
     * proposed (its score is then at least 0.5).
     */
    public static final double PROPOSED_FROM = 0.65;

    /** How steeply the score rises around {@link #PROPOSED_FROM} (its slope in log-odds). */
    static final double STEEPNESS = 10;

    /** The reason that carries the learned part, followed by ": 0.81". */
    public static final String LEARNED_REASON = "phrased like claims fact-checkers check";

    private final RankerWeights weights;

    LearnedRanker(RankerWeights weights) {
        this.weights = weights;
    }

    /** The ranker with the shipped weights (read once from the classpath). */
    public static LearnedRanker shipped() {
        return Shipped.RANKER;
    }

    private static final class Shipped {
        static final LearnedRanker RANKER = new LearnedRanker(load());

        private static RankerWeights load() {
            try (InputStream raw = LearnedRanker.class.getResourceAsStream(RESOURCE)) {
                if (raw == null) {
                    throw new IllegalStateException("the ranker's weights are missing from the application");
                }
                try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
                    return RankerWeights.read(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The learned part of a sentence, in [0, 1]: the mean of the two models' percentiles, or the
     * n-gram model's alone when there is no embedding (null).
     */
    public double learned(String text, List<String> ruleReasons, float[] embedding) {
        double a = weights.ngramPercentile(weights.ngramScore(RankerFeatures.of(text, ruleReasons)));
        if (embedding == null) {
            return a;
        }
        double b = weights.embeddingPercentile(weights.embeddingScore(embedding));
        return (a + b) / 2;
    }

    /** The blended score of a rule score with a learned part, in [0, 1]. */
    public static double blend(double ruleScore, double learned) {
        return blend(ruleScore, learned, DOUBT_WEIGHT, PROPOSED_FROM);
    }

    /**
     * As {@link #blend(double, double)} with other constants (the benchmark's sensitivity table):
     * {@code learned + doubtWeight × min(0, logit(ruleScore))}, mapped to [0, 1] around {@code
     * proposedFrom}.
     */
    public static double blend(double ruleScore, double learned, double doubtWeight, double proposedFrom) {
        double x = learned + doubtWeight * Math.min(0, logit(ruleScore));
        return 1 / (1 + Math.exp(-STEEPNESS * (x - proposedFrom)));
    }

    /** What the rules' penalties among these reasons subtract (log-odds). */
    public static double penaltyOf(List<String> ruleReasons) {
        return Scorer.penalty(ruleReasons);
    }

    private static double logit(double p) {
        double q = Math.min(Math.max(p, 1e-9), 1 - 1e-9);
        return Math.log(q / (1 - q));
    }

    /**
     * The sentences of {@link ClaimDetector#analyse} re-scored: {@code embeddings.get(i)} is the
     * embedding of sentence i (ignored for page furniture; null: the n-gram model alone).
     */
    public List<DetectedSentence> rank(List<DetectedSentence> sentences, List<float[]> embeddings) {
        List<DetectedSentence> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            out.add(rank(sentences.get(i), embeddings.get(i)));
        }
        return out;
    }

    /** One sentence re-scored with its embedding. */
    public DetectedSentence rank(DetectedSentence s, float[] embedding) {
        if (isFurniture(s)) {
            return s;
        }
        double p = learned(s.text(), s.reasons(), embedding);
        double score = blend(s.score(), p);
        List<String> reasons = new ArrayList<>(s.reasons().size() + 1);
        reasons.addAll(s.reasons());
        reasons.add(String.format(Locale.ROOT, "%s: %.2f", LEARNED_REASON, p));
        return new DetectedSentence(
                s.start(),
                s.end(),
                s.text(),
                score,
                score >= ClaimDetector.PROPOSAL_THRESHOLD,
                s.kinds(),
                List.copyOf(reasons),
                s.flags(),
                s.quantities(),
                s.claimant());
    }

    /** Page furniture: never re-scored, never proposed. */
    static boolean isFurniture(DetectedSentence s) {
        return s.score() == 0.0 && !s.proposed() && s.reasons().equals(List.of(ClaimDetector.FURNITURE_REASON));
    }
}
