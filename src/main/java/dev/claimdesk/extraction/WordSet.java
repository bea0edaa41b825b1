package dev.claimdesk.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole-word lexicon matched on a lower-cased sentence. Plain words are looked up in a hash set
 * of the sentence's words, plain phrases found with indexOf; only alternatives that need a
 * regular expression ("\\w+er than") use one. Java's regex engine tries every alternative at every
 * position, which made large alternations the detector's main cost.
 */
final class WordSet {
    private static final Pattern LITERAL = Pattern.compile("[\\p{L}\\d '’.-]+");
    private static final Pattern PLAIN_WORD = Pattern.compile("\\p{L}+");
    private static final Pattern OPTIONAL_LAST_LETTER = Pattern.compile("[\\p{L} '’-]*\\p{L}\\p{L}\\?");

    private static int nextId;

    final int id;
    final Set<String> words = new HashSet<>();
    final List<String> phrases = new ArrayList<>();
    private final Pattern rest;
    /** Literal text each complex alternative needs; when none occurs, the regex cannot match. */
    private final List<String> anchors = new ArrayList<>();
    /** The anchors that begin their alternative: a match can only start where one occurs. */
    private String[] startAnchors = new String[0];
    /** The anchors somewhere inside their alternative ("\\w+er than"). */
    private final List<String> floatingAnchors = new ArrayList<>();
    /**
     * Whole words of which an alternative like {@code (?:largest|biggest|best-selling)} needs one
     * (its first letter run): looked up with the sentence's words, like the plain words.
     */
    final Set<String> gateWords = new HashSet<>();

    private boolean alwaysTryRest;

    WordSet(String alternation) {
        synchronized (WordSet.class) {
            id = nextId++;
        }
        List<String> complex = new ArrayList<>();
        List<String> alternatives = new ArrayList<>();
        for (String alt : splitTopLevel(alternation)) {
            if (OPTIONAL_LAST_LETTER.matcher(alt).matches()) { // "jobs?" is "job" or "jobs"
                alternatives.add(alt.substring(0, alt.length() - 2));
                alternatives.add(alt.substring(0, alt.length() - 1));
            } else {
                alternatives.add(alt);
            }
        }
        for (String alt : alternatives) {
            if (PLAIN_WORD.matcher(alt).matches()) {
                words.add(alt);
            } else if (LITERAL.matcher(alt).matches()) {
                phrases.add(alt);
            } else {
                complex.add(alt);
                String anchor = longestLiteral(alt);
                List<String> groupWords = groupWords(alt);
                if (anchor.length() >= 3) {
                    anchors.add(anchor);
                    if (alt.startsWith(anchor)) {
                        startAnchors = Arrays.copyOf(startAnchors, startAnchors.length + 1);
                        startAnchors[startAnchors.length - 1] = anchor;
                    } else {
                        floatingAnchors.add(anchor);
                    }
                } else if (groupWords != null) {
                    gateWords.addAll(groupWords);
                } else {
                    alwaysTryRest = true;
                }
            }
        }
        rest = complex.isEmpty()
                ? null
                : Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", complex) + ")(?![\\p{L}])");
    }

    /** Whether some alternatives need a regular expression (the rest are words and phrases). */
    boolean hasPatterns() {
        return rest != null;
    }

    boolean matches(String lower, List<String> sentenceWords) {
        boolean gate = false;
        for (String w : sentenceWords) {
            if (words.contains(w)) {
                return true;
            }
            gate |= gateWords.contains(w);
        }
        for (String p : phrases) {
            if (indexOfWord(lower, p) >= 0) {
                return true;
            }
        }
        return restMatches(lower, gate);
    }

    /**
     * Whether one of the regex alternatives matches the sentence (the index handles words and
     * phrases). Like {@link #restFind(Signals)}, tried only where a match can start.
     */
    boolean restMatches(Signals sig) {
        return restFind(sig) != null;
    }

    /**
     * The first regex-alternative match in the sentence as [start, end), or null: the pattern is
     * tried anchored at the places where an alternative can start (an anchor that opens it, a
     * gate word), or searched from every position when an anchor inside an alternative occurs.
     */
    int[] restFind(Signals sig) {
        int[] candidates = candidates(sig);
        return candidates == null ? restFind(sig.lower, true) : next(sig.lower, candidates, 0);
    }

    /** How many regex-alternative matches in the sentence, at most {@code max}. */
    int restCount(Signals sig, int max) {
        int[] candidates = candidates(sig);
        if (candidates == null) {
            return restCount(sig.lower, true, max);
        }
        int n = 0;
        int from = 0;
        int[] match;
        while (n < max && (match = next(sig.lower, candidates, from)) != null) {
            n++;
            from = match[1];
        }
        return n;
    }

    private static final int[] NOWHERE = new int[0];

    /** Ascending places where an alternative can start, or null for "anywhere". */
    private int[] candidates(Signals sig) {
        if (rest == null) {
            return NOWHERE;
        }
        String lower = sig.lower;
        if (alwaysTryRest) {
            return null;
        }
        for (String a : floatingAnchors) {
            if (lower.contains(a)) {
                return null;
            }
        }
        int[] literals = Anchored.occurrences(lower, startAnchors);
        if (gateWords.isEmpty() || !sig.hasGateWord(this)) {
            return literals;
        }
        int[] out = Arrays.copyOf(literals, literals.length + sig.wordSet.size());
        int n = literals.length;
        for (int k = 0; k < sig.wordSet.size(); k++) {
            if (gateWords.contains(sig.wordSet.get(k))) {
                out[n++] = sig.wordStarts[k];
            }
        }
        return Anchored.sorted(out, n);
    }

    /** The first match starting at one of the candidates at or after {@code from}. */
    private int[] next(String lower, int[] candidates, int from) {
        if (candidates.length == 0) {
            return null;
        }
        Matcher m = rest.matcher(lower);
        return Anchored.firstMatch(m, candidates, from, lower.length()) ? new int[] {m.start(), m.end()} : null;
    }

    /**
     * Whether one of the regex alternatives matches (the index handles words and phrases).
     * {@code gateWord} says whether one of {@link #gateWords} is a word of the sentence.
     */
    boolean restMatches(String lower, boolean gateWord) {
        return restMayMatch(lower, gateWord) && rest.matcher(lower).find();
    }

    /** The first regex-alternative match as [start, end), or null. */
    int[] restFind(String lower, boolean gateWord) {
        if (!restMayMatch(lower, gateWord)) {
            return null;
        }
        Matcher m = rest.matcher(lower);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }

    /** How many regex-alternative matches, at most {@code max}. */
    int restCount(String lower, boolean gateWord, int max) {
        if (!restMayMatch(lower, gateWord)) {
            return 0;
        }
        Matcher m = rest.matcher(lower);
        int n = 0;
        while (n < max && m.find()) {
            n++;
        }
        return n;
    }

    private boolean restMayMatch(String lower, boolean gateWord) {
        if (rest == null) {
            return false;
        }
        if (alwaysTryRest || gateWord) {
            return true;
        }
        for (String a : anchors) {
            if (lower.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The longest text every match of a regex alternative contains: a run of literal characters
     * outside groups and classes, none of them optional. Escaped punctuation ("no\\. 1") is
     * literal; escapes like {@code \\d} or {@code \\p{L}} and anything in brackets end a run.
     */
    static String longestLiteral(String alt) {
        String best = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < alt.length(); i++) {
            char c = alt.charAt(i);
            boolean quantified = i + 1 < alt.length() && "?*+{".indexOf(alt.charAt(i + 1)) >= 0;
            char literal = 0;
            if (c == '\\') {
                char e = i + 1 < alt.length() ? alt.charAt(i + 1) : 0;
                i++;
                quantified = i + 1 < alt.length() && "?*+{".indexOf(alt.charAt(i + 1)) >= 0;
                if ((e == 'p' || e == 'P') && i + 1 < alt.length() && alt.charAt(i + 1) == '{') {
                    i = alt.indexOf('}', i); // \\p{L}: a class
                    quantified = true;
                } else if (e != 0 && !Character.isLetterOrDigit(e)) {
                    literal = e;
                }
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
                quantified = true; // what follows a group may be its quantifier: end the run
            } else if (".^$|?*+{}".indexOf(c) < 0) {
                literal = c;
            }
            if (literal != 0 && depth == 0 && !quantified) {
                run.append(literal);
                if (run.length() > best.length()) {
                    best = run.toString();
                }
            } else {
                run.setLength(0);
            }
        }
        return best.strip();
    }

    /**
     * For an alternative that is one group of word alternatives, {@code (?:largest|best-selling)},
     * the first letter run of each ("largest", "best"): a match needs one of them as a whole word.
     * Null when the alternative has another shape.
     */
    static List<String> groupWords(String alt) {
        if (!alt.startsWith("(?:") || !alt.endsWith(")") || alt.indexOf('(', 1) >= 0) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String inner : alt.substring(3, alt.length() - 1).split("\\|", -1)) {
            int end = 0;
            while (end < inner.length() && Character.isLetter(inner.charAt(end))) {
                end++;
            }
            boolean wordEnds = end == inner.length() || inner.charAt(end) == '-' || inner.charAt(end) == ' ';
            if (end == 0 || !wordEnds) {
                return null;
            }
            out.add(inner.substring(0, end));
        }
        return out;
    }

    /** The first occurrence of {@code w} not inside a longer word, or -1. */
    static int indexOfWord(String s, String w) {
        int from = 0;
        while (true) {
            int at = s.indexOf(w, from);
            if (at < 0) {
                return -1;
            }
            int end = at + w.length();
            boolean startOk = at == 0 || !Character.isLetter(s.charAt(at - 1));
            boolean endOk = end >= s.length() || !Character.isLetter(s.charAt(end));
            if (startOk && endOk) {
                return at;
            }
            from = at + 1;
        }
    }

    /**
     * Fills {@code out} with the letter runs of a lower-cased sentence as the {@link Vocabulary}'s
     * own strings ({@link Vocabulary#UNKNOWN} for a word outside it) and returns their starts.
     */
    static int[] tokens(String lower, List<String> out) {
        Scratch scratch = SCRATCH.get();
        int n = lower.length();
        if (scratch.starts.length < n / 2 + 2) {
            scratch.starts = new int[n / 2 + 2];
            scratch.words = new String[n / 2 + 2];
        }
        int[] starts = scratch.starts;
        String[] words = scratch.words;
        int count = 0;
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(lower.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int hash = 0;
            char c;
            while (i < n && Character.isLetter(c = lower.charAt(i))) {
                hash = 31 * hash + c;
                i++;
            }
            starts[count] = start;
            words[count++] = Vocabulary.detector().find(lower, start, i, hash);
        }
        for (int k = 0; k < count; k++) {
            out.add(words[k]);
        }
        return Arrays.copyOf(starts, count);
    }

    /** Per-thread buffers for {@link #tokens}: sized for the longest sentence seen, copied out exact. */
    private static final class Scratch {
        int[] starts = new int[256];
        String[] words = new String[256];
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** The tokens of a lower-cased text (see {@link #tokens}). */
    static List<String> tokensOf(String lower) {
        List<String> out = new ArrayList<>();
        tokens(lower, out);
        return out;
    }

    /** The letter runs of a lower-cased sentence. */
    static List<String> wordsOf(String lower) {
        List<String> out = new ArrayList<>();
        words(lower, out);
        return out;
    }

    /** Fills {@code out} with the letter runs of the sentence and returns their start offsets. */
    static int[] words(String lower, List<String> out) {
        int[] starts = new int[lower.length() / 2 + 2];
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && Character.isLetter(lower.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                starts[out.size()] = start;
                out.add(lower.substring(start, i));
                start = -1;
            }
        }
        return starts;
    }

    private static List<String> splitTopLevel(String alternation) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < alternation.length(); i++) {
            char c = alternation.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(alternation.substring(start, i));
                start = i + 1;
            }
        }
        out.add(alternation.substring(start));
        return out;
    }
}
