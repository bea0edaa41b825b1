package dev.claimdesk.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The worked examples published with the measures, to the precision they are published with:
 * Krippendorff, K. (2011), "Computing Krippendorff's Alpha-Reliability" (Annenberg School for
 * Communication, University of Pennsylvania), sections A to C; and the kappa example of the
 * textbooks (Cohen 1960's formula, e.g. Wikipedia's "Cohen's kappa", first worked example).
 */
class PublishedExamplesTest {
    private static final String N = null;

    @Test
    void binaryDataTwoObserversNoMissingValues() {
        Codings c = Codings.fromTable(new String[][] {
            {"0", "1", "0", "0", "0", "0", "0", "0", "1", "0"},
            {"1", "1", "1", "0", "0", "1", "0", "0", "0", "0"}
        });
        assertThat(KrippendorffAlpha.alpha(c.units(), Metric.nominal()).getAsDouble())
                .isCloseTo(0.095, within(0.0005));
    }

    @Test
    void nominalDataTwoObserversNoMissingValues() {
        Codings c = Codings.fromTable(new String[][] {
            {"a", "a", "b", "b", "d", "c", "c", "c", "e", "d", "d", "a"},
            {"b", "a", "b", "b", "b", "c", "c", "c", "e", "d", "d", "d"}
        });
        assertThat(KrippendorffAlpha.alpha(c.units(), Metric.nominal()).getAsDouble())
                .isCloseTo(0.692, within(0.0005));
    }

    /** Section C: four observers, twelve units, missing values; alpha for each metric. */
    @Test
    void anyNumberOfObserversWithMissingValuesForEveryMetric() {
        Codings c = Codings.fromTable(new String[][] {
            {"1", "2", "3", "3", "2", "1", "4", "1", "2", N, N, N},
            {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", N, "3"},
            {N, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", N},
            {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", N}
        });
        Map<String, Integer> rank = Map.of("1", 1, "2", 2, "3", 3, "4", 4, "5", 5);
        Map<String, Double> value = Map.of("1", 1.0, "2", 2.0, "3", 3.0, "4", 4.0, "5", 5.0);
        List<List<String>> units = c.units();
        assertThat(c.pairableUnits()).isEqualTo(11);
        assertThat(KrippendorffAlpha.alpha(units, Metric.nominal()).getAsDouble())
                .isCloseTo(0.743, within(0.0005));
        assertThat(KrippendorffAlpha.alpha(units, Metric.ordinal(rank)).getAsDouble())
                .isCloseTo(0.815, within(0.0005));
        assertThat(KrippendorffAlpha.alpha(units, Metric.interval(value)).getAsDouble())
                .isCloseTo(0.849, within(0.0005));
        assertThat(KrippendorffAlpha.alpha(units, Metric.ratio(value)).getAsDouble())
                .isCloseTo(0.797, within(0.0005));
    }

    /** 50 items: both yes 20, first yes second no 5, first no second yes 10, both no 15: κ = 0.4. */
    @Test
    void cohensKappaOfTheTextbookExample() {
        List<String[]> pairs = new ArrayList<>();
        add(pairs, "yes", "yes", 20);
        add(pairs, "yes", "no", 5);
        add(pairs, "no", "yes", 10);
        add(pairs, "no", "no", 15);
        assertThat(CohenKappa.kappa(pairs).getAsDouble()).isCloseTo(0.4, within(1e-12));
        assertThat(PairCounts.observedAgreement(unitsOf(pairs)).getAsDouble()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void undefinedWhereThereIsNothingToCompare() {
        assertThat(KrippendorffAlpha.alpha(List.of(List.of("a"), List.of("b")), Metric.nominal()))
                .isEmpty();
        assertThat(KrippendorffAlpha.alpha(List.of(List.of("a", "a"), List.of("a", "a")), Metric.nominal()))
                .isEmpty();
        assertThat(CohenKappa.kappa(List.of())).isEmpty();
        assertThat(CohenKappa.kappa(List.<String[]>of(new String[] {"x", "x"}))).isEmpty();
        assertThat(PairCounts.observedAgreement(List.of(List.of("a")))).isEmpty();
    }

    @Test
    void aNeighbouringVerdictCountsLessThanTheOppositeEndOnTheScaleMetric() {
        Map<String, Integer> rank = Map.of("TRUE", 3, "MOSTLY_TRUE", 2, "FALSE", 1);
        List<List<String>> base = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            base.add(List.of("TRUE", "TRUE"));
            base.add(List.of("FALSE", "FALSE"));
            base.add(List.of("MOSTLY_TRUE", "MOSTLY_TRUE"));
        }
        List<List<String>> near = new ArrayList<>(base);
        near.add(List.of("TRUE", "MOSTLY_TRUE"));
        List<List<String>> far = new ArrayList<>(base);
        far.add(List.of("TRUE", "FALSE"));
        List<List<String>> apart = new ArrayList<>(base);
        apart.add(List.of("TRUE", "MISLEADING"));
        double nearAlpha = KrippendorffAlpha.alpha(near, Metric.scale(rank)).getAsDouble();
        double farAlpha = KrippendorffAlpha.alpha(far, Metric.scale(rank)).getAsDouble();
        double apartAlpha = KrippendorffAlpha.alpha(apart, Metric.scale(rank)).getAsDouble();
        assertThat(nearAlpha).isGreaterThan(farAlpha);
        assertThat(apartAlpha).isLessThan(nearAlpha);
        assertThat(PairCounts.oppositeEnds(far, rank)).isEqualTo(1);
        assertThat(PairCounts.oppositeEnds(near, rank)).isZero();
    }

    @Test
    void theSummaryGivesEveryPairItsKappaAndIsTheSameForTheSameSeed() {
        List<Coding> list = new ArrayList<>();
        String[] a = {"TRUE", "FALSE", "TRUE", "MISLEADING", "FALSE", "TRUE", "TRUE", "FALSE"};
        String[] b = {"TRUE", "FALSE", "MOSTLY_TRUE", "MISLEADING", "TRUE", "TRUE", "TRUE", "FALSE"};
        for (int i = 0; i < a.length; i++) {
            list.add(new Coding("claim-" + i, "grace", a[i]));
            list.add(new Coding("claim-" + i, "王芳", b[i]));
        }
        list.add(new Coding("claim-9", "grace", "TRUE"));
        Map<String, Integer> rank = Map.of("TRUE", 3, "MOSTLY_TRUE", 2, "FALSE", 1);
        AgreementSummary s = AgreementSummary.of(Codings.of(list), rank, 7);
        assertThat(s.units()).isEqualTo(9);
        assertThat(s.pairableUnits()).isEqualTo(8);
        assertThat(s.observed().getAsDouble()).isCloseTo(0.75, within(1e-12));
        assertThat(s.oppositeEnds()).isEqualTo(1);
        assertThat(s.pairs()).singleElement().satisfies(p -> {
            assertThat(p.units()).isEqualTo(8);
            assertThat(p.observed()).isCloseTo(0.75, within(1e-12));
            assertThat(p.kappa()).isPresent();
        });
        assertThat(s.alphaInterval()).isPresent();
        assertThat(s.alphaInterval().get().low()).isLessThanOrEqualTo(s.alpha().getAsDouble());
        assertThat(s.alphaInterval().get().high())
                .isGreaterThanOrEqualTo(s.alpha().getAsDouble());
        assertThat(AgreementSummary.of(Codings.of(list), rank, 7).alphaInterval())
                .isEqualTo(s.alphaInterval());
    }

    private static void add(List<String[]> pairs, String a, String b, int times) {
        for (int i = 0; i < times; i++) {
            pairs.add(new String[] {a, b});
        }
    }

    private static List<List<String>> unitsOf(List<String[]> pairs) {
        return pairs.stream().map(p -> List.of(p[0], p[1])).toList();
    }
}
