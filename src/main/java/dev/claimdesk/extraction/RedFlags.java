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
    private static final Pattern SHARE_CONTEXT = Pattern.compile(
            "\\b(?:share|stake|proportion|of the|of all|of its|of their|market|of (?:voters|users|people|adults|"
                    + "households|respondents|customers|residents|students|workers|employees|children|sales|the vote))\\b");
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
            ChangeArithmetic.check(sig, quantities, flags);
            sharesOver100(sig, quantities, flags);
        }
        if (sig.superlative != null) {
            flags.add(new RedFlag(
                    FlagCodes.SUPERLATIVE,
                    "\"" + sig.superlative + "\" claims a record, a first or that nothing else compares:"
                            + " look for an earlier, larger or better instance (rivals, records, older reports)"
                            + " before accepting it."));
        }
        sourceFlags(sig, speaker, commercialSpeaker, aiSpeaker, flags);
        flags.trimToSize(); // kept with every analysed sentence
        return flags;
    }

    private static void unitMismatch(String s, List<Quantity> quantities, List<RedFlag> flags) {
        int from = 0;
        for (Quantity q : quantities) {
            String dim = q.dimension();
            int at = s.indexOf(q.raw(), from);
            if (at >= 0) {
                from = at + q.raw().length();
            }
            if (dim == null || !Units.MEASURED_IN.containsKey(dim)) {
                continue;
            }
            String rate = rateMisuse(s, q, at);
            if (rate != null) {
                flags.add(new RedFlag(FlagCodes.UNIT_MISMATCH, rate));
                return;
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

    /** Words after a power figure that make it a rate of a rate: "5 kW per hour". */
    private static final String[] PER_HOUR = {" per hour", " an hour", " a hour", " each hour", " every hour", "/h"};

    /** What a battery or store holds: with a power unit, energy is given as power. */
    private static final java.util.Set<String> STORES =
            java.util.Set.of("battery", "batteries", "pack", "packs", "cell", "cells", "store", "storage");

    private static final java.util.Set<String> STORING = java.util.Set.of(
            "store",
            "stores",
            "stored",
            "storing",
            "hold",
            "holds",
            "held",
            "capacity",
            "charge",
            "charged",
            "holding",
            "contains",
            "stockpile");

    /**
     * A rate misused: power "per hour" (power is already energy per time), a speed "per hour", or
     * a store's content in a power unit ("a 900 kW battery" that stores energy). Looks only at the
     * words right after the figure and, for the battery, at the sentence's words.
     */
    private static String rateMisuse(String s, Quantity q, int at) {
        if (at < 0) {
            return null;
        }
        String dim = q.dimension();
        int end = at + q.raw().length();
        String lower = s.toLowerCase(Locale.ROOT);
        if (dim.equals(Units.POWER) || dim.equals(Units.SPEED)) {
            for (String per : PER_HOUR) {
                if (lower.startsWith(per, end)
                        && (end + per.length() == lower.length()
                                || !Character.isLetterOrDigit(lower.charAt(end + per.length())))) {
                    String written = s.substring(at, end + per.length());
                    return dim.equals(Units.POWER)
                            ? "\"" + written + "\" mixes up power and energy: power (" + unitAsWritten(q)
                                    + ") is already energy per unit of time, so \"per hour\" means nothing."
                                    + " Check whether the source gives energy (kWh) or power (kW)."
                            : "\"" + written + "\" is a speed per hour: " + unitAsWritten(q)
                                    + " is already a speed. Check whether an acceleration or a plain speed is meant.";
                }
            }
        }
        if (dim.equals(Units.POWER)) {
            List<String> after = WordSet.wordsOf(lower.substring(end, Math.min(lower.length(), end + 30)));
            boolean store = !after.isEmpty() && STORES.contains(after.get(0))
                    || after.size() > 1
                            && STORES.contains(after.get(1))
                            && !after.get(0).equals("of");
            List<String> before = WordSet.wordsOf(lower.substring(Math.max(0, at - 40), at));
            for (int i = Math.max(0, before.size() - 5); i < before.size() && !store; i++) {
                store = STORES.contains(before.get(i)) && before.contains("capacity"); // "battery capacity of 900 kW"
            }
            if (store) {
                boolean storing = false;
                for (String w : WordSet.wordsOf(lower)) {
                    storing |= STORING.contains(w);
                }
                if (storing) {
                    return "What a battery or store holds is energy, measured in watt-hours (kWh, MWh); "
                            + unitAsWritten(q) + " measures power, how fast it charges or discharges (\""
                            + q.raw() + "\"). Ask the source for the capacity in watt-hours.";
                }
            }
        }
        return null;
    }

    /** After a percentage, words that make it a ratio to a level, which may exceed 100. */
    private static final java.util.Set<String> RATIO_WORDS = java.util.Set.of(
            "gdp",
            "numbers",
            "capacity",
            "target",
            "targets",
            "level",
            "levels",
            "normal",
            "average",
            "baseline",
            "quota",
            "forecast",
            "plan",
            "last",
            "previous",
            "income",
            "incomes",
            "salary",
            "wages",
            "cost",
            "costs",
            "price",
            "prices",
            "value",
            "size",
            "pre",
            "what",
            "budget",
            "goal",
            "demand",
            "needs",
            "requirement",
            "expectations",
            "expected",
            "estimate");

    private static final java.util.Set<String> OF_SKIPPED =
            java.util.Set.of("the", "its", "their", "all", "a", "an", "this", "that", "our", "his", "her", "country's");

    /**
     * Whether a percentage reads as a share of a whole: "a 120 percent share", "accounts for 110%
     * of", "120 percent of voters"; not a ratio to a level ("120 percent of GDP", "of capacity").
     */
    private static boolean readsAsShare(String lower, String around, int end) {
        if (SHARE_CONTEXT.matcher(around).find()
                || around.contains("accounts for")
                || around.contains("account for")
                || around.contains("makes up")
                || around.contains("make up")
                || around.contains("made up")) {
            return !ratioFollows(lower, end);
        }
        return groupFollows(lower, end) && !ratioFollows(lower, end);
    }

    /**
     * Groups of people or members a percentage can only be a part of: "115 percent of regular
     * passengers", "120 percent of those surveyed".
     */
    private static final java.util.Set<String> GROUP_WORDS = Vocabulary.known(
            "passengers",
            "voters",
            "users",
            "people",
            "adults",
            "households",
            "respondents",
            "customers",
            "residents",
            "students",
            "pupils",
            "workers",
            "employees",
            "children",
            "members",
            "patients",
            "drivers",
            "parents",
            "teachers",
            "citizens",
            "readers",
            "viewers",
            "listeners",
            "subscribers",
            "shareholders",
            "participants",
            "surveyed",
            "asked",
            "polled",
            "those");

    /** A percentage followed within a few words by " of " and a group ("of regular passengers"). */
    private static boolean groupFollows(String lower, int end) {
        return wordAfterOf(lower, end, 2, 3, GROUP_WORDS);
    }

    /** The words right after " of " at {@code end} name a level, not a whole. */
    private static boolean ratioFollows(String lower, int end) {
        return wordAfterOf(lower, end, 12, 4, RATIO_WORDS); // "120 percent of the country's GDP"
    }

    /**
     * Whether " of " begins at most {@code gap} characters after {@code end} and one of the first
     * {@code words} words after it is in {@code set}.
     */
    private static boolean wordAfterOf(String lower, int end, int gap, int words, java.util.Set<String> set) {
        int of = lower.indexOf(" of ", end);
        if (of < 0 || of > end + gap) {
            return false;
        }
        List<String> after = WordSet.wordsOf(lower.substring(of + 4, Math.min(lower.length(), of + 40)));
        for (int i = 0; i < Math.min(words, after.size()); i++) {
            if (set.contains(after.get(i))) {
                return true;
            }
        }
        return false;
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
            if (readsAsShare(s.toLowerCase(Locale.ROOT), around, at + q.raw().length())) {
                flags.add(new RedFlag(
                        FlagCodes.PERCENT_OVER_100,
                        "A share of " + q.raw() + " is impossible: a part cannot exceed 100 percent of the whole."));
                return;
            }
        }
    }

    /** Words that make percentages parts of one whole that cannot overlap: "a 45 percent share", "backed", "voted". */
    private static final java.util.Set<String> EXCLUSIVE_SHARE_WORDS = Vocabulary.known(
            "share",
            "shares",
            "stake",
            "stakes",
            "market",
            "vote",
            "votes",
            "voted",
            "backed",
            "opposed",
            "split",
            "divided",
            "rest",
            "remaining",
            "remainder",
            "accounted",
            "accounts",
            "account",
            "comprise",
            "comprises",
            "comprised",
            "holds",
            "hold",
            "held",
            "controls",
            "control",
            "controlled",
            "owns",
            "own",
            "owned",
            "went",
            "goes",
            "came",
            "comes",
            "generated",
            "generates",
            "supplied",
            "supplies",
            "made",
            "makes",
            "mix");

    /** Approximations that make a figure an upper bound: adding it up proves nothing. */
    private static final java.util.Set<String> UPPER_BOUNDS =
            java.util.Set.of("up to", "at most", "less than", "fewer than", "under", "as much as", "as many as");

    /**
     * Shares of one whole that add up to more than 100 percent ("Acme holds 45 percent of the
     * market, Brix 38 percent and Cole 25 percent"). Percentages of different wholes ("60 percent of
     * men and 70 percent of women") or of different years are summed apart; sentences about changes
     * are left to the change arithmetic.
     */
    private static void sharesOver100(Signals sig, List<Quantity> quantities, List<RedFlag> flags) {
        int percents = 0;
        for (Quantity q : quantities) {
            if (Units.PERCENT.equals(q.dimension()) && !q.unit().startsWith("percentage")) {
                percents++;
            }
        }
        if (percents < 2 || sig.change) {
            return;
        }
        boolean exclusive = false;
        for (String w : sig.wordSet) {
            exclusive |= EXCLUSIVE_SHARE_WORDS.contains(w);
        }
        if (!exclusive) {
            return; // "90 percent support X and 85 percent support Y": answers that may overlap
        }
        String text = sig.text;
        String lower = sig.lower;
        java.util.Map<String, List<Quantity>> byWhole = new java.util.LinkedHashMap<>();
        int n = quantities.size();
        int[] start = new int[n];
        int from = 0;
        for (int i = 0; i < n; i++) {
            start[i] = text.indexOf(quantities.get(i).raw(), from);
            if (start[i] >= 0) {
                from = start[i] + quantities.get(i).raw().length();
            }
        }
        String whole = "";
        for (int i = 0; i < n; i++) {
            Quantity q = quantities.get(i);
            if (start[i] < 0
                    || !Units.PERCENT.equals(q.dimension())
                    || q.unit().startsWith("percentage")
                    || q.value() > 100
                    || q.approximation() != null && UPPER_BOUNDS.contains(q.approximation())) {
                continue;
            }
            int end = start[i] + q.raw().length();
            String of = wholeAfter(lower, end);
            if (of != null) {
                if (whole.isEmpty()) {
                    List<Quantity> earlier = byWhole.remove("|"); // "50, 30 and 28 percent of the market"
                    if (earlier != null) {
                        byWhole.put(of + "|", earlier);
                    }
                }
                whole = of;
            }
            String year = "";
            if (i + 1 < n && Units.YEAR.equals(quantities.get(i + 1).dimension()) && start[i + 1] > end) {
                String between = lower.substring(end, start[i + 1]);
                if (between.length() <= 40 && (between.endsWith(" in ") || between.endsWith(" by "))) {
                    year = quantities.get(i + 1).raw(); // "70 percent in 2023": another whole than 2020's
                }
            }
            byWhole.computeIfAbsent(whole + "|" + year, k -> new ArrayList<>()).add(q);
        }
        for (java.util.Map.Entry<String, List<Quantity>> e : byWhole.entrySet()) {
            List<Quantity> parts = e.getValue();
            double sum = 0;
            for (Quantity q : parts) {
                sum += q.value();
            }
            if (parts.size() >= 2 && sum > 100 + 0.5 * parts.size()) { // rounding may add half a point each
                StringBuilder terms = new StringBuilder();
                for (Quantity q : parts) {
                    terms.append(terms.length() == 0 ? "" : " + ").append(q.raw());
                }
                String of = e.getKey().substring(0, e.getKey().indexOf('|'));
                flags.add(new RedFlag(
                        FlagCodes.SHARES_OVER_100,
                        "These shares" + (of.isEmpty() ? "" : " of " + of) + " add up to more than 100 percent: "
                                + terms + " = " + trimmed(sum) + " percent. Check each figure, and whether the"
                                + " groups overlap or belong to different wholes."));
                return;
            }
        }
    }

    /** The whole a percentage is of: "45 percent of the market" is "market"; null when none is named. */
    private static String wholeAfter(String lower, int end) {
        int i = end;
        String[] links = {" of ", " share of ", " stake in ", " of all ", " share in "};
        for (String link : links) {
            if (lower.startsWith(link, i)) {
                int from = i + link.length();
                List<String> words = WordSet.wordsOf(lower.substring(from, Math.min(lower.length(), from + 40)));
                for (String w : words) {
                    if (!OF_SKIPPED.contains(w)) {
                        return w;
                    }
                }
            }
        }
        return null;
    }

    private static String trimmed(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : decimals(v, 1);
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

    /** Whether the lower-cased text has a multiple word ("doubles", "more than tripled", "halved"). */
    static boolean hasMultipleWord(String lower) {
        return findMultipleWord(lower) != null;
    }

    /**
     * What a multiple word of the sentence ("tripled", "more than doubled") says of the ratio the
     * figures give: null when there is no such word, "" when they agree, else the contradiction.
     */
    static String multipleContradiction(String s, double ratio) {
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
            default -> Math.abs(ratio - factor) <= factor * 0.05; // "tripled" is not ×2.75
        };
        if (fits) {
            return "";
        }
        return "\"" + w.group().strip() + "\" but the figures give ×" + decimals(ratio, 2);
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
        if (speaker != null && (commercial || selfInterested(sig, speaker))) {
            flags.add(new RedFlag(
                    FlagCodes.SOURCE_SELF_INTERESTED,
                    "\"" + speaker.name() + "\" speaks for the company, trade body or members the claim is"
                            + " about, and gains if it is believed. Confirm it with an independent source"
                            + " (a regulator, official figures, an independent test)."));
        }
    }

    /** Speaker words of trade bodies and of people speaking for an organisation. */
    private static final java.util.Set<String> TRADE_BODY = java.util.Set.of(
            "association",
            "federation",
            "chamber",
            "lobby",
            "consortium",
            "alliance",
            "producers",
            "makers",
            "manufacturers",
            "industry",
            "industries",
            "trade",
            "growers",
            "dealers",
            "retailers",
            "exporters",
            "importers",
            "suppliers",
            "vendors");

    private static final java.util.Set<String> SPOKESPEOPLE = java.util.Set.of(
            "spokesperson",
            "spokesman",
            "spokeswoman",
            "representative",
            "spokespeople",
            "executive",
            "director",
            "boss",
            "chairman",
            "chairwoman",
            "president",
            "owner",
            "head",
            "manager");

    /** Speakers with no stake of their own: public bodies, researchers, independent testers. */
    private static final java.util.Set<String> INDEPENDENT = java.util.Set.of(
            "ministry",
            "minister",
            "government",
            "department",
            "police",
            "council",
            "office",
            "agency",
            "commission",
            "authority",
            "service",
            "hospital",
            "university",
            "court",
            "army",
            "city",
            "state",
            "regulator",
            "watchdog",
            "researcher",
            "researchers",
            "analyst",
            "analysts",
            "economist",
            "economists",
            "professor",
            "scientist",
            "scientists",
            "expert",
            "experts",
            "study",
            "report",
            "survey",
            "statistics",
            "institute",
            "auditor",
            "auditors",
            "inspector",
            "inspectors",
            "judge",
            "un",
            "nhs",
            "who",
            "eu",
            "consumer",
            "consumers",
            "union",
            "school",
            "bureau",
            "fire",
            "parliament",
            "mayor",
            "senator");

    /** What an organisation owns or speaks for: "its products", "our members", "their market". */
    private static final java.util.Set<String> OWN_THINGS = Vocabulary.known(
            "design",
            "designs",
            "ships",
            "vessels",
            "ferries",
            "aircraft",
            "engines",
            "product",
            "products",
            "members",
            "member",
            "sales",
            "market",
            "customers",
            "clients",
            "users",
            "brand",
            "brands",
            "devices",
            "vehicles",
            "cars",
            "phones",
            "services",
            "technology",
            "drugs",
            "drug",
            "vaccine",
            "shares",
            "profits",
            "profit",
            "revenue",
            "revenues",
            "stores",
            "factories",
            "robots",
            "batteries",
            "chips",
            "software",
            "plants",
            "turbines",
            "model",
            "models",
            "industry",
            "sector",
            "farms",
            "farmers",
            "airline",
            "flights",
            "trains",
            "engines",
            "cells",
            "panels",
            "machines",
            "network",
            "platform",
            "app");

    private static final java.util.Set<String> OWN_WORDS = Vocabulary.known("its", "our", "their", "we");

    /**
     * A trade body, a spokesperson for an organisation, or a speaker talking of "its products",
     * "our members" or "their market", unless the speaker is a public body or an independent expert.
     */
    private static boolean selfInterested(Signals sig, Attribution.Speaker speaker) {
        String who = speaker.phrase().toLowerCase(Locale.ROOT);
        List<String> whoWords = WordSet.wordsOf(who);
        boolean tradeBody = false;
        boolean spokesperson = false;
        for (String w : whoWords) {
            if (INDEPENDENT.contains(w)) {
                return false;
            }
            tradeBody |= TRADE_BODY.contains(w);
            spokesperson |= SPOKESPEOPLE.contains(w);
        }
        if (tradeBody) {
            return true;
        }
        if (spokesperson && (who.contains(" for ") || who.contains(" of ") || who.contains(" at "))) {
            return true; // "a spokeswoman for Brightline"
        }
        List<String> words = sig.wordSet;
        for (int i = 0; i + 1 < words.size(); i++) {
            if (OWN_WORDS.contains(words.get(i))) {
                String next = words.get(i + 1);
                String after = i + 2 < words.size() ? words.get(i + 2) : "";
                if (OWN_THINGS.contains(next) || OWN_THINGS.contains(after) && !OWN_WORDS.contains(after)) {
                    return true; // "its products", "its new phones"
                }
            }
        }
        return false;
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
