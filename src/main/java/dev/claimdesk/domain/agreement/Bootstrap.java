package dev.claimdesk.domain.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A percentile bootstrap confidence interval of an agreement measure: the units are drawn with
 * replacement {@code samples} times, the measure computed on each draw, and the interval read off
 * the sorted results. Seeded, so the same data always give the same interval.
 */
public final class Bootstrap {
    private Bootstrap() {}

    /** The lower and upper bound, at {@code level} (0.95 for 95 %). */
    public record Interval(double low, double high, double level, int samples) {}

    public static Optional<Interval> interval(
            List<List<String>> units,
            Function<List<List<String>>, OptionalDouble> measure,
            int samples,
            double level,
            long seed) {
        List<List<String>> pairable = units.stream().filter(u -> u.size() >= 2).toList();
        if (pairable.size() < 2 || samples < 1) {
            return Optional.empty();
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] results = new double[samples];
        int defined = 0;
        for (int s = 0; s < samples; s++) {
            List<List<String>> draw = new ArrayList<>(pairable.size());
            for (int i = 0; i < pairable.size(); i++) {
                draw.add(pairable.get(random.nextInt(pairable.size())));
            }
            OptionalDouble value = measure.apply(draw);
            if (value.isPresent()) {
                results[defined++] = value.getAsDouble();
            }
        }
        if (defined == 0) {
            return Optional.empty();
        }
        double[] sorted = Arrays.copyOf(results, defined);
        Arrays.sort(sorted);
        double tail = (1 - level) / 2;
        return Optional.of(new Interval(at(sorted, tail), at(sorted, 1 - tail), level, defined));
    }

    private static double at(double[] sorted, double quantile) {
        int i = (int) Math.round(quantile * (sorted.length - 1));
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
