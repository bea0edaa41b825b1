package dev.claimdesk.extraction;

import dev.claimdesk.domain.Quantity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Similar is not the same: whether a matched claim's figures, names and direction agree with the
 * new claim's, said in words ("the figures differ: 60 % here, 40 % there"). The embedding scores a
 * 60 % share and a 40 % share of one market as near-identical; this says what it cannot.
 */
public final class ClaimAgreement {
    /** The outcome: each part agrees or not, and the sentences that say so. */
    public record Result(boolean figuresAgree, boolean namesAgree, boolean directionAgrees, List<String> notes) {
        public boolean agrees() {
            return figuresAgree && namesAgree && directionAgrees;
        }

        /** One line for the reviewer: the notes, or that figures, names and direction agree. */
        public String summary() {
            return notes.isEmpty() ? "Figures, names and direction agree." : String.join(" ", notes);
        }
    }

    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*");
    private static final Map<String, Integer> DIRECTION = Map.ofEntries(
            Map.entry("rose", 1),
            Map.entry("rise", 1),
            Map.entry("rises", 1),
            Map.entry("risen", 1),
            Map.entry("increase", 1),
            Map.entry("increased", 1),
            Map.entry("increases", 1),
            Map.entry("grew", 1),
            Map.entry("grow", 1),
            Map.entry("grown", 1),
            Map.entry("up", 1),
            Map.entry("higher", 1),
            Map.entry("more", 1),
            Map.entry("gain", 1),
            Map.entry("gained", 1),
            Map.entry("doubled", 1),
            Map.entry("tripled", 1),
            Map.entry("create", 1),
            Map.entry("created", 1),
            Map.entry("creates", 1),
            Map.entry("added", 1),
            Map.entry("raise", 1),
            Map.entry("raised", 1),
            Map.entry("fell", -1),
            Map.entry("fall", -1),
            Map.entry("falls", -1),
            Map.entry("fallen", -1),
            Map.entry("decrease", -1),
            Map.entry("decreased", -1),
            Map.entry("decreases", -1),
            Map.entry("dropped", -1),
            Map.entry("drop", -1),
            Map.entry("declined", -1),
            Map.entry("decline", -1),
            Map.entry("down", -1),
            Map.entry("lower", -1),
            Map.entry("less", -1),
            Map.entry("fewer", -1),
            Map.entry("lost", -1),
            Map.entry("halved", -1),
            Map.entry("cut", -1),
            Map.entry("cuts", -1),
            Map.entry("slashed", -1),
            Map.entry("reduced", -1),
            Map.entry("eliminated", -1),
            Map.entry("destroyed", -1));

    private ClaimAgreement() {}

    /** Compares the new claim ({@code here}) with a matched one ({@code there}). */
    public static Result compare(String here, String there) {
        List<String> notes = new ArrayList<>();
        boolean figures = figures(here, there, notes);
        boolean names = names(here, there, notes);
        boolean direction = direction(here, there, notes);
        return new Result(figures, names, direction, List.copyOf(notes));
    }

    private static boolean figures(String here, String there, List<String> notes) {
        List<Quantity> a = QuantityParser.parse(here);
        List<Quantity> b = QuantityParser.parse(there);
        if (a.isEmpty() && b.isEmpty()) {
            return true;
        }
        if (a.isEmpty() || b.isEmpty()) {
            notes.add("Only one of the two gives figures: "
                    + (a.isEmpty() ? "none here, " + shown(b) + " there." : shown(a) + " here, none there."));
            return false;
        }
        List<Quantity> unmatchedA = new ArrayList<>();
        List<Quantity> unmatchedB = new ArrayList<>(b);
        for (Quantity q : a) {
            Quantity same =
                    unmatchedB.stream().filter(r -> same(q, r)).findFirst().orElse(null);
            if (same != null) {
                unmatchedB.remove(same);
            } else {
                unmatchedA.add(q);
            }
        }
        if (unmatchedA.isEmpty() && unmatchedB.isEmpty()) {
            return true;
        }
        if (onlyOf(unmatchedA, Units.YEAR) && onlyOf(unmatchedB, Units.TIME)
                || onlyOf(unmatchedA, Units.TIME) && onlyOf(unmatchedB, Units.YEAR)) {
            // "over two years" against "from 2023 to 2025": the same time, said another way
            notes.add("The time is given differently: " + shown(unmatchedA) + " here, " + shown(unmatchedB)
                    + " there; check that it is the same period.");
            return true;
        }
        notes.add("The figures differ: " + (unmatchedA.isEmpty() ? "none other" : shown(unmatchedA)) + " here, "
                + (unmatchedB.isEmpty() ? "none other" : shown(unmatchedB)) + " there.");
        return false;
    }

    private static boolean onlyOf(List<Quantity> qs, String dimension) {
        return !qs.isEmpty() && qs.stream().allMatch(q -> dimension.equals(q.dimension()));
    }

    private static boolean same(Quantity a, Quantity b) {
        boolean sameDimension =
                a.dimension() == null || b.dimension() == null || a.dimension().equals(b.dimension());
        double scale = Math.max(Math.abs(a.value()), Math.abs(b.value()));
        return sameDimension && (scale == 0 || Math.abs(a.value() - b.value()) <= scale * 1e-6);
    }

    private static String shown(List<Quantity> qs) {
        List<String> out = new ArrayList<>();
        for (Quantity q : qs) {
            out.add(q.raw().strip());
        }
        return String.join(", ", out);
    }

    private static boolean names(String here, String there, List<String> notes) {
        Set<String> a = names(here);
        Set<String> b = names(there);
        Set<String> onlyA = new LinkedHashSet<>(a);
        onlyA.removeIf(n -> mentions(there, n));
        Set<String> onlyB = new LinkedHashSet<>(b);
        onlyB.removeIf(n -> mentions(here, n));
        if (onlyA.isEmpty() && onlyB.isEmpty() || a.isEmpty() || b.isEmpty()) {
            return true;
        }
        notes.add("The names differ: " + (onlyA.isEmpty() ? "no other" : String.join(", ", onlyA)) + " here, "
                + (onlyB.isEmpty() ? "no other" : String.join(", ", onlyB)) + " there.");
        return false;
    }

    private static boolean mentions(String text, String name) {
        return text.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT));
    }

    /** Capitalised words and runs of them, leaving out a sentence's first word. */
    private static Set<String> names(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            int s = m.start();
            int before = s - 1;
            while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
                before--;
            }
            boolean sentenceStart = before < 0 || ".!?:\"“".indexOf(text.charAt(before)) >= 0;
            String name = m.group();
            if (sentenceStart) {
                int space = name.indexOf(' ');
                if (space < 0) {
                    continue;
                }
                name = name.substring(space + 1).strip();
            }
            if (name.length() > 1) {
                out.add(name);
            }
        }
        return out;
    }

    private static boolean direction(String here, String there, List<String> notes) {
        String a = direction(here);
        String b = direction(there);
        if (a == null || b == null || sign(a) == sign(b)) {
            return true;
        }
        notes.add("The direction differs: \"" + a + "\" here, \"" + b + "\" there.");
        return false;
    }

    private static int sign(String word) {
        return DIRECTION.getOrDefault(word, 0);
    }

    /** The first direction word of a text, or null. */
    private static String direction(String text) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (DIRECTION.containsKey(w)
                    && !w.equals("up")
                    && !w.equals("down")
                    && !w.equals("more")
                    && !w.equals("less")) {
                return w;
            }
        }
        return null;
    }
}
