package dev.claimdesk.domain.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The agreement figures a desk watches, for one slice of its double-reviewed claims (an article, a
 * period, everything): observed agreement, Krippendorff's alpha on the verdict scale (ordinal
 * between ranked labels, nominal otherwise: {@link Metric#scale}) with a bootstrap interval, the
 * opposite-end pairs, and Cohen's kappa for each pair of reviewers.
 */
public record AgreementSummary(
        int units,
        int pairableUnits,
        OptionalDouble observed,
        OptionalDouble alpha,
        Optional<Bootstrap.Interval> alphaInterval,
        int oppositeEnds,
        List<PairFigures> pairs) {

    /** Bootstrap draws of the interval; enough for two decimals. */
    public static final int BOOTSTRAP_SAMPLES = 1_000;

    /** One pair of reviewers: how many claims both rated, how often they agreed, their kappa. */
    public record PairFigures(Codings.CoderPair pair, int units, double observed, OptionalDouble kappa) {}

    /** The figures of {@code codings}; {@code rank} gives the ranked labels of the scale (truer is higher). */
    public static AgreementSummary of(Codings codings, Map<String, Integer> rank, long seed) {
        List<List<String>> units = codings.units();
        Metric metric = Metric.scale(rank);
        List<PairFigures> pairs = new ArrayList<>();
        codings.byPair().forEach((pair, common) -> {
            long same = common.stream().filter(p -> p[0].equals(p[1])).count();
            pairs.add(new PairFigures(pair, common.size(), (double) same / common.size(), CohenKappa.kappa(common)));
        });
        return new AgreementSummary(
                units.size(),
                codings.pairableUnits(),
                PairCounts.observedAgreement(units),
                KrippendorffAlpha.alpha(units, metric),
                Bootstrap.interval(units, u -> KrippendorffAlpha.alpha(u, metric), BOOTSTRAP_SAMPLES, 0.95, seed),
                PairCounts.oppositeEnds(units, rank),
                List.copyOf(pairs));
    }
}
