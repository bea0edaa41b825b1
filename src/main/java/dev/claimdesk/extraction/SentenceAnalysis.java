package dev.claimdesk.extraction;

import dev.claimdesk.domain.ClaimKind;
import dev.claimdesk.domain.Quantity;
import dev.claimdesk.domain.RedFlag;
import java.util.List;
import java.util.Set;

/**
 * What the detector found in one sentence: its check-worthiness score in [0, 1] with the reasons
 * in words, its kinds, figures and red flags, who it is attributed to (may be null), and whether it
 * is proposed as a claim.
 */
public record SentenceAnalysis(
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
