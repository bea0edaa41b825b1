package dev.claimdesk.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The agreement functions against an independent, literal computation on 1,000 seeded random data
 * sets: alpha as one minus the average difference within units over the average difference between
 * all pairable values (no coincidence matrix), kappa with the chance agreement counted over every
 * cross pair of the two coders' labels.
 */
class BruteForceAgreementTest {
    private static final List<String> LABELS = List.of("T", "MT", "HT", "MF", "F", "MIS", "UNV");
    private static final Map<String, Integer> RANK = Map.of("T", 5, "MT", 4, "HT", 3, "MF", 2, "F", 1);

    static Stream<Arguments> dataSets() {
        return LongStream.range(0, 1_000).mapToObj(seed -> Arguments.of(seed, generate(seed)));
    }

    /** Up to 30 units, 2-6 coders, labels of a 3- to 7-label scale, about a fifth missing. */
    private static List<List<String>> generate(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int labels = 2 + r.nextInt(6);
        int coders = 2 + r.nextInt(5);
        int units = 1 + r.nextInt(30);
        boolean skewed = r.nextBoolean();
        List<List<String>> out = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            List<String> unit = new ArrayList<>();
            int truth = r.nextInt(labels);
            for (int c = 0; c < coders; c++) {
                if (r.nextInt(5) == 0) {
                    continue;
                }
                int label = skewed && r.nextInt(3) > 0 ? truth : r.nextInt(labels);
                unit.add(LABELS.get(label));
            }
            out.add(unit);
        }
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dataSets")
    void alphaAndKappaEqualTheirLiteralDefinitions(long seed, List<List<String>> units) {
        Map<String, Double> value = new HashMap<>();
        RANK.forEach((k, v) -> value.put(k, v.doubleValue()));
        List<List<String>> ranked = units.stream()
                .map(u -> u.stream().filter(RANK::containsKey).toList())
                .toList();
        same(KrippendorffAlpha.alpha(units, Metric.nominal()), literalAlpha(units, Kind.NOMINAL));
        same(KrippendorffAlpha.alpha(units, Metric.scale(RANK)), literalAlpha(units, Kind.SCALE));
        same(KrippendorffAlpha.alpha(ranked, Metric.ordinal(RANK)), literalAlpha(ranked, Kind.ORDINAL));
        same(KrippendorffAlpha.alpha(ranked, Metric.interval(value)), literalAlpha(ranked, Kind.INTERVAL));

        List<String[]> pairs = units.stream()
                .filter(u -> u.size() >= 2)
                .map(u -> new String[] {u.get(0), u.get(1)})
                .toList();
        same(CohenKappa.kappa(pairs), literalKappa(pairs));
    }

    private enum Kind {
        NOMINAL,
        ORDINAL,
        INTERVAL,
        SCALE
    }

    private static OptionalDouble literalAlpha(List<List<String>> units, Kind kind) {
        List<String> values = new ArrayList<>();
        List<List<String>> pairable = units.stream().filter(u -> u.size() >= 2).toList();
        pairable.forEach(values::addAll);
        int n = values.size();
        if (n < 2) {
            return OptionalDouble.empty();
        }
        Map<String, Integer> count = new HashMap<>();
        values.forEach(v -> count.merge(v, 1, Integer::sum));
        double largest = 0;
        if (kind == Kind.SCALE) {
            for (String a : count.keySet()) {
                for (String b : count.keySet()) {
                    if (RANK.containsKey(a) && RANK.containsKey(b)) {
                        largest = Math.max(largest, ordinal(a, b, count));
                    }
                }
            }
        }
        double within = 0;
        for (List<String> unit : pairable) {
            double sum = 0;
            for (int i = 0; i < unit.size(); i++) {
                for (int j = 0; j < unit.size(); j++) {
                    if (i != j) {
                        sum += delta(unit.get(i), unit.get(j), kind, count, largest);
                    }
                }
            }
            within += sum / (unit.size() - 1);
        }
        double between = 0;
        for (int p = 0; p < n; p++) {
            for (int q = 0; q < n; q++) {
                if (p != q) {
                    between += delta(values.get(p), values.get(q), kind, count, largest);
                }
            }
        }
        double observed = within / n;
        double expected = between / ((double) n * (n - 1));
        return expected == 0 ? OptionalDouble.empty() : OptionalDouble.of(1 - observed / expected);
    }

    private static double delta(String a, String b, Kind kind, Map<String, Integer> count, double largest) {
        if (a.equals(b)) {
            return 0;
        }
        return switch (kind) {
            case NOMINAL -> 1;
            case INTERVAL -> Math.pow(RANK.get(a) - RANK.get(b), 2);
            case ORDINAL -> ordinal(a, b, count);
            case SCALE -> RANK.containsKey(a) && RANK.containsKey(b) ? ordinal(a, b, count) / largest : 1;
        };
    }

    /** Krippendorff's ordinal difference, counting the values ranked between a and b one by one. */
    private static double ordinal(String a, String b, Map<String, Integer> count) {
        int low = Math.min(RANK.get(a), RANK.get(b));
        int high = Math.max(RANK.get(a), RANK.get(b));
        double between = 0;
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            Integer r = RANK.get(e.getKey());
            if (r != null && r >= low && r <= high) {
                between += e.getValue();
            }
        }
        double x = between - (count.get(a) + count.get(b)) / 2.0;
        return x * x;
    }

    private static OptionalDouble literalKappa(List<String[]> pairs) {
        int n = pairs.size();
        if (n == 0) {
            return OptionalDouble.empty();
        }
        double same = 0;
        double chance = 0;
        for (String[] p : pairs) {
            same += p[0].equals(p[1]) ? 1 : 0;
            for (String[] q : pairs) {
                chance += p[0].equals(q[1]) ? 1 : 0;
            }
        }
        double po = same / n;
        double pe = chance / ((double) n * n);
        return pe >= 1 ? OptionalDouble.empty() : OptionalDouble.of((po - pe) / (1 - pe));
    }

    private static void same(OptionalDouble actual, OptionalDouble expected) {
        assertThat(actual.isPresent()).isEqualTo(expected.isPresent());
        if (expected.isPresent()) {
            assertThat(actual.getAsDouble()).isCloseTo(expected.getAsDouble(), within(1e-9));
        }
    }
}
