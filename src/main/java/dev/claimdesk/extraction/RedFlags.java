package dev.claimdesk.extraction;

import dev.claimdesk.domain.Quantity;
import dev.claimdesk.domain.RedFlag;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The red flags of one sentence (design.md section 5), each with a plain explanation. */
final class RedFlags {
    /** What a noun is measured in: "torque" wants a torque unit, "energy" an energy unit. */
    private static final Map<String, String> NOUN_DIMENSION = Map.ofEntries(
            Map.entry("torque", Units.TORQUE),
            Map.entry("energy", Units.ENERGY),
            Map.entry("electricity", Units.ENERGY),
            Map.entry("consumption", Units.ENERGY),
            Map.entry("storage", Units.ENERGY),
            Map.entry("power", Units.POWER),
            Map.entry("output", Units.POWER),
            Map.entry("angle", Units.ANGLE),
            Map.entry("rotation", Units.ANGLE),
            Map.entry("weight", Units.MASS),
            Map.entry("mass", Units.MASS),
            Map.entry("speed", Units.SPEED),
            Map.entry("distance", Units.LENGTH),
            Map.entry("range", Units.LENGTH),
            Map.entry("height", Units.LENGTH),
            Map.entry("length", Units.LENGTH),
            Map.entry("temperature", Units.TEMPERATURE),
            Map.entry("duration", Units.TIME));

    private static final Pattern STORE_VERB = Pattern.compile("\\b(?:store|stores|stored|storing|hold|holds)\\b");
    private static final Pattern REDUCTION = Pattern.compile(
            "\\b(?:cut|cuts|reduce[sd]?|reducing|reduction|lower(?:s|ed)?|decrease[sd]?|fall|fell|drop(?:s|ped)?|"
                    + "save[sd]?|saving|shrink|shrank|less)\\b");
    private static final Pattern SHARE_CONTEXT =
            Pattern.compile("\\b(?:share|stake|proportion|of the|of all|of its|of their|market)\\b");
    private static final String NUM = "(\\d+(?:[.,]\\d+)*)";
    private static final String SCALE = "(?:\\s*(?:thousand|million|billion|trillion))?";
    private static final Pattern FROM_TO = Pattern.compile("\\bfrom\\s+(?:about\\s+|around\\s+|roughly\\s+)?"
            + NUM + SCALE + "\\s*(percent|per cent|%)?(?:\\s+(?:in|at the end of|by|as of)\\s+\\d{4})?"
            + "\\s+to\\s+(?:the current\\s+|about\\s+|around\\s+|roughly\\s+|a\\s+|an\\s+)?" + NUM + SCALE
            + "\\s*(percent|per cent|%)?");
    private static final Pattern MULTIPLE_WORD = Pattern.compile("\\b(more than |nearly |almost |over )?"
            + "(doubl\\w*|tripl\\w*|quadrupl\\w*|halv\\w*|twofold|threefold|fourfold|tenfold)");

    private RedFlags() {}

    static List<RedFlag> of(
            Signals sig,
            List<Quantity> quantities,
            Attribution.Speaker speaker,
            boolean commercialSpeaker,
            boolean aiSpeaker) {
        ArrayList<RedFlag> flags = new ArrayList<>(2);
        if (!quantities.isEmpty()) {
            unitMismatch(sig.text, quantities, flags);
            percentOver100(sig.text, quantities, flags);
            if (sig.lower.contains("from")) {
                changeArithmetic(sig.lower, flags);
            }
        }
        if (sig.superlative != null) {
            flags.add(new RedFlag(
                    FlagCodes.SUPERLATIVE,
                    "\"" + sig.superlative + "\" is a superlative or 'first' claim:"
                            + " search for earlier, larger or other instances before accepting it."));
        }
        sourceFlags(sig, speaker, commercialSpeaker, aiSpeaker, flags);
        flags.trimToSize(); // kept with every analysed sentence
        return flags;
    }

    private static void unitMismatch(String s, List<Quantity> quantities, List<RedFlag> flags) {
        for (Quantity q : quantities) {
            String dim = q.dimension();
            if (dim == null || !Units.MEASURED_IN.containsKey(dim)) {
                continue;
            }
            String expected = expectedDimension(s, q);
            if (expected != null
                    && !expected.equals(dim)
                    && !(expected.equals(Units.ENERGY) && dim.equals(Units.TIME))) {
                String what = capitalise(Units.MEASURES.get(expected));
                flags.add(new RedFlag(
                        FlagCodes.UNIT_MISMATCH,
                        what + " is measured in " + Units.MEASURED_IN.get(expected)
                                + "; " + unitAsWritten(q) + (q.unit().endsWith("s") ? " measure " : " measures ")
                                + Units.MEASURES.get(dim)
                                + " (\"" + q.raw() + "\")."));
                return;
            }
        }
    }

    private static String expectedDimension(String s, Quantity q) {
        if (q.noun() != null) {
            for (String w : WordSet.wordsOf(q.noun().toLowerCase(Locale.ROOT))) {
                String d = NOUN_DIMENSION.get(w);
                if (d != null) {
                    return d;
                }
            }
        }
        int at = s.indexOf(q.raw());
        String before = at > 0 ? s.substring(Math.max(0, at - 30), at).toLowerCase(Locale.ROOT) : "";
        if (q.dimension().equals(Units.POWER) && STORE_VERB.matcher(before).find()) { // before is lower case
            return Units.ENERGY; // "able to store 60 GW": storage is energy
        }
        // The nearest measured noun just before the figure: "torque reaches 45 Nm".
        List<String> words = WordSet.wordsOf(before);
        for (int i = words.size() - 1; i >= Math.max(0, words.size() - 4); i--) {
            String d = NOUN_DIMENSION.get(words.get(i));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static void percentOver100(String s, List<Quantity> quantities, List<RedFlag> flags) {
        for (Quantity q : quantities) {
            if (!Units.PERCENT.equals(q.dimension())
                    || q.value() <= 100
                    || q.unit().startsWith("percentage")) {
                continue;
            }
            int at = Math.max(0, s.indexOf(q.raw()));
            String around = s.substring(
                    Math.max(0, at - 40), Math.min(s.length(), at + q.raw().length() + 30));
            around = around.toLowerCase(Locale.ROOT);
            if (REDUCTION.matcher(around).find()) {
                flags.add(new RedFlag(
                        FlagCodes.PERCENT_OVER_100,
                        "A reduction of " + q.raw() + " is impossible: nothing can shrink by more than 100 percent."));
                return;
            }
            if (SHARE_CONTEXT.matcher(around).find()) {
                flags.add(new RedFlag(
                        FlagCodes.PERCENT_OVER_100,
                        "A share of " + q.raw() + " is impossible: a part cannot exceed 100 percent of the whole."));
                return;
            }
        }
    }

    private static void changeArithmetic(String s, List<RedFlag> flags) {
        Matcher m = findFromTo(s);
        if (m == null) {
            return;
        }
        double a = Double.parseDouble(m.group(1).replace(",", ""));
        double b = Double.parseDouble(m.group(3).replace(",", ""));
        boolean percent = m.group(2) != null || m.group(4) != null;
        if (a == 0) {
            return;
        }
        double ratio = b / a;
        StringBuilder msg = new StringBuilder("From ")
                .append(fmt(a))
                .append(percent ? " percent" : "")
                .append(" to ")
                .append(fmt(b))
                .append(percent ? " percent" : "")
                .append(" is ");
        if (percent) {
            msg.append(signed(b - a)).append(" percentage points, ");
        } else {
            msg.append(signed(b - a)).append(", ");
        }
        msg.append("×")
                .append(decimals(ratio, 2))
                .append(" (")
                .append(signed(100 * (ratio - 1)))
                .append(" percent relative).");
        String contradiction = wordingContradiction(s, ratio);
        if (contradiction != null) {
            msg.append(' ').append(contradiction);
        }
        flags.add(new RedFlag(FlagCodes.CHANGE_ARITHMETIC, msg.toString()));
    }

    /**
     * The first match of {@link #FROM_TO}, tried only at each whole word "from" (a search from
     * every character of the sentence cost more than the rest of the red flags).
     */
    private static Matcher findFromTo(String s) {
        Matcher m = FROM_TO.matcher(s);
        for (int at : Anchored.occurrences(s, "from")) {
            if (at > 0 && Anchored.isAsciiWordChar(s.charAt(at - 1)) || !numberFollows(s, at + 4)) {
                continue; // \\b: "from" inside a word; or no number after it
            }
            if (Anchored.matchesAt(m, at, s.length())) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether spaces, maybe "about", "around" or "roughly" and more spaces, then a digit follow:
     * {@link #FROM_TO} cannot match without.
     */
    private static boolean numberFollows(String s, int i) {
        int n = s.length();
        int j = skipSpaces(s, i);
        if (j == i) {
            return false;
        }
        for (String adverb : FROM_ADVERBS) {
            if (s.startsWith(adverb, j)) {
                int k = skipSpaces(s, j + adverb.length());
                if (k > j + adverb.length() && k < n && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
                    return true;
                }
            }
        }
        return j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9';
    }

    private static final String[] FROM_ADVERBS = {"about", "around", "roughly"};

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Anchored.isRegexSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static final String[] MULTIPLE_ROOTS = {
        "doubl", "tripl", "quadrupl", "halv", "twofold", "threefold", "fourfold", "tenfold"
    };

    private static final String[] MULTIPLE_QUALIFIERS = {"more than ", "nearly ", "almost ", "over "};

    /**
     * The first match of {@link #MULTIPLE_WORD}, tried only where one can start: at a root
     * ("doubl", "twofold") or at a qualifier right before one ("more than doubled").
     */
    private static Matcher findMultipleWord(String s) {
        int[] roots = Anchored.occurrences(s, MULTIPLE_ROOTS);
        if (roots.length == 0) {
            return null;
        }
        int[] starts = java.util.Arrays.copyOf(roots, roots.length * (1 + MULTIPLE_QUALIFIERS.length));
        int n = roots.length;
        for (int at : roots) {
            for (String q : MULTIPLE_QUALIFIERS) {
                if (at >= q.length() && s.startsWith(q, at - q.length())) {
                    starts[n++] = at - q.length();
                }
            }
        }
        Matcher m = MULTIPLE_WORD.matcher(s);
        return Anchored.firstMatch(m, Anchored.sorted(starts, n), 0, s.length()) ? m : null;
    }

    private static String wordingContradiction(String s, double ratio) {
        Matcher w = findMultipleWord(s);
        if (w == null) {
            return null;
        }
        String word = w.group(2).toLowerCase(Locale.ROOT);
        double factor = word.startsWith("doubl") || word.equals("twofold")
                ? 2
                : word.startsWith("tripl") || word.equals("threefold")
                        ? 3
                        : word.startsWith("quadrupl") || word.equals("fourfold")
                                ? 4
                                : word.equals("tenfold") ? 10 : 0.5;
        String qualifier = w.group(1) == null ? "" : w.group(1).strip().toLowerCase(Locale.ROOT);
        boolean fits = switch (qualifier) {
            case "more than", "over" -> ratio > factor;
            case "nearly", "almost" -> ratio < factor && ratio >= factor * 0.85;
            default -> Math.abs(ratio - factor) <= factor * 0.1;
        };
        if (fits) {
            return null;
        }
        String said = w.group().strip();
        return "The wording \"" + said + "\" does not match: the figures give ×" + decimals(ratio, 2) + ".";
    }

    private static void sourceFlags(
            Signals sig, Attribution.Speaker speaker, boolean commercial, boolean aiSpeaker, List<RedFlag> flags) {
        if (speaker != null && aiSpeaker) {
            flags.add(new RedFlag(
                    FlagCodes.SOURCE_AI,
                    "This is what an AI chatbot said (\"" + speaker.name()
                            + "\"). Chatbots invent facts: verify every part against a primary source."));
        } else if (sig.find(Lexicon.AI_SOURCE) && sig.wordSet.stream().anyMatch(Lexicon.SPEECH_VERBS::contains)) {
            flags.add(new RedFlag(
                    FlagCodes.SOURCE_AI,
                    "The sentence reports what an AI chatbot said. Chatbots invent"
                            + " facts: verify every part against a primary source."));
        }
        if (sig.find(Lexicon.ANONYMOUS)) {
            flags.add(new RedFlag(
                    FlagCodes.SOURCE_ANONYMOUS,
                    "The source is anonymous: its claim cannot be checked"
                            + " against who said it. Look for an on-the-record source or documents."));
        }
        if (speaker != null && commercial) {
            flags.add(new RedFlag(
                    FlagCodes.SOURCE_SELF_INTERESTED,
                    "\"" + speaker.name() + "\" speaks for the"
                            + " company whose work or products the claim is about. Look for an independent source."));
        }
    }

    private static String unitAsWritten(Quantity q) {
        String raw = q.raw();
        int i = 0;
        while (i < raw.length() && !Character.isLetter(raw.charAt(i)) && "°%".indexOf(raw.charAt(i)) < 0) {
            i++;
        }
        String u = raw.substring(i).strip();
        return u.isEmpty() ? q.unit() : u;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : decimals(v, 2);
    }

    private static String signed(double v) {
        String f = v == Math.rint(v) ? String.valueOf((long) Math.abs(v)) : decimals(Math.abs(v), 1);
        return (v < 0 ? "−" : "+") + f;
    }

    /**
     * {@code v} with {@code places} decimals, as {@code String.format(Locale.ROOT, "%.2f", v)}
     * writes it for the non-negative values here (half up on the shortest decimal form), without
     * building a Formatter for every number.
     */
    static String decimals(double v, int places) {
        if (!Double.isFinite(v) || v < 0) {
            return String.format(Locale.ROOT, "%." + places + "f", v);
        }
        String shortest = Double.toString(v);
        int point = shortest.indexOf('.');
        if (shortest.indexOf('E') >= 0 || point < 0) {
            return new BigDecimal(shortest)
                    .setScale(places, RoundingMode.HALF_UP)
                    .toPlainString();
        }
        // Round the shortest decimal form half up at the last place kept, by hand.
        char[] digits = (shortest.substring(0, point) + shortest.substring(point + 1)).toCharArray();
        int keep = point + places; // digits kept, the integer part included
        StringBuilder out = new StringBuilder(keep + 2);
        if (digits.length <= keep) {
            out.append(digits);
            for (int i = digits.length; i < keep; i++) {
                out.append('0');
            }
        } else {
            boolean up = digits[keep] >= '5';
            int i = keep - 1;
            while (up && i >= 0) {
                if (digits[i] == '9') {
                    digits[i] = '0';
                    i--;
                } else {
                    digits[i]++;
                    up = false;
                }
            }
            if (up) {
                out.append('1'); // 9.999 -> 10.00
            }
            out.append(digits, 0, keep);
        }
        out.insert(out.length() - places, '.');
        return out.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
