package dev.claimdesk.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One claim as it leaves ClaimDesk: the row of the verdict CSV (design.md section 6) and the source
 * of ClaimReview and reports. Nullable fields are null when unknown. {@code kinds} are labels and
 * {@code flags} red-flag codes, each joined with "; " (empty when none); {@code checkworthiness}
 * is the detector's score from 0 to 1; {@code dismissReason} is null unless the claim is dismissed.
 * {@code verdictOrdinal}, {@code scaleBest} and {@code scaleWorst} are the rating values a
 * ClaimReview publishes (the label's rating value, the scale's highest and lowest), and {@code
 * verdictPublished} the label's published words (its alternate name, else its name). {@code
 * reviewMode} is the article's review mode (null when not read) and {@code blind} the two blind
 * verdicts of a completed round (null while a round is open, or in four-eyes review).
 */
public record VerdictRow(
        long claimId,
        long articleId,
        String articleTitle,
        String articleUrl,
        String articleOutlet,
        LocalDate articlePublishedOn,
        String claimText,
        String claimant,
        String kinds,
        double checkworthiness,
        String flags,
        ClaimState state,
        DismissReason dismissReason,
        String verdict,
        String verdictCode,
        Integer verdictOrdinal,
        String verdictScale,
        Integer scaleBest,
        Integer scaleWorst,
        String rationale,
        int evidenceCount,
        int supporting,
        int refuting,
        String reviewer,
        String approvedBy,
        Instant approvedAt,
        String updatedAt,
        String verdictPublished,
        ReviewMode reviewMode,
        BlindVerdicts blind) {

    /** The two verdicts of a completed blind round, by their reviewers, in the order given. */
    public record BlindVerdicts(String first, String firstBy, String second, String secondBy) {}
}
