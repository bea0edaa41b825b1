package dev.claimdesk.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a verdict scale usable, in plain sentences: a code and a name, at least two labels
 * offered, unique label codes and names, one-key hotkeys that differ, "#rrggbb" colours, ranks that
 * differ, and rating values that follow the ranks (a truer label never publishes a lower rating).
 */
public final class ScaleRules {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern HOTKEY = Pattern.compile("[0-9a-z]");

    private ScaleRules() {}

    /** Every problem of {@code scale}; empty when it may be saved. */
    public static List<String> problems(VerdictScale scale) {
        List<String> out = new ArrayList<>();
        if (scale.code() == null || !CODE.matcher(scale.code()).matches()) {
            out.add("A scale's code is written in capitals, digits and \"_\" (for example NEWSROOM), at most 40.");
        }
        if (scale.name() == null || scale.name().isBlank()) {
            out.add("Give the scale a name.");
        }
        List<VerdictLabel> offered =
                scale.labels().stream().filter(l -> !l.retired()).toList();
        if (offered.size() < 2) {
            out.add("A scale offers at least two verdicts that are not retired.");
        }
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> hotkeys = new HashSet<>();
        Set<Integer> ranks = new HashSet<>();
        for (VerdictLabel l : scale.labels()) {
            String label = l.name() == null || l.name().isBlank() ? l.code() : "\"" + l.name() + "\"";
            if (l.code() == null || !CODE.matcher(l.code()).matches()) {
                out.add("The verdict " + label + " needs a code in capitals, digits and \"_\" (for example"
                        + " MOSTLY_TRUE).");
            } else if (!codes.add(l.code())) {
                out.add("Two verdicts have the code " + l.code() + "; each code is used once.");
            }
            if (l.name() == null || l.name().isBlank()) {
                out.add("The verdict " + l.code() + " needs a name.");
            } else if (!names.add(l.name().strip().toLowerCase(Locale.ROOT))) {
                out.add("Two verdicts are called \"" + l.name().strip() + "\"; each name is used once.");
            }
            if (l.colour() == null || !COLOUR.matcher(l.colour()).matches()) {
                out.add("The colour of " + label + " is written as #rrggbb (for example #2e7d32).");
            }
            if (l.hotkey() != null && !l.hotkey().isEmpty() && !l.retired()) {
                if (!HOTKEY.matcher(l.hotkey()).matches()) {
                    out.add("The key of " + label + " is one digit or one lower-case letter.");
                } else if (!hotkeys.add(l.hotkey())) {
                    out.add("Two verdicts use the key " + l.hotkey() + "; give each its own.");
                }
            }
            if (l.ordinal() != null && !ranks.add(l.ordinal())) {
                out.add("Two verdicts have the rank " + l.ordinal() + "; ranked verdicts each have their own.");
            }
            if (l.ordinal() == null && l.ratingValue() != null) {
                out.add(label + " has a rating value but no rank; give it a rank, or leave both empty for a"
                        + " verdict outside the true-false line.");
            }
        }
        List<VerdictLabel> ranked = scale.labels().stream()
                .filter(l -> l.ordinal() != null && l.ratingValue() != null)
                .sorted(Comparator.comparing(VerdictLabel::ordinal))
                .toList();
        for (int i = 1; i < ranked.size(); i++) {
            VerdictLabel lower = ranked.get(i - 1);
            VerdictLabel higher = ranked.get(i);
            if (higher.ratingValue() <= lower.ratingValue()) {
                out.add("\"" + higher.name() + "\" ranks above \"" + lower.name() + "\" but its rating value ("
                        + higher.ratingValue() + ") is not higher (" + lower.ratingValue() + ").");
            }
        }
        return out;
    }
}
