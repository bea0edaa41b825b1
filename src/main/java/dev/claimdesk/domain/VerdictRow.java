package dev.claimdesk.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One claim as it leaves ClaimDesk: the row of the verdict CSV (design.md section 6) and the source
 * of ClaimReview and reports. Nullable fields are null when unknown.
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
        String flags,
        ClaimState state,
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
        String updatedAt) {}
