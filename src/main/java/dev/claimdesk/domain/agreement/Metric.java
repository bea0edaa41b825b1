package dev.claimdesk.domain.agreement;

import java.util.List;
import java.util.Map;

/**
 * How different two labels are: Krippendorff's squared difference δ²(c, k). Some metrics (ordinal)
 * depend on how often each label was used, so the metric is asked for the whole table at once,
 * given the labels in play and their frequencies among pairable values ({@code n_c}).
 */
public interface Metric {

    /** δ² for every pair of {@code labels}, in their order; {@code frequency[i]} is n of labels[i]. */
    double[][] squaredDifferences(List<String> labels, double[] frequency);

    /** Labels are the same or not: δ² is 0 or 1. */
    static Metric nominal() {
        return (labels, frequency) -> {
            int size = labels.size();
            double[][] d = new double[size][size];
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    d[i][j] = i == j ? 0 : 1;
                }
            }
            return d;
        };
    }

    /**
     * Ranked labels (a higher rank is truer): δ²(c, k) = (Σ_{g from c to k} n_g − (n_c + n_k) / 2)²,
     * Krippendorff's ordinal metric, which measures a difference by how many values lie between.
     * Every label must have a rank.
     */
    static Metric ordinal(Map<String, Integer> rank) {
        return (labels, frequency) -> Differences.ordinal(labels, frequency, rank, false);
    }

    /** Labels standing for numbers: δ² = (c − k)². */
    static Metric interval(Map<String, Double> value) {
        return (labels, frequency) -> {
            double[] v = Differences.values(labels, value);
            double[][] d = new double[v.length][v.length];
            for (int i = 0; i < v.length; i++) {
                for (int j = 0; j < v.length; j++) {
                    d[i][j] = (v[i] - v[j]) * (v[i] - v[j]);
                }
            }
            return d;
        };
    }

    /** Labels standing for amounts with a true zero: δ² = ((c − k) / (c + k))². */
    static Metric ratio(Map<String, Double> value) {
        return (labels, frequency) -> {
            double[] v = Differences.values(labels, value);
            double[][] d = new double[v.length][v.length];
            for (int i = 0; i < v.length; i++) {
                for (int j = 0; j < v.length; j++) {
                    double sum = v[i] + v[j];
                    d[i][j] = sum == 0 ? 0 : Math.pow((v[i] - v[j]) / sum, 2);
                }
            }
            return d;
        };
    }

    /**
     * A verdict scale, where some labels are ranked (True … False) and others stand apart
     * (Misleading, Unverifiable): between two ranked labels the ordinal difference, scaled so that
     * the two ends of the scale in use differ by 1; between a label without a rank and any other
     * label, 1 (the nominal difference). So "Mostly true" against "True" counts less than "True"
     * against "False", and "Misleading" against anything else counts in full.
     */
    static Metric scale(Map<String, Integer> rank) {
        return (labels, frequency) -> Differences.ordinal(labels, frequency, rank, true);
    }

    /** Pure helpers of the metrics above. */
    final class Differences {
        private Differences() {}

        static double[] values(List<String> labels, Map<String, Double> value) {
            double[] v = new double[labels.size()];
            for (int i = 0; i < v.length; i++) {
                Double x = value.get(labels.get(i));
                if (x == null) {
                    throw new IllegalArgumentException("no value for label " + labels.get(i));
                }
                v[i] = x;
            }
            return v;
        }

        static double[][] ordinal(List<String> labels, double[] frequency, Map<String, Integer> rank, boolean mixed) {
            int size = labels.size();
            double[][] d = new double[size][size];
            double largest = 0;
            for (int i = 0; i < size; i++) {
                Integer ri = rank.get(labels.get(i));
                if (ri == null && !mixed) {
                    throw new IllegalArgumentException("no rank for label " + labels.get(i));
                }
                for (int j = 0; j < size; j++) {
                    Integer rj = rank.get(labels.get(j));
                    if (i == j) {
                        d[i][j] = 0;
                    } else if (ri == null || rj == null) {
                        d[i][j] = -1; // nominal: filled in below
                    } else {
                        int low = Math.min(ri, rj);
                        int high = Math.max(ri, rj);
                        double between = 0;
                        for (int g = 0; g < size; g++) {
                            Integer rg = rank.get(labels.get(g));
                            if (rg != null && rg >= low && rg <= high) {
                                between += frequency[g];
                            }
                        }
                        double x = between - (frequency[i] + frequency[j]) / 2;
                        d[i][j] = x * x;
                        largest = Math.max(largest, d[i][j]);
                    }
                }
            }
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    if (d[i][j] < 0) {
                        d[i][j] = 1;
                    } else if (mixed && largest > 0) {
                        d[i][j] /= largest;
                    }
                }
            }
            return d;
        }
    }
}
