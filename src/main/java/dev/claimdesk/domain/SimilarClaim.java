package dev.claimdesk.domain;

import java.time.LocalDate;

/**
 * A claim found like another: a claim of the desk ({@code claimId} set, in the article {@code
 * source}) or a fact-check of the archive ({@code archiveId} set, by the publisher {@code source}),
 * with its verdict or rating, who gave the verdict ({@code checkedBy}, desk claims only), date, score, closeness in meaning ({@code cosine} of the two
 * embeddings, -1 to 1), and what agrees and what does not ({@code agreement}).
 */
public record SimilarClaim(
        Long claimId,
        Long archiveId,
        String text,
        String verdict,
        String checkedBy,
        LocalDate date,
        String source,
        String url,
        double score,
        double cosine,
        boolean figuresAgree,
        String agreement) {

    /**
     * Closeness in meaning from which a match is shown in the claim detail. Measured on the CLEF
     * 2020 claim-matching training tweets against 10,389 fact-checked claims (scripts/bench.sh
     * matching): 75 % of the true matches reach 0.55, and for 39 % of tweets the closest of the
     * 10,389 wrong claims does too (0.50: 83 % and 62 %; 0.60: 63 % and 23 %). Each shown match says
     * whether its figures, names and direction agree, so the reviewer sorts out the rest (decision 0023).
     */
    public static final double SHOWN_FROM = 0.55;

    /** A desk claim of another article (else a fact-check of the archive). */
    public boolean isDeskClaim() {
        return claimId != null;
    }

    /** Close enough in meaning to be shown in the claim detail. */
    public boolean closeEnough() {
        return cosine >= SHOWN_FROM;
    }

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
