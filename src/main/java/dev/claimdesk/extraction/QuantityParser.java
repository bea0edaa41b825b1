package dev.claimdesk.extraction;

import dev.claimdesk.domain.Quantity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the figures of a sentence: value (times its scale word), unit and dimension, the
 * approximation before it ("more than", "only") and the noun it measures ("1 billion viewers",
 * "torque of 360 degrees").
 */
public final class QuantityParser {
    private static final Map<String, Integer> NUMBER_WORDS = Vocabulary.knownKeys(Map.ofEntries(
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90),
            Map.entry("hundred", 100),
            Map.entry("dozen", 12),
            Map.entry("a dozen", 12),
            Map.entry("a hundred", 100),
            Map.entry("a thousand", 1000),
            Map.entry("a million", 1_000_000),
            Map.entry("a billion", 1_000_000_000)));

    private static final Map<String, Double> SCALES = Vocabulary.knownKeys(Map.of(
            "hundred",
            1e2,
            "thousand",
            1e3,
            "million",
            1e6,
            "billion",
            1e9,
            "trillion",
            1e12,
            "bn",
            1e9,
            "mn",
            1e6,
            "m",
            1e6,
            "k",
            1e3));

    private static final Set<String> MONTHS = Set.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec");

    private static final Set<String> NOT_NOUNS = Set.of(
            "of", "the", "a", "an", "in", "on", "at", "to", "from", "and", "or", "by", "for", "with", "which", "that",
            "than", "as", "is", "was", "were", "are", "be", "been", "per", "its", "their", "his", "her", "our", "this",
            "these", "those", "more", "less", "over", "about", "into", "while", "when", "since", "after", "before",
            "during", "it", "they", "he", "she", "we", "you", "i", "also", "each", "every", "times", "percent", "years",
            "year", "ago", "later", "earlier", "up", "down", "out", "so", "but");

    /** What may stand before a figure: "more than 1 billion". In the pattern's order. */
    private static final List<String> APPROXIMATIONS = List.of(
            "more than",
            "greater than",
            "over",
            "nearly",
            "almost",
            "about",
            "around",
            "approximately",
            "roughly",
            "up to",
            "at least",
            "at most",
            "less than",
            "fewer than",
            "under",
            "only",
            "some",
            "just",
            "close to",
            "as many as",
            "as much as",
            "upwards of",
            "in excess of");

    /** The approximations by their first word. */
    private static final Map<String, List<String>> APPROXIMATIONS_BY_FIRST_WORD =
            Vocabulary.knownKeys(APPROXIMATIONS.stream().collect(Collectors.groupingBy(a -> a.split(" ")[0])));

    /** Words that open a currency prefix ("us$", "rmb 5"). */
    private static final Set<String> CURRENCY_WORDS = Vocabulary.known("us", "hk", "rmb", "usd", "eur");

    private static final String NUMBER_WORD_ALT = NUMBER_WORDS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .collect(Collectors.joining("|"));

    /** The unit spellings by their first character, longest first (as an alternation would try them). */
    private static final Map<Character, List<String>> UNITS_BY_FIRST_CHAR = Units.DIMENSION.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .collect(Collectors.groupingBy(u -> u.charAt(0)));

    private static final Pattern QUANTITY = Pattern.compile(
            "(?<approx>\\b(?:" + String.join("|", APPROXIMATIONS) + ")\\s+)?"
                    + "(?<![\\w.,-])(?<cur>us\\$|hk\\$|\\$|€|£|¥|rmb ?|usd ?|eur ?)?"
                    + "(?<![\\w.,-])(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+"
                    + "|(?:" + NUMBER_WORD_ALT + ")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\\b"
                    + "(?:[\\s-]?(?<scale>hundred|thousand|million|billion|trillion|bn|mn|m|k)\\b)?",
            0); // matched on the lower-cased sentence: case-insensitive matching is slow
    // The unit and a hyphenated noun after the figure ("60 GWh", "175-billion-parameter") are
    // matched by hand after the pattern: as the alternation [\s-]?(?:UNITS)(?!\w) followed by
    // (-[a-z]+)?, with a hundred units tried one by one, they cost more than the rest of parsing.

    /** One matcher per thread, reset for each sentence: making one per sentence cost more than matching. */
    private static final ThreadLocal<Matcher> MATCHER = ThreadLocal.withInitial(() -> QUANTITY.matcher(""));

    private QuantityParser() {}

    public static List<Quantity> parse(String sentence) {
        String l = sentence.toLowerCase(Locale.ROOT);
        String lower = l.length() == sentence.length() ? l : sentence;
        List<String> words = new ArrayList<>();
        int[] starts = WordSet.tokens(lower, words);
        return parse(sentence, lower, words, starts);
    }

    /**
     * The figures of a sentence whose lower-cased form (same length) and letter runs with their
     * starts ({@link WordSet#tokens}) are already at hand.
     */
    static List<Quantity> parse(String sentence, String lower, List<String> words, int[] starts) {
        return parse(sentence, lower, words, starts, true);
    }

    /** As {@link #parse(String)}; {@code byHand} false leaves every figure to the pattern (tests compare). */
    static List<Quantity> parse(String sentence, boolean byHand) {
        String l = sentence.toLowerCase(Locale.ROOT);
        String lower = l.length() == sentence.length() ? l : sentence;
        List<String> words = new ArrayList<>();
        int[] starts = WordSet.tokens(lower, words);
        return parse(sentence, lower, words, starts, byHand);
    }

    private static List<Quantity> parse(
            String sentence, String lower, List<String> words, int[] starts, boolean byHand) {
        if (!hasDigit(lower) && !hasNumberWord(lower, words, starts)) {
            return List.of();
        }
        ArrayList<Quantity> out = new ArrayList<>(4);
        Matcher m = MATCHER.get().reset(lower).useTransparentBounds(true).useAnchoringBounds(false);
        int n = lower.length();
        int i = 0;
        // Try the pattern only where a figure can start (a digit, a currency sign, a word that can
        // open one): anchored tries at a few places instead of a search at every character.
        while (i < n) {
            if (canStartFigure(lower, i, words, starts)) {
                Head head = byHand ? plainHead(lower, i, words, starts) : UNSURE;
                if (head == UNSURE) {
                    m.region(i, n);
                    head = m.lookingAt() ? Head.of(m) : null;
                }
                if (head != null) {
                    int headEnd = head.end;
                    int unitStart = headEnd < n && isSeparator(lower.charAt(headEnd)) ? headEnd + 1 : headEnd;
                    String unit = unitAt(lower, unitStart);
                    if (unit == null && unitStart != headEnd) {
                        unitStart = headEnd;
                        unit = unitAt(lower, unitStart);
                    }
                    int unitEnd = unit == null ? headEnd : unitStart + unit.length();
                    int end = unitEnd;
                    if (end + 1 < n && lower.charAt(end) == '-' && isAsciiLower(lower.charAt(end + 1))) {
                        end += 2;
                        while (end < n && isAsciiLower(lower.charAt(end))) {
                            end++;
                        }
                    }
                    String hyphen = end > unitEnd ? lower.substring(unitEnd, end) : null;
                    Quantity q = toQuantity(sentence, lower, head, unit, hyphen, end);
                    if (q != null) {
                        out.add(q);
                    }
                    i = end;
                    continue;
                }
            }
            i = nextStart(lower, i);
        }
        out.trimToSize(); // kept with every analysed sentence
        return out;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || Anchored.isRegexSpace(c);
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** The longest unit spelling at {@code at} not followed by a letter, digit or underscore, or null. */
    private static String unitAt(String s, int at) {
        if (at >= s.length()) {
            return null;
        }
        List<String> units = UNITS_BY_FIRST_CHAR.get(s.charAt(at));
        if (units == null) {
            return null;
        }
        for (String u : units) {
            int end = at + u.length();
            if (s.startsWith(u, at) && (end >= s.length() || !Anchored.isAsciiWordChar(s.charAt(end)))) {
                return u;
            }
        }
        return null;
    }

    /**
     * Whether a number word ("nine", "a thousand") occurs as a whole word: never false where
     * {@code NUMBER_WORD} would find one.
     */
    private static boolean hasNumberWord(String lower, List<String> words, int[] starts) {
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            if (NUMBER_WORDS.containsKey(w)) {
                return true;
            }
            if (w.equals("a") && k + 1 < words.size() && NUMBER_WORDS.containsKey("a " + words.get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code QUANTITY} can match at {@code i}: a digit, a decimal point before a digit, a
     * currency sign or word, a number word, or an approximation ("more than", "about") followed
     * by one of these. Never false where the pattern would match.
     */
    private static boolean canStartFigure(String s, int i, List<String> words, int[] starts) {
        char c = s.charAt(i);
        if (c >= '0' && c <= '9' || c == '$' || c == '€' || c == '£' || c == '¥') {
            return true;
        }
        if (c == '.') {
            return i + 1 < s.length() && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '9';
        }
        if (!Character.isLetter(c) || i > 0 && Character.isLetter(s.charAt(i - 1))) {
            return false;
        }
        int k = Arrays.binarySearch(starts, 0, words.size(), i);
        if (k < 0) {
            return true; // not a word start after all: let the pattern decide
        }
        String word = words.get(k);
        if (word == Vocabulary.UNKNOWN) {
            return false; // most words: no number, currency or approximation is unknown to the vocabulary
        }
        if (opensNumber(s, word, i + word.length())) {
            return true;
        }
        List<String> approximations = APPROXIMATIONS_BY_FIRST_WORD.get(word);
        if (approximations == null) {
            return false;
        }
        for (String a : approximations) {
            if (s.startsWith(a, i)) {
                int after = i + a.length();
                int next = after;
                while (next < s.length() && Anchored.isRegexSpace(s.charAt(next))) {
                    next++;
                }
                if (next > after && next < s.length() && figureFollows(s, next, words, starts)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A number word, "a" before a scale, or a currency word. */
    private static boolean opensNumber(String s, String word, int end) {
        if (word.equals("a")) {
            return s.startsWith(" dozen", end)
                    || s.startsWith(" hundred", end)
                    || s.startsWith(" thousand", end)
                    || s.startsWith(" million", end)
                    || s.startsWith(" billion", end);
        }
        return NUMBER_WORDS.containsKey(word) || CURRENCY_WORDS.contains(word);
    }

    private static boolean figureFollows(String s, int i, List<String> words, int[] starts) {
        char c = s.charAt(i);
        if (c >= '0' && c <= '9' || c == '.' || c == '$' || c == '€' || c == '£' || c == '¥') {
            return true;
        }
        if (!Character.isLetter(c)) {
            return false;
        }
        int k = Arrays.binarySearch(starts, 0, words.size(), i);
        return k < 0 || opensNumber(s, words.get(k), i + words.get(k).length());
    }

    /** The next position worth trying: the next word or number start. */
    private static int nextStart(String s, int i) {
        int j = i + 1;
        if (Character.isLetterOrDigit(s.charAt(i))) {
            while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    private static Quantity toQuantity(String s, String lower, Head m, String unit, String hyphen, int end) {
        String num = lower.substring(m.numStart, m.numEnd);
        String scaleWord = m.scale;
        String cur = m.cur;
        String lowerNum = num.toLowerCase(Locale.ROOT);
        boolean isWord = Character.isLetter(num.charAt(0));
        if (isWord
                && cur == null
                && unit == null
                && scaleWord == null
                && NUMBER_WORDS.get(lowerNum) != null
                && (lowerNum.equals("one") || lowerNum.startsWith("a "))) {
            return null; // "one of the", "a dozen" alone is too vague to be a figure
        }
        if (isTimeOrDate(s, m.numStart, m.numEnd)) {
            return null;
        }
        double value = isWord ? wordValue(lowerNum) : decimalValue(num);
        if (scaleWord != null) {
            String sc = scaleWord.toLowerCase(Locale.ROOT);
            if ((sc.equals("m") || sc.equals("k")) && cur == null) {
                // "5 m" is five metres, not five million, unless money is meant
                unit = sc.equals("m") ? "metres" : null;
                scaleWord = null;
            } else {
                value *= SCALES.get(sc);
            }
        }
        String dimension;
        if (cur != null) {
            dimension = Units.CURRENCY;
            unit = cur.strip();
        } else if (unit != null) {
            dimension = Units.dimensionOf(unit);
        } else if (!isWord && scaleWord == null && isYear(s, end, num)) {
            dimension = Units.YEAR;
        } else {
            dimension = Units.COUNT;
        }
        int rawStart = m.approx != null ? m.approxEnd : m.start;
        String approx = m.approx;
        boolean unitEndsInOf = unit != null && unit.toLowerCase(Locale.ROOT).endsWith(" of");
        String noun = noun(s, m.start, end, hyphen, dimension, unitEndsInOf);
        String raw = s.substring(rawStart, end).strip();
        return new Quantity(raw, value, unit == null ? null : unit.toLowerCase(Locale.ROOT), dimension, approx, noun);
    }

    /**
     * What the figure pattern matched up to the unit: where it starts, the approximation, the
     * currency, the number and the scale word.
     */
    private record Head(
            int start, String approx, int approxEnd, String cur, int numStart, int numEnd, String scale, int end) {
        static Head of(Matcher m) {
            String approx = m.group("approx");
            return new Head(
                    m.start(),
                    approx == null ? null : approx.strip().toLowerCase(Locale.ROOT),
                    m.end("approx"),
                    m.group("cur"),
                    m.start("num"),
                    m.end("num"),
                    m.group("scale"),
                    m.end());
        }
    }

    /** Returned by {@link #plainHead} for a figure it leaves to the pattern. */
    private static final Head UNSURE = new Head(-1, null, -1, null, -1, -1, null, -1);

    /** The scale words in the pattern's order. */
    private static final List<String> SCALE_WORDS =
            List.of("hundred", "thousand", "million", "billion", "trillion", "bn", "mn", "m", "k");

    /**
     * The common figure by hand: a whole number of ASCII digits (maybe after an approximation
     * such as "more than", maybe followed by a scale word), exactly as {@code QUANTITY} would
     * match it at {@code i}; null where the pattern cannot match; {@link #UNSURE} for anything
     * else (decimals, thousands separators, currencies, number words), which the pattern decides.
     */
    private static Head plainHead(String s, int i, List<String> words, int[] starts) {
        int n = s.length();
        int p = i;
        String approx = null;
        if (!isAsciiDigit(s.charAt(i))) {
            int k = Arrays.binarySearch(starts, 0, words.size(), i);
            List<String> approximations = k < 0 ? null : APPROXIMATIONS_BY_FIRST_WORD.get(words.get(k));
            if (approximations == null || i > 0 && isBoundaryWordChar(s.charAt(i - 1))) {
                return UNSURE;
            }
            for (String a : approximations) {
                if (s.startsWith(a, i)) {
                    int after = i + a.length();
                    p = after;
                    while (p < n && Anchored.isRegexSpace(s.charAt(p))) {
                        p++;
                    }
                    approx = p > after ? a : null;
                    break;
                }
            }
            if (approx == null || p >= n || !isAsciiDigit(s.charAt(p))) {
                return UNSURE;
            }
        } else if (i > 0 && "._,-".indexOf(s.charAt(i - 1)) >= 0 | Anchored.isAsciiWordChar(s.charAt(i - 1))) {
            return null; // (?<![\w.,-]): a digit inside a word or a number is no figure's start
        }
        int e = p;
        while (e < n && isAsciiDigit(s.charAt(e))) {
            e++;
        }
        if (e < n) {
            char next = s.charAt(e);
            if (next == ',' || next == '.') {
                return UNSURE; // maybe 4,600 or 4.6
            }
            if (isBoundaryWordChar(next)) {
                return null; // "5m", "42é": no word boundary after the number
            }
        }
        String scale = null;
        int end = e;
        if (e < n && isSeparator(s.charAt(e))) {
            for (String sc : SCALE_WORDS) {
                int scaleEnd = e + 1 + sc.length();
                if (s.startsWith(sc, e + 1) && (scaleEnd == n || !isBoundaryWordChar(s.charAt(scaleEnd)))) {
                    scale = sc;
                    end = scaleEnd;
                    break;
                }
            }
        }
        return new Head(i, approx, approx == null ? -1 : p, null, p, e, scale, end);
    }

    /**
     * Whether {@code \\b} of a pattern without flags counts the character as part of a word: on
     * Java 17 any letter or digit (so "42é" has no boundary after the 2), on later versions only
     * {@code \\w}. Asked of the running Java once, so that the hand parser agrees with the pattern.
     */
    private static final boolean UNICODE_BOUNDARY =
            !Pattern.compile("a\\b").matcher("aé").lookingAt();

    private static boolean isBoundaryWordChar(char c) {
        return UNICODE_BOUNDARY ? Character.isLetterOrDigit(c) || c == '_' : Anchored.isAsciiWordChar(c);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };

    /**
     * The value of "4,600.25" as {@code Double.parseDouble("4600.25")} gives it: digits up to
     * 2^53 divided by an exact power of ten is correctly rounded, as parseDouble is; anything
     * longer goes to parseDouble.
     */
    static double decimalValue(String num) {
        long mantissa = 0;
        int digits = 0;
        int decimals = -1;
        for (int i = 0; i < num.length(); i++) {
            char c = num.charAt(i);
            if (c == ',') {
                continue;
            }
            if (c == '.') {
                decimals = 0;
                continue;
            }
            mantissa = mantissa * 10 + (c - '0');
            if (++digits > 15) {
                return Double.parseDouble(num.replace(",", ""));
            }
            if (decimals >= 0) {
                decimals++;
            }
        }
        return decimals <= 0 ? (double) mantissa : mantissa / POWERS_OF_TEN[decimals];
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static double wordValue(String w) {
        Integer v = NUMBER_WORDS.get(w);
        if (v != null) {
            return v;
        }
        String[] parts = w.split("-");
        return NUMBER_WORDS.getOrDefault(parts[0], 0) + NUMBER_WORDS.getOrDefault(parts[1], 0);
    }

    /** "11:53", "February 11", "11 February", "1st" are times and dates, not figures. */
    private static boolean isTimeOrDate(String s, int start, int end) {
        if (end < s.length()
                && (s.charAt(end) == ':'
                        || s.startsWith("st", end)
                        || s.startsWith("nd", end)
                        || s.startsWith("rd", end)
                        || s.startsWith("th", end))) {
            return true;
        }
        if (start > 0 && s.charAt(start - 1) == ':') {
            return true;
        }
        return isMonth(s, lastWord(s, start))
                || isMonth(s, firstWord(s, end)) && !word(s, firstWord(s, end)).equals("may");
    }

    /** Whether the word at a range is a month's name or abbreviation (any case). */
    private static boolean isMonth(String s, long range) {
        if (range == NO_WORD) {
            return false;
        }
        char first = s.charAt((int) (range >>> 32));
        if (first < 128 && MONTH_INITIALS.indexOf(first) < 0) {
            return false; // no month starts so: no need to look the word up
        }
        return MONTHS.contains(word(s, range));
    }

    private static final String MONTH_INITIALS = "jfmasondJFMASOND";

    private static boolean isYear(String s, int end, String num) {
        if (num.contains(",") || num.contains(".") || num.length() != 4) {
            return false;
        }
        int v = Integer.parseInt(num);
        if (v < 1800 || v > 2100) {
            return false;
        }
        long next = firstWord(s, end);
        return next == NO_WORD
                || NOT_NOUNS.contains(word(s, next))
                || !text(s, next).endsWith("s");
    }

    private static String noun(String s, int start, int end, String hyphen, String dimension, boolean unitEndsInOf) {
        if (hyphen != null) {
            return hyphen.substring(1).toLowerCase(Locale.ROOT);
        }
        if (Units.YEAR.equals(dimension)) {
            return null;
        }
        long[] after = new long[4];
        int n = words(s, end, after);
        String w0 = n > 0 ? word(s, after[0]) : null;
        String w1 = n > 1 ? word(s, after[1]) : null;
        if (unitEndsInOf) { // "20 pounds of flour": the unit took the "of"
            return n > 0 && !NOT_NOUNS.contains(w0) ? text(s, after[0]) : null;
        }
        if (Units.PERCENT.equals(dimension) || Units.CURRENCY.equals(dimension) || Units.COUNT.equals(dimension)) {
            if (n > 0 && !NOT_NOUNS.contains(w0)) {
                if (n > 1 && !NOT_NOUNS.contains(w1) && !Units.COUNT.equals(dimension)) {
                    return text(s, after[0]);
                }
                return n > 1 && !NOT_NOUNS.contains(w1)
                        ? text(s, after[0]) + " " + text(s, after[1])
                        : text(s, after[0]);
            }
            if (n >= 2 && w0.equals("of")) {
                long x = w1.equals("the") || w1.equals("its") || w1.equals("their")
                        ? (n > 2 ? after[2] : NO_WORD)
                        : after[1];
                if (x != NO_WORD && !NOT_NOUNS.contains(word(s, x))) {
                    return text(s, x);
                }
            }
        }
        if (n >= 2 && w0.equals("of") && !NOT_NOUNS.contains(w1)) {
            return text(s, after[1]); // "300 kW of energy", "60 GW of electricity"
        }
        long[] before = new long[3];
        int m = lastWords(s, start, before);
        if (m >= 2) {
            String last = word(s, before[0]);
            if (last.equals("of") || last.equals("at")) {
                return text(s, before[1]);
            }
        }
        return null;
    }

    /** A word's range in the sentence, packed as {@code start << 32 | end}. */
    private static long range(int start, int end) {
        return (long) start << 32 | end;
    }

    private static final long NO_WORD = -1;

    /** The word at a range, lower-cased, as written. */
    private static String text(String s, long range) {
        return s.substring((int) (range >>> 32), (int) range).toLowerCase(Locale.ROOT);
    }

    /**
     * The word at a range, lower-cased, when {@link #WORDS} knows it (as its own string), else
     * {@link Vocabulary#UNKNOWN}; "" for {@link #NO_WORD}. No string is made for unknown words.
     */
    private static String word(String s, long range) {
        return range == NO_WORD ? "" : WORDS.findLowerCased(s, (int) (range >>> 32), (int) range);
    }

    /** The words compared with the words around a figure. */
    private static final Vocabulary WORDS = new Vocabulary(
            java.util.stream.Stream.of(NOT_NOUNS, MONTHS, Set.of("of", "at", "the", "its", "their", "may"))
                    .flatMap(Set::stream)
                    .collect(Collectors.toSet()));

    /**
     * Fills {@code out} with up to {@code out.length} word ranges from {@code from} on and returns
     * how many; none when a clause break ({@code ,.;:!?()"“”}) comes before the first. A word is a
     * letter followed by letters, apostrophes and hyphens.
     */
    private static int words(String text, int from, long[] out) {
        int count = 0;
        int i = from;
        int n = text.length();
        while (count < out.length) {
            while (i < n && !Character.isLetter(text.codePointAt(i))) {
                if (count == 0 && CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                    return 0; // the next word belongs to the next clause
                }
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            i += Character.charCount(text.codePointAt(i));
            while (i < n) {
                int cp = text.codePointAt(i);
                if (!Character.isLetter(cp) && cp != '\'' && cp != '’' && cp != '-') {
                    break;
                }
                i += Character.charCount(cp);
            }
            out[count++] = range(start, i);
        }
        return count;
    }

    private static final String CLAUSE_BREAKS = ",.;:!?()\"“”";

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '\'' || c == '’' || c == '-';
    }

    /**
     * Fills {@code out} with up to {@code out.length} word ranges before {@code limit}, the nearest
     * first, and returns how many; scans backwards only.
     */
    private static int lastWords(String text, int limit, long[] out) {
        int count = 0;
        int i = limit;
        while (count < out.length && i > 0) {
            while (i > 0 && !isWordChar(text.charAt(i - 1))) {
                i--;
            }
            int end = i;
            while (i > 0 && isWordChar(text.charAt(i - 1))) {
                i--; // i only moves left, so the loop always ends
            }
            int start = i;
            while (start < end && !Character.isLetter(text.charAt(start))) {
                start++; // a word starts with a letter: "--" or "'" alone is no word
            }
            if (end > start) {
                out[count++] = range(start, end);
            }
        }
        return count;
    }

    /** The word right before {@code limit} (spaces and commas allowed between), or {@link #NO_WORD}. */
    private static long lastWord(String text, int limit) {
        int i = limit;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == ',')) {
            i--;
        }
        if (i == 0 || !Character.isLetter(text.charAt(i - 1))) {
            return NO_WORD;
        }
        long[] w = new long[1];
        return lastWords(text, i, w) == 0 ? NO_WORD : w[0];
    }

    /** The word at {@code from} (after spaces only), or {@link #NO_WORD}. */
    private static long firstWord(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int start = i;
        while (i < text.length() && isWordChar(text.charAt(i))) {
            i++;
        }
        return i > start && Character.isLetter(text.charAt(start)) ? range(start, i) : NO_WORD;
    }
}
