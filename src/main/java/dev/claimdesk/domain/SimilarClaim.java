package dev.claimdesk.domain;

import java.time.LocalDate;

/**
 * A claim found like another: a claim of the desk ({@code claimId} set, in the article {@code
 * source}) or a fact-check of the archive ({@code archiveId} set, by the publisher {@code source}),
 * with its verdict or rating, date, score, and what agrees and what does not ({@code agreement}).
 */
public record SimilarClaim(
        Long claimId,
        Long archiveId,
        String text,
        String verdict,
        LocalDate date,
        String source,
        String url,
        double score,
        boolean figuresAgree,
        String agreement) {

    /** "claim:12" for a desk claim, the archive entry's own id for a fact-check. */
    public String key(String archiveKey) {
        return claimId != null ? "claim:" + claimId : archiveKey;
    }

    /** One line for the claim detail: "Checked before: … — False, 2 Oct 2026 (Article title)". */
    public String line() {
        StringBuilder b = new StringBuilder("Checked before: ").append(text);
        String v = verdict == null ? "no verdict yet" : verdict;
        b.append(" — ").append(v);
        if (date != null) {
            b.append(", ")
                    .append(date.format(
                            java.time.format.DateTimeFormatter.ofPattern("d MMM uuuu", java.util.Locale.ENGLISH)));
        }
        if (source != null && !source.isBlank()) {
            b.append(" (").append(source).append(')');
        }
        return b.toString();
    }
}
