package dev.claimdesk.domain.agreement;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Counts over the pairs of labels given to one unit by different coders. */
public final class PairCounts {
    private PairCounts() {}

    /**
     * Observed agreement: of all pairs of coders who labelled the same unit, the share that gave the
     * same label (each unit's pairs weighted 1 / (m − 1), as in alpha, so that a unit counts by its
     * number of values). Equal to the share of units agreed on when there are two coders.
     */
    public static OptionalDouble observedAgreement(List<List<String>> units) {
        double agreeing = 0;
        double all = 0;
        for (List<String> unit : units) {
            int m = unit.size();
            if (m < 2) {
                continue;
            }
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j) {
                        all += 1.0 / (m - 1);
                        if (unit.get(i).equals(unit.get(j))) {
                            agreeing += 1.0 / (m - 1);
                        }
                    }
                }
            }
        }
        return all == 0 ? OptionalDouble.empty() : OptionalDouble.of(agreeing / all);
    }

    /**
     * Pairs of coders on one unit who put it at opposite ends of the scale: one gave the truest
     * ranked label in {@code rank} and the other the least true (True against False). Each unordered
     * pair of coders counts once.
     */
    public static int oppositeEnds(List<List<String>> units, Map<String, Integer> rank) {
        if (rank.isEmpty()) {
            return 0;
        }
        int top = rank.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        int bottom = rank.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
        if (top == bottom) {
            return 0;
        }
        int count = 0;
        for (List<String> unit : units) {
            for (int i = 0; i < unit.size(); i++) {
                for (int j = i + 1; j < unit.size(); j++) {
                    Integer a = rank.get(unit.get(i));
                    Integer b = rank.get(unit.get(j));
                    if (a != null && b != null && Math.max(a, b) == top && Math.min(a, b) == bottom) {
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
