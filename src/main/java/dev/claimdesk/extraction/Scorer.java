package dev.claimdesk.extraction;

import dev.claimdesk.domain.Quantity;
import dev.claimdesk.domain.RedFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A transparent check-worthiness score: a sum of named signals (log-odds), squashed into [0, 1].
 * Every signal that fires becomes a reason the reviewer reads. The weights were set by hand on
 * news sentences and checked on CLEF CheckThat! 2019 (docs/detection.md).
 */
final class Scorer {
    private static final double BASE = -1.9;
    private static final Set<String> NOT_ENTITIES = Set.of(
            "I", "I'm", "I've", "I'll", "I'd", "OK", "Okay", "Mr.", "Mrs.", "Ms.", "Dr.", "And", "But", "The", "So",
            "We", "You", "They", "He", "She", "It", "This", "That");
    /** "red flag: unit mismatch" and the like, written once. */
    private static final java.util.Map<String, String> CONTENT_FLAG_REASONS = java.util.Map.of(
            FlagCodes.UNIT_MISMATCH,
            reasonFor(FlagCodes.UNIT_MISMATCH),
            FlagCodes.PERCENT_OVER_100,
            reasonFor(FlagCodes.PERCENT_OVER_100),
            FlagCodes.CHANGE_ARITHMETIC,
            reasonFor(FlagCodes.CHANGE_ARITHMETIC));

    private static String reasonFor(String code) {
        return "red flag: " + code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static final Set<String> CONTENT_FLAGS =
            Set.of(FlagCodes.UNIT_MISMATCH, FlagCodes.PERCENT_OVER_100, FlagCodes.CHANGE_ARITHMETIC);

    /** "2 figures", "names 3 entities": written once for the usual counts, shared by all sentences. */
    private static final String[] FIGURES = new String[21];

    private static final String[] ENTITIES = new String[21];

    static {
        for (int i = 2; i < FIGURES.length; i++) {
            FIGURES[i] = i + " figures";
            ENTITIES[i] = "names " + i + " entities";
        }
    }

    private static String counted(String[] written, int count, String one, String many) {
        if (count == 1) {
            return one;
        }
        return count < written.length ? written[count] : (written == ENTITIES ? "names " : "") + count + many;
    }

    static final String OPINION = "opinion or modal word";
    static final String OPINIONS = "opinion or modal words";
    static final String APPEAL = "promise or appeal";
    static final String QUESTION = "question";
    static final String VERY_SHORT = "very short";
    static final String SHORT = "short";
    static final String SMALL_TALK = "small talk";
    static final String HEADLINE = "headline or line without end punctuation";

    /**
     * The reasons that count against a sentence and what each subtracts (log-odds): the one table
     * the score and the learned ranker's blend (which keeps these in full) both read.
     */
    static final java.util.Map<String, Double> PENALTIES = java.util.Map.of(
            OPINION, 0.9,
            OPINIONS, 1.8,
            APPEAL, 0.6,
            QUESTION, 1.6,
            VERY_SHORT, 1.6,
            SHORT, 0.5,
            SMALL_TALK, 1.2,
            HEADLINE, 1.2);

    /** The constant every score starts from (log-odds). */
    static double base() {
        return BASE;
    }

    /** What the penalties among these reasons subtract, in total (log-odds, >= 0). */
    static double penalty(List<String> reasons) {
        double p = 0;
        for (String r : reasons) {
            Double d = PENALTIES.get(r);
            if (d != null) {
                p += d;
            }
        }
        return p;
    }

    /** A score and the reasons behind it. */
    record Result(double score, List<String> reasons) {}

    private Scorer() {}

    static Result score(
            Signals sig, List<Quantity> quantities, List<RedFlag> flags, boolean attributed, boolean headline) {
        ArrayList<String> reasons = new ArrayList<>();
        double x = BASE;
        String s = sig.text;
        int words = sig.words;

        int figures = 0;
        boolean percent = false;
        boolean money = false;
        boolean measured = false;
        boolean large = false;
        boolean year = false;
        for (Quantity q : quantities) { // one pass: streams per signal cost more than the scoring
            String d = q.dimension();
            boolean isYear = Units.YEAR.equals(d);
            figures += isYear ? 0 : 1;
            percent |= Units.PERCENT.equals(d);
            money |= Units.CURRENCY.equals(d);
            measured |= Units.MEASURED_IN.containsKey(d);
            large |= q.value() >= 1e6 && !isYear;
            year |= isYear;
        }
        if (figures > 0) {
            x += 1.5 + 0.25 * Math.min(figures - 1, 3);
            reasons.add(counted(FIGURES, figures, "a figure", " figures"));
        }
        if (percent) {
            x += 0.7;
            reasons.add("percentage");
        }
        if (money) {
            x += 0.7;
            reasons.add("amount of money");
        }
        if (measured) {
            x += 0.5;
            reasons.add("measurement with a unit");
        }
        if (large) {
            x += 0.3;
            reasons.add("large number");
        }
        if (year) {
            x += 0.45;
            reasons.add("year or date");
        }
        if (sig.change) {
            x += 0.6;
            reasons.add("change over time");
        }
        if (sig.superlative != null) {
            x += 1.6;
            reasons.add("superlative or 'first'");
        }
        if (sig.comparison) {
            x += 0.35;
            reasons.add("comparison");
        }
        if (sig.share && percent) {
            x += 0.6;
            reasons.add("market-share or ranking phrase");
        }
        if (attributed) {
            x += 0.3;
            reasons.add("attributed to a source");
        }
        int entities = namedEntities(s);
        if (entities > 0) {
            x += 0.2 * Math.min(entities, 4);
            reasons.add(counted(ENTITIES, entities, "names an entity", " entities"));
        }
        if (sig.statistics) {
            x += 0.45;
            reasons.add("statistical subject");
        }
        if (sig.factual) {
            x += 0.25;
        }
        for (RedFlag f : flags) {
            if (CONTENT_FLAGS.contains(f.code())) {
                x += 0.6;
                reasons.add(CONTENT_FLAG_REASONS.get(f.code()));
            }
        }

        int opinions = sig.opinions;
        if (opinions > 0) {
            String reason = opinions == 1 ? OPINION : OPINIONS;
            x -= PENALTIES.get(reason);
            reasons.add(reason);
        }
        if (sig.exhortation) {
            x -= PENALTIES.get(APPEAL);
            reasons.add(APPEAL);
        }
        if (sig.question) {
            x -= PENALTIES.get(QUESTION);
            reasons.add(QUESTION);
        }
        if (words < 6) {
            x -= PENALTIES.get(VERY_SHORT);
            reasons.add(VERY_SHORT);
        } else if (words < 9) {
            x -= PENALTIES.get(SHORT);
            reasons.add(SHORT);
        }
        if (sig.smallTalk) {
            x -= PENALTIES.get(SMALL_TALK);
            reasons.add(SMALL_TALK);
        }
        if (headline) {
            x -= PENALTIES.get(HEADLINE);
            reasons.add(HEADLINE);
        }
        // A tiny length term breaks ties between otherwise equal sentences: longer says more.
        x += Math.min(words, 40) * 0.004;
        reasons.trimToSize(); // kept with every analysed sentence
        return new Result(1 / (1 + Math.exp(-x)), reasons);
    }

    /**
     * Capitalised words after whitespace that are not sentence openers or pronouns: what the
     * pattern {@code (?<=\\s)\\p{Lu}[\\p{L}'’.-]+} finds, scanned by hand (a regex here cost more than
     * the rest of the scoring).
     */
    static int namedEntities(String s) {
        int n = 0;
        boolean any = false;
        int length = s.length();
        for (int i = 1; i + 1 < length; i++) {
            if (Anchored.isRegexSpace(s.charAt(i - 1))
                    && Character.getType(s.charAt(i)) == Character.UPPERCASE_LETTER
                    && continuesName(s.charAt(i + 1))) {
                int end = i + 2;
                while (end < length && continuesName(s.charAt(end))) {
                    end++;
                }
                any = true;
                if (end - i > MAX_NOT_ENTITY || !NOT_ENTITIES.contains(s.substring(i, end))) {
                    n++;
                }
                i = end - 1;
            }
        }
        return any ? n : 0;
    }

    private static final int MAX_NOT_ENTITY =
            NOT_ENTITIES.stream().mapToInt(String::length).max().orElse(0);

    private static boolean continuesName(char c) {
        return Character.isLetter(c) || c == '\'' || c == '’' || c == '.' || c == '-';
    }
}
