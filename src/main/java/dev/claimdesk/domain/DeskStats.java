package dev.claimdesk.domain;

import dev.claimdesk.domain.agreement.AgreementSummary;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The state of a desk's work at a glance (the dashboard and {@code claimdesk stats} show the same):
 * claims by state per article, the approved verdicts, approvals per day (UTC), each reviewer's open
 * work and throughput, the median time from import to approval, agreement of blind verdicts and the
 * adjudication backlog. Time-based figures count only what happened on or after {@code since}.
 */
public record DeskStats(
        LocalDate since,
        List<ArticleStates> articles,
        List<VerdictCount> verdicts,
        SortedMap<LocalDate, Long> approvedPerDay,
        List<ReviewerWork> reviewers,
        Optional<Duration> medianImportToApproval,
        AgreementSummary agreement,
        int adjudicationBacklog) {

    /** A figure as the desk's outputs print it: four decimals. */
    public static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    /** A duration in hours, to four decimals. */
    public static double hours(Duration d) {
        return round(d.toSeconds() / 3600.0);
    }

    /** Claims over every article of the slice. */
    public long totalClaims() {
        return articles.stream().mapToLong(ArticleStates::total).sum();
    }

    /** Claims in {@code state} over every article of the slice. */
    public long claimsIn(ClaimState state) {
        return articles.stream()
                .mapToLong(a -> a.claims().getOrDefault(state, 0L))
                .sum();
    }

    /** One article's claims per state (every state present, zero included). */
    public record ArticleStates(long articleId, String title, Map<ClaimState, Long> claims) {
        public long total() {
            return claims.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Approved claims with one verdict label ({@code colour}: the scale's "#rrggbb"). */
    public record VerdictCount(String code, String name, String colour, long claims) {}

    /**
     * One reviewer: claims assigned and not yet approved or dismissed; verdicts given (proposed or
     * blind) and decisions taken (approvals and adjudications) in the period.
     */
    public record ReviewerWork(String reviewer, long open, long verdictsGiven, long decisions) {}
}
