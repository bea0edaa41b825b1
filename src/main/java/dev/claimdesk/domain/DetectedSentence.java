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

    public boolean hasFlag(String code) {
        return flags.stream().anyMatch(f -> f.code().equals(code));
    }
}
