package dev.claimdesk.domain.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Krippendorff's alpha for any number of coders, with missing values, computed from the
 * coincidence matrix as in Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability":
 * α = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck, over units with at least two values.
 */
public final class KrippendorffAlpha {
    private KrippendorffAlpha() {}

    /** Alpha of the units' labels; empty when undefined (fewer than two pairable values, or no variation). */
    public static OptionalDouble alpha(List<List<String>> units, Metric metric) {
        Coincidences co = Coincidences.of(units);
        if (co.total() < 2) {
            return OptionalDouble.empty();
        }
        double[][] delta = metric.squaredDifferences(co.labels(), co.frequencies());
        double observed = 0;
        double expected = 0;
        int size = co.labels().size();
        for (int c = 0; c < size; c++) {
            for (int k = 0; k < size; k++) {
                observed += co.matrix()[c][k] * delta[c][k];
                expected += co.frequencies()[c] * co.frequencies()[k] * delta[c][k];
            }
        }
        if (expected == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(1 - (co.total() - 1) * observed / expected);
    }

    /**
     * The coincidence matrix: o_ck sums, over units with m ≥ 2 values, the ordered pairs of values
     * (c, k) from different coders, each weighted 1 / (m − 1). Labels in order of first appearance.
     */
    public record Coincidences(List<String> labels, double[][] matrix, double[] frequencies, double total) {
        static Coincidences of(List<List<String>> units) {
            Map<String, Integer> index = new LinkedHashMap<>();
            for (List<String> unit : units) {
                if (unit.size() >= 2) {
                    unit.forEach(v -> index.putIfAbsent(v, index.size()));
                }
            }
            int size = index.size();
            double[][] o = new double[size][size];
            for (List<String> unit : units) {
                int m = unit.size();
                if (m < 2) {
                    continue;
                }
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < m; j++) {
                        if (i != j) {
                            o[index.get(unit.get(i))][index.get(unit.get(j))] += 1.0 / (m - 1);
                        }
                    }
                }
            }
            double[] n = new double[size];
            double total = 0;
            for (int c = 0; c < size; c++) {
                for (int k = 0; k < size; k++) {
                    n[c] += o[c][k];
                }
                total += n[c];
            }
            return new Coincidences(new ArrayList<>(index.keySet()), o, n, total);
        }
    }
}
