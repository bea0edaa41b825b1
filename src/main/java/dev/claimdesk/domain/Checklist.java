package dev.claimdesk.domain;

import java.util.ArrayList;
import java.util.List;

/** The questions a careful checker asks of a claim, by its kinds (and an AI source). */
public final class Checklist {
    private Checklist() {}

    public static List<String> questionsFor(Claim c) {
        List<String> out = new ArrayList<>();
        for (ClaimKind k : c.kinds().stream().sorted().toList()) {
            switch (k) {
                case QUANTITY -> out.add("Found the original figure, with its unit and date?");
                case SHARE_RANKING -> out.add("Checked the denominator and the period of the share or ranking?");
                case CHANGE -> out.add("Recomputed the change from the two figures (points and ratio)?");
                case SUPERLATIVE -> out.add("Searched for earlier or larger instances?");
                case ATTRIBUTION -> out.add("Compared the quote against the original source?");
                case COMPARISON -> out.add("Checked that both sides are measured the same way?");
                case PREDICTION -> out.add("Is it checkable at all, or only an expectation?");
                case OTHER -> {}
            }
        }
        if (c.flags().stream().anyMatch(f -> f.code().equals("SOURCE_AI"))) {
            out.add("Confirmed what the AI said with a source that is not an AI?");
        }
        return out;
    }
}
