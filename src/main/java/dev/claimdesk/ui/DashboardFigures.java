package dev.claimdesk.ui;

import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.DeskStats;
import dev.claimdesk.domain.agreement.AgreementSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** The dashboard's single figures as the window shows them, from the same numbers {@code claimdesk stats} prints. */
final class DashboardFigures {
    /** Shown where a figure cannot be computed yet (no approval, no double-rated claim). */
    static final String NONE = "–";

    /** The periods the dashboard offers; {@code claimdesk stats --since} takes any day. */
    enum Period {
        ALL("All time"),
        LAST_7_DAYS("Last 7 days"),
        LAST_30_DAYS("Last 30 days"),
        LAST_90_DAYS("Last 90 days"),
        THIS_YEAR("This year");

        private final String label;

        Period(String label) {
            this.label = label;
        }

        /** The first day counted (UTC), or null for all time. */
        LocalDate since(LocalDate today) {
            return switch (this) {
                case ALL -> null;
                case LAST_7_DAYS -> today.minusDays(6);
                case LAST_30_DAYS -> today.minusDays(29);
                case LAST_90_DAYS -> today.minusDays(89);
                case THIS_YEAR -> today.withDayOfYear(1);
            };
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** What the dashboard shows: the figures, the articles to choose from, and the slice chosen. */
    record Shown(DeskStats stats, List<Article> articles, long articleId, Period period) {}

    private DashboardFigures() {}

    static String claims(DeskStats s) {
        return String.valueOf(s.totalClaims());
    }

    static String approved(DeskStats s) {
        return String.valueOf(s.claimsIn(ClaimState.APPROVED));
    }

    /** Hours with one decimal, and days beside them from two days on. */
    static String median(DeskStats s) {
        if (s.medianImportToApproval().isEmpty()) {
            return NONE;
        }
        double hours = DeskStats.hours(s.medianImportToApproval().get());
        String text = String.format(Locale.ROOT, "%.1f h", hours);
        return hours >= 48 ? text + String.format(Locale.ROOT, " (%.1f days)", hours / 24) : text;
    }

    static String backlog(DeskStats s) {
        return String.valueOf(s.adjudicationBacklog());
    }

    static String alpha(AgreementSummary g) {
        if (g.alpha().isEmpty()) {
            return NONE;
        }
        return two(g.alpha().getAsDouble());
    }

    /** The bootstrap interval of alpha, or empty text. */
    static String alphaInterval(AgreementSummary g) {
        return g.alphaInterval()
                .map(i -> "95 % interval " + two(i.low()) + " to " + two(i.high()))
                .orElse("");
    }

    static String observed(OptionalDouble observed) {
        return observed.isPresent()
                ? String.format(Locale.ROOT, "%.1f %%", 100 * DeskStats.round(observed.getAsDouble()))
                : NONE;
    }

    static String oppositeEnds(AgreementSummary g) {
        return String.valueOf(g.oppositeEnds());
    }

    static String kappa(OptionalDouble kappa) {
        return kappa.isPresent() ? two(kappa.getAsDouble()) : NONE;
    }

    /** Two decimals, the precision a bootstrap of 1,000 draws supports. */
    static String two(double v) {
        return String.format(Locale.ROOT, "%.2f", DeskStats.round(v));
    }
}
