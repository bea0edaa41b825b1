package dev.claimdesk.extraction;

import dev.claimdesk.domain.Figures;
import dev.claimdesk.domain.Quantity;
import dev.claimdesk.domain.RedFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The change a sentence states between two figures of one series ("from 19 to 64 percent", "64
 * percent, up from 19 percent in 2020", "compared with 19 percent in 2019"), checked against what
 * the sentence says of it ("tripled", "rose by 45 percent", "fell"). Works on the parsed figures and
 * the words right around them: no pattern runs over the sentence.
 */
final class ChangeArithmetic {
    private static final Set<String> APPROXIMATE_WORDS = Set.of(
            "about",
            "around",
            "roughly",
            "nearly",
            "almost",
            "some",
            "just",
            "over",
            "under",
            "than",
            "more",
            "less",
            "approximately",
            "an",
            "a",
            "estimated",
            "only",
            "the",
            "current",
            "record",
            "new",
            "its",
            "their");

    private static final Set<String> RISE = Vocabulary.known(
            "rose",
            "risen",
            "rise",
            "rises",
            "rising",
            "increase",
            "increased",
            "increases",
            "increasing",
            "grew",
            "grown",
            "grow",
            "grows",
            "growing",
            "jumped",
            "jump",
            "jumps",
            "soared",
            "surged",
            "climbed",
            "climb",
            "gained",
            "gain",
            "boosted",
            "expanded",
            "doubled",
            "tripled",
            "quadrupled",
            "up",
            "higher",
            "more",
            "growth");

    private static final Set<String> FALL = Vocabulary.known(
            "fell",
            "fallen",
            "fall",
            "falls",
            "falling",
            "dropped",
            "drop",
            "drops",
            "declined",
            "decline",
            "declines",
            "decreased",
            "decrease",
            "decreases",
            "shrank",
            "shrunk",
            "plunged",
            "plummeted",
            "slumped",
            "cut",
            "cuts",
            "reduced",
            "reduction",
            "halved",
            "down",
            "lost",
            "slid",
            "sank",
            "lower",
            "fewer",
            "less");

    /** Words after a figure that make it the size of a change: "a 45 percent increase". */
    private static final Set<String> CHANGE_NOUNS = Set.of(
            "increase",
            "rise",
            "jump",
            "drop",
            "fall",
            "decline",
            "gain",
            "growth",
            "cut",
            "reduction",
            "hike",
            "boost",
            "decrease",
            "surge",
            "climb",
            "slump");

    /** The links of "X, up from Y": the earlier figure comes second. */
    private static final String[] BACKWARD_LINKS = {
        "up from", "down from", "compared with", "compared to", "against", "versus", "vs", "from"
    };

    /**
     * The end of the message for a change that nothing in its sentence contradicts: the detector
     * turns such a flag into a {@link FlagCodes#CHANGE_NOTE} once the sentence is scored.
     */
    static final String NOTHING_CONTRADICTS = ". The sentence states no other size for the change, so"
            + " nothing contradicts it: check both figures against the source.";

    /** The flag as the reviewer sees it: a change nothing contradicts is a note with the figures. */
    static RedFlag asShown(RedFlag f) {
        if (f.code().equals(FlagCodes.CHANGE_ARITHMETIC) && f.message().endsWith(NOTHING_CONTRADICTS)) {
            String m = f.message();
            return new RedFlag(FlagCodes.CHANGE_NOTE, m.substring(0, m.length() - NOTHING_CONTRADICTS.length()) + ".");
        }
        return f;
    }

    private ChangeArithmetic() {}

    /** The unit of the pair as a word after the difference ("−8 weeks"); none for a symbol ("$") or a count. */
    private static String unitWord(Pair pair) {
        String u = pair.now.q.unit() != null ? pair.now.q.unit() : pair.old.q.unit();
        // Spelled-out units only ("weeks", "pounds", "tonnes"): an abbreviation is kept lower-cased
        // ("gwh"), which would read wrong here.
        if (u == null
                || u.strip().length() < 4
                || !u.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == ' ')) {
            return "";
        }
        return " " + u.strip();
    }

    /** One figure of the pair: its value (after any unit it takes from its partner) and how it was written. */
    private record End(Quantity q, double value, int start, int end) {}

    private record Pair(End old, End now, boolean percent, int direction) {}

    /** Adds the change-arithmetic flag of the sentence, if it states a change between two figures. */
    static void check(Signals sig, List<Quantity> quantities, List<RedFlag> flags) {
        Located located = locate(sig, quantities);
        if (located == null) {
            return;
        }
        String message = judge(sig, quantities, located.start, located.end, located.pair);
        if (message != null) {
            flags.add(new RedFlag(FlagCodes.CHANGE_ARITHMETIC, message));
        }
    }

    /** A change a sentence states between two figures of one series: their ratio and both ends as written. */
    record Change(double ratio, String ends) {}

    /** The change the sentence states between two figures of one series, or null. */
    static Change stated(Signals sig, List<Quantity> quantities) {
        Located located = locate(sig, quantities);
        if (located == null) {
            return null;
        }
        Pair pair = located.pair;
        return new Change(pair.now.value / pair.old.value, "from " + pair.old.q.raw() + " to " + pair.now.q.raw());
    }

    /** The figures' places in the sentence and the pair that makes a series. */
    private record Located(int[] start, int[] end, Pair pair) {}

    private static Located locate(Signals sig, List<Quantity> quantities) {
        int n = quantities.size();
        if (n < 2) {
            return null;
        }
        int[] start = new int[n];
        int[] end = new int[n];
        int from = 0;
        int figures = 0;
        for (int i = 0; i < n; i++) {
            Quantity q = quantities.get(i);
            int at = sig.text.indexOf(q.raw(), from);
            start[i] = at;
            end[i] = at < 0 ? -1 : at + q.raw().length();
            if (at >= 0) {
                from = end[i];
            }
            if (!Units.YEAR.equals(q.dimension())) {
                figures++;
            }
        }
        if (figures < 2) {
            return null; // no two figures of one series
        }
        Pair pair = findPair(sig.lower, quantities, start, end);
        return pair == null || pair.old.value == 0 ? null : new Located(start, end, pair);
    }

    /** Words too common to tie a headline to a sentence. */
    private static final Set<String> COMMON_WORDS = Set.of(
            "about", "after", "again", "also", "been", "from", "have", "into", "more", "over", "said", "says", "than",
            "that", "their", "there", "this", "what", "when", "with", "year", "years");

    /**
     * The contradictions between a multiple a headline states ("Heat pump sales double") and the
     * change a later sentence gives of the same thing ("Sales ... rose from 42,000 to 96,000",
     * ×2.29), by sentence index. The same thing: the first later sentence stating a change that
     * shares a word of four letters or more with the headline (plurals folded). A headline that
     * gives its own figures is judged on its own.
     */
    static java.util.Map<Integer, String> headlineContradictions(
            List<Signals> signals, boolean[] headline, List<List<Quantity>> quantities) {
        java.util.Map<Integer, String> out = new java.util.HashMap<>();
        for (int h = 0; h < signals.size(); h++) {
            Signals head = signals.get(h);
            if (!headline[h]
                    || head == null
                    || quantities.get(h).size() >= 2
                    || !RedFlags.hasMultipleWord(head.lower)) {
                continue;
            }
            Set<String> headWords = contentWords(head.lower);
            for (int i = h + 1; i < signals.size(); i++) {
                Signals body = signals.get(i);
                if (headline[i] || body == null || out.containsKey(i)) {
                    continue;
                }
                Change change = stated(body, quantities.get(i));
                if (change == null || java.util.Collections.disjoint(headWords, contentWords(body.lower))) {
                    continue;
                }
                String contradiction = RedFlags.multipleContradiction(head.lower, change.ratio());
                if (contradiction != null && !contradiction.isEmpty()) {
                    out.put(
                            i,
                            "The headline (\"" + head.text.strip() + "\") says " + contradiction + " here ("
                                    + change.ends() + "). Correct the headline or check both figures.");
                }
                break; // the first change of the same thing is the one the headline sums up
            }
        }
        return out;
    }

    private static Set<String> contentWords(String lower) {
        Set<String> words = new java.util.HashSet<>();
        for (String w : WordSet.wordsOf(lower)) {
            if (w.length() >= 4 && !COMMON_WORDS.contains(w)) {
                words.add(w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return words;
    }

    private static Pair findPair(String lower, List<Quantity> qs, int[] start, int[] end) {
        for (int i = 0; i < qs.size(); i++) {
            if (start[i] < 0 || Units.YEAR.equals(qs.get(i).dimension())) {
                continue;
            }
            int j = nextFigure(qs, start, i);
            if (j < 0) {
                return null;
            }
            String gap = lower.substring(end[i], start[j]);
            if (gap.length() > 60 || gap.indexOf(';') >= 0 || gap.indexOf(':') >= 0) {
                continue;
            }
            if (precededByFrom(lower, start[i]) && hasWord(gap, "to")) {
                Pair p = pair(qs.get(i), start[i], end[i], qs.get(j), start[j], end[j], 0);
                if (p != null) {
                    return p;
                }
                continue; // "from 278 companies to 300 workers": no series
            }
            if (!hasWord(gap, "to")) {
                for (String link : BACKWARD_LINKS) {
                    if (hasPhrase(gap, link)
                            && (!link.equals("from") || gap.strip().startsWith("from"))) {
                        int direction = link.startsWith("up") ? 1 : link.startsWith("down") ? -1 : 0;
                        Pair p = pair(qs.get(j), start[j], end[j], qs.get(i), start[i], end[i], direction);
                        if (p != null) {
                            return p;
                        }
                        break;
                    }
                }
            }
        }
        return null;
    }

    /** The next figure after {@code i} that is not a year ("19 percent in 2022 to 64 percent"), or -1. */
    private static int nextFigure(List<Quantity> qs, int[] start, int i) {
        for (int j = i + 1; j < qs.size(); j++) {
            if (start[j] >= 0 && !Units.YEAR.equals(qs.get(j).dimension())) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The two figures as one series: a bare number takes its partner's unit and scale ("from 19 to
     * 64 million", "from 10 to 20 billion dollars"); null when they measure different things.
     */
    private static Pair pair(Quantity a, int as, int ae, Quantity b, int bs, int be, int direction) {
        double av = a.value();
        double bv = b.value();
        Quantity ta = a;
        Quantity tb = b;
        if (bare(a) && !bare(b)) {
            ta = new Quantity(a.raw(), a.value(), b.unit(), b.dimension(), a.approximation(), b.noun());
            if (scale(a.raw()) == 1) {
                av *= scale(b.raw());
            }
        } else if (bare(b) && !bare(a)) {
            tb = new Quantity(b.raw(), b.value(), a.unit(), a.dimension(), b.approximation(), a.noun());
            if (scale(b.raw()) == 1) {
                bv *= scale(a.raw());
            }
        }
        if (!Figures.comparable(ta, tb)) {
            return null;
        }
        boolean percent = Units.PERCENT.equals(ta.dimension());
        return new Pair(new End(a, av, as, ae), new End(b, bv, bs, be), percent, direction);
    }

    /** A plain number: no unit, currency or noun of its own. */
    private static boolean bare(Quantity q) {
        return Units.COUNT.equals(q.dimension()) && q.unit() == null && q.noun() == null;
    }

    private static double scale(String raw) {
        String r = raw.toLowerCase(Locale.ROOT);
        if (r.contains("trillion")) {
            return 1e12;
        }
        if (r.contains("billion") || r.endsWith("bn")) {
            return 1e9;
        }
        if (r.contains("million") || r.endsWith("mn")) {
            return 1e6;
        }
        return r.contains("thousand") ? 1e3 : 1;
    }

    private static boolean precededByFrom(String lower, int at) {
        List<String> before = wordsBefore(lower, at, 4);
        for (String w : before) {
            if (w.equals("from")) {
                return true;
            }
            if (!APPROXIMATE_WORDS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** Up to {@code max} words before {@code at}, the nearest first; none across a clause break. */
    private static List<String> wordsBefore(String lower, int at, int max) {
        List<String> out = new ArrayList<>(max);
        int i = at;
        while (out.size() < max && i > 0) {
            while (i > 0 && !Character.isLetter(lower.charAt(i - 1))) {
                char c = lower.charAt(i - 1);
                if (",;:()!?\"“”".indexOf(c) >= 0 || c == '.' && (i < 2 || !Character.isDigit(lower.charAt(i - 2)))) {
                    return out;
                }
                if (Character.isDigit(c)) {
                    return out; // another figure
                }
                i--;
            }
            int e = i;
            while (i > 0 && (Character.isLetter(lower.charAt(i - 1)) || lower.charAt(i - 1) == '\'')) {
                i--;
            }
            if (e > i) {
                out.add(lower.substring(i, e));
            }
        }
        return out;
    }

    private static String wordAfter(String lower, int at) {
        int i = at;
        while (i < lower.length() && (lower.charAt(i) == ' ' || lower.charAt(i) == '-')) {
            i++;
        }
        int s = i;
        while (i < lower.length() && Character.isLetter(lower.charAt(i))) {
            i++;
        }
        return lower.substring(s, i);
    }

    private static boolean hasWord(String s, String word) {
        return hasPhrase(s, word);
    }

    private static boolean hasPhrase(String s, String phrase) {
        for (int at = s.indexOf(phrase); at >= 0; at = s.indexOf(phrase, at + 1)) {
            int e = at + phrase.length();
            if ((at == 0 || !Character.isLetter(s.charAt(at - 1)))
                    && (e == s.length() || !Character.isLetter(s.charAt(e)))) {
                return true;
            }
        }
        return false;
    }

    /** What the sentence says the change was: a figure ("by 45 percent") and where its wording starts. */
    private record Stated(Quantity q, int from, int to) {}

    private static Stated statedAmount(String lower, List<Quantity> qs, int[] start, int[] end, Pair pair) {
        for (int k = 0; k < qs.size(); k++) {
            Quantity q = qs.get(k);
            if (start[k] < 0
                    || start[k] == pair.old.start
                    || start[k] == pair.now.start
                    || Units.YEAR.equals(q.dimension())) {
                continue;
            }
            List<String> before = wordsBefore(lower, start[k], 3);
            int wordStart = start[k];
            boolean cue = false;
            int w = 0;
            if (w < before.size()
                    && APPROXIMATE_WORDS.contains(before.get(w))
                    && !before.get(w).equals("a")) {
                w++;
            }
            if (w < before.size()
                    && (before.get(w).equals("by") || before.get(w).equals("of"))) {
                boolean of = before.get(w).equals("of");
                w++;
                cue = w < before.size()
                        && (of
                                ? CHANGE_NOUNS.contains(before.get(w))
                                : RISE.contains(before.get(w)) || FALL.contains(before.get(w)));
                if (!of && !cue) {
                    cue = true; // "by 45 percent" after the pair's verb: "increased the rate by"
                    w--;
                }
            } else if (w < before.size()
                    && (RISE.contains(before.get(w)) || FALL.contains(before.get(w)))
                    && !before.get(w).equals("more")
                    && !before.get(w).equals("less")) {
                cue = true; // "rose 45 percent"
            }
            if (cue) {
                wordStart = lower.lastIndexOf(before.get(Math.min(w, before.size() - 1)), start[k]);
                return new Stated(q, Math.max(0, wordStart), end[k]);
            }
            String after = wordAfter(lower, end[k]);
            if (CHANGE_NOUNS.contains(after)) {
                return new Stated(q, start[k], lower.indexOf(after, end[k]) + after.length());
            }
        }
        return null;
    }

    /** +1 when the sentence's verbs say the figure rose, -1 fell, 0 when they say nothing or both. */
    private static int saidDirection(Signals sig) {
        boolean rise = false;
        boolean fall = false;
        for (String w : sig.wordSet) {
            if (w.equals("more") || w.equals("less") || w.equals("up") || w.equals("down")) {
                continue; // "more than", "up to": too common to tell a direction
            }
            rise |= RISE.contains(w);
            fall |= FALL.contains(w);
        }
        return rise == fall ? 0 : rise ? 1 : -1;
    }

    private static String judge(Signals sig, List<Quantity> qs, int[] start, int[] end, Pair pair) {
        double a = pair.old.value;
        double b = pair.now.value;
        double ratio = b / a;
        double relative = 100 * (ratio - 1);
        String ends = "from " + pair.old.q.raw() + " to " + pair.now.q.raw();
        String change = pair.percent
                ? signed(b - a) + " percentage points (×" + RedFlags.decimals(ratio, 2) + ", " + signed(relative)
                        + " percent relative)"
                : signed(b - a) + unitWord(pair) + " (×" + RedFlags.decimals(ratio, 2) + ", " + signed(relative)
                        + " percent)";
        List<String> problems = new ArrayList<>(2);
        boolean stated = false;
        int direction = pair.direction != 0 ? pair.direction : saidDirection(sig);
        if (direction != 0 && Math.signum(b - a) != 0 && Math.signum(b - a) != direction) {
            problems.add("The sentence says the figure " + (direction > 0 ? "rose" : "fell") + " but " + ends + " is a "
                    + (direction > 0 ? "fall" : "rise") + ": " + change + ". Either a figure or the verb is wrong.");
        }
        String multiple = RedFlags.multipleContradiction(sig.lower, ratio);
        if (multiple != null) {
            stated = true;
            if (!multiple.isEmpty()) {
                problems.add(multiple + " (" + ends + "). Recompute the multiple or check both figures.");
            }
        }
        Stated said = statedAmount(sig.lower, qs, start, end, pair);
        if (said != null) {
            stated = true;
            String problem = statedProblem(sig.text.substring(said.from, said.to), said.q, pair, ends, change);
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            return String.join(" ", problems);
        }
        if (stated) {
            return null; // the words and the figures agree: nothing to warn about
        }
        return capitalise(ends) + " is " + change + NOTHING_CONTRADICTS;
    }

    private static String statedProblem(String wording, Quantity z, Pair pair, String ends, String change) {
        double a = pair.old.value;
        double b = pair.now.value;
        double v = Math.abs(z.value());
        double tolerance = z.approximate() ? 0.1 : 0.05;
        boolean points = z.unit() != null && z.unit().startsWith("percentage");
        if (Units.PERCENT.equals(z.dimension()) && !points) {
            double relative = Math.abs(100 * (b / a - 1));
            if (close(v, relative, tolerance, 1)) {
                return null;
            }
            if (pair.percent && close(v, Math.abs(b - a), 0.02, 0.5)) {
                return "\"" + wording + "\" but " + ends + " is " + signed(b - a) + " percentage points, which is "
                        + signed(100 * (b / a - 1)) + " percent: the change is in percentage points, not percent.";
            }
            return "\"" + wording + "\" but " + ends + " is " + signed(100 * (b / a - 1)) + " percent (×"
                    + RedFlags.decimals(b / a, 2) + "). Recompute the change or check both figures.";
        }
        if (points && pair.percent || Figures.comparable(z, pair.now.q) || z.unit() == null && z.noun() == null) {
            double expected = Math.abs(b - a);
            double zv = v * (z.unit() == null && scale(z.raw()) == 1 ? scale(pair.now.q.raw()) : 1);
            if (close(zv, expected, tolerance, 0)) {
                return null;
            }
            return "\"" + wording + "\" but " + ends + " is " + change + ". Recompute the change or check both"
                    + " figures.";
        }
        return null;
    }

    private static boolean close(double said, double actual, double relative, double absolute) {
        return Math.abs(said - actual) <= Math.max(absolute, relative * Math.abs(actual));
    }

    static String signed(double v) {
        double abs = Math.abs(v);
        String f;
        if (abs >= 1e9) {
            f = trim(RedFlags.decimals(abs / 1e9, 2)) + " billion";
        } else if (abs >= 1e6) {
            f = trim(RedFlags.decimals(abs / 1e6, 2)) + " million";
        } else if (abs == Math.rint(abs)) {
            f = String.format(Locale.ROOT, "%,d", (long) abs);
        } else {
            f = trim(RedFlags.decimals(abs, 1));
        }
        return (v < 0 ? "−" : "+") + f;
    }

    private static String trim(String decimal) {
        if (decimal.indexOf('.') < 0) {
            return decimal;
        }
        String t = decimal.replaceAll("0+$", "");
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
