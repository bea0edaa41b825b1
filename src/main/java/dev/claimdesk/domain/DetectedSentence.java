package dev.claimdesk.domain;

import java.util.List;
import java.util.Set;

/**
 * What the detector found in one sentence: its check-worthiness score in [0, 1] with the reasons
 * in words, its kinds, figures and red flags, who it is attributed to (may be null), and whether it
 * is proposed as a claim.
 */
public record DetectedSentence(
        int start,
        int end,
        String text,
        double score,
        boolean proposed,
        Set<ClaimKind> kinds,
        List<String> reasons,
        List<RedFlag> flags,
        List<Quantity> quantities,
        String claimant) {

    /** The same sentence with other red flags (the article-wide checks add theirs after each sentence's). */
    public DetectedSentence withFlags(List<RedFlag> newFlags) {
        return new DetectedSentence(
                start, end, text, score, proposed, kinds, reasons, List.copyOf(newFlags), quantities, claimant);
    }

    public boolean hasFlag(String code) {
        return flags.stream().anyMatch(f -> f.code().equals(code));
    }
}
