package dev.claimdesk.domain.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Cohen's kappa for two coders who labelled the same units: κ = (p_o − p_e) / (1 − p_e), with p_e
 * from each coder's own label frequencies (Cohen 1960). Every unit has a label from both.
 */
public final class CohenKappa {
    private CohenKappa() {}

    /** Kappa of aligned pairs {first coder's label, second coder's label}; empty when undefined. */
    public static OptionalDouble kappa(List<String[]> pairs) {
        if (pairs.isEmpty()) {
            return OptionalDouble.empty();
        }
        Map<String, Integer> first = new HashMap<>();
        Map<String, Integer> second = new HashMap<>();
        int same = 0;
        for (String[] p : pairs) {
            first.merge(p[0], 1, Integer::sum);
            second.merge(p[1], 1, Integer::sum);
            if (p[0].equals(p[1])) {
                same++;
            }
        }
        double n = pairs.size();
        double observed = same / n;
        double expected = 0;
        for (Map.Entry<String, Integer> e : first.entrySet()) {
            expected += (e.getValue() / n) * (second.getOrDefault(e.getKey(), 0) / n);
        }
        if (expected >= 1) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((observed - expected) / (1 - expected));
    }
}
