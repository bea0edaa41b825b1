package dev.claimdesk.domain.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The reliability data of agreement measures: who gave which label to which unit. Each coder gives a
 * unit at most one label (the last one wins when a list repeats a pair). Units and coders keep the
 * order in which they first appear, so every computation over them is deterministic.
 */
public final class Codings {
    private final Map<String, Map<String, String>> byUnit;

    private Codings(Map<String, Map<String, String>> byUnit) {
        this.byUnit = byUnit;
    }

    public static Codings of(Collection<Coding> codings) {
        Map<String, Map<String, String>> byUnit = new LinkedHashMap<>();
        for (Coding c : codings) {
            byUnit.computeIfAbsent(c.unit(), u -> new LinkedHashMap<>()).put(c.coder(), c.label());
        }
        return new Codings(byUnit);
    }

    /**
     * A coder-by-unit table as published with the measures: {@code table[coder][unit]}, null where
     * the coder gave no value. Coders are named "1", "2", ... and units "1", "2", ...
     */
    public static Codings fromTable(String[][] table) {
        List<Coding> list = new ArrayList<>();
        for (int unit = 0; unit < (table.length == 0 ? 0 : table[0].length); unit++) {
            for (int coder = 0; coder < table.length; coder++) {
                String value = table[coder][unit];
                if (value != null) {
                    list.add(new Coding(String.valueOf(unit + 1), String.valueOf(coder + 1), value));
                }
            }
        }
        return of(list);
    }

    /** The labels given to each unit (every unit, in order; a unit may hold a single label). */
    public List<List<String>> units() {
        List<List<String>> out = new ArrayList<>(byUnit.size());
        for (Map<String, String> labels : byUnit.values()) {
            out.add(List.copyOf(labels.values()));
        }
        return out;
    }

    /** Units that two or more coders labelled: the only ones that count for agreement. */
    public int pairableUnits() {
        return (int) byUnit.values().stream().filter(m -> m.size() >= 2).count();
    }

    /** Every coder, in order of first appearance. */
    public List<String> coders() {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        byUnit.values().forEach(m -> m.keySet().forEach(c -> seen.put(c, true)));
        return List.copyOf(seen.keySet());
    }

    /** Only the codings of units that pass {@code keep} (for one article, one period, ...). */
    public Codings units(Predicate<String> keep) {
        Map<String, Map<String, String>> kept = new LinkedHashMap<>();
        byUnit.forEach((u, m) -> {
            if (keep.test(u)) {
                kept.put(u, m);
            }
        });
        return new Codings(kept);
    }

    /**
     * For each pair of coders (named in their order of appearance) the units both labelled, as two
     * aligned lists: what Cohen's kappa compares. Pairs with no common unit are left out.
     */
    public Map<CoderPair, List<String[]>> byPair() {
        List<String> coders = coders();
        Map<CoderPair, List<String[]>> out = new TreeMap<>();
        for (int i = 0; i < coders.size(); i++) {
            for (int j = i + 1; j < coders.size(); j++) {
                String a = coders.get(i);
                String b = coders.get(j);
                List<String[]> common = new ArrayList<>();
                for (Map<String, String> m : byUnit.values()) {
                    if (m.containsKey(a) && m.containsKey(b)) {
                        common.add(new String[] {m.get(a), m.get(b)});
                    }
                }
                if (!common.isEmpty()) {
                    out.put(new CoderPair(a, b), common);
                }
            }
        }
        return out;
    }

    /** Two coders; {@code first} sorts before {@code second}. */
    public record CoderPair(String first, String second) implements Comparable<CoderPair> {
        public CoderPair {
            if (first.compareTo(second) > 0) {
                String t = first;
                first = second;
                second = t;
            }
        }

        @Override
        public int compareTo(CoderPair o) {
            int c = first.compareTo(o.first);
            return c != 0 ? c : second.compareTo(o.second);
        }
    }
}
