package dev.claimdesk.extraction;

import dev.claimdesk.domain.ClaimKind;
import dev.claimdesk.domain.DetectedSentence;
import dev.claimdesk.domain.Quantity;
import dev.claimdesk.domain.RedFlag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Finds the check-worthy claims of an article: splits it into sentences, scores each with its
 * reasons, types it, parses its figures and raises red flags. Pure Java: no UI, no database.
 */
public final class ClaimDetector {
    /** Sentences scoring at least this are proposed as claims. */
    public static final double PROPOSAL_THRESHOLD = 0.5;

    /** The one reason page furniture is given (its score is 0). */
    public static final String FURNITURE_REASON = "page furniture (byline, dateline, caption, teaser or address)";

    static final Pattern ORGANISATION = Pattern.compile("(?u)(?:(?:startup|start-up|company|firm|"
            + "developer|maker|manufacturer|operator|giant)\\s+((?:\\p{Lu}[\\p{L}&.-]*\\s?){1,4}))|"
            + "((?:\\p{Lu}[\\p{L}&.-]*\\s){1,3}(?:Robotics|Technologies|Technology|Ltd|Inc|Corp|Corporation|Group|"
            + "Holdings|Motors|Systems|Storage Ltd|Co\\.?))");

    private ClaimDetector() {}

    /** Every sentence of the text in document order, with its analysis. */
    public static List<DetectedSentence> analyse(String text) {
        return analyse(text, true);
    }

    /**
     * As {@link #analyse(String)}; {@code parallel} false keeps all the work on the calling thread
     * (tests compare both ways: the result must not depend on it).
     */
    static List<DetectedSentence> analyse(String text, boolean parallel) {
        List<Sentence> sentences = SentenceSplitter.split(text, parallel);
        int n = sentences.size();
        Organisations organisations = Organisations.of(organisations(text, parallel));
        boolean[] furniture = new boolean[n];
        boolean[] headline = new boolean[n];
        boolean[] inQuote = new boolean[n];
        // Furniture and headlines are decided per line, by the line's first sentence.
        boolean[] firstOfLine = new boolean[n];
        boolean[] lineFurniture = new boolean[n];
        boolean[] lineHeadline = new boolean[n];
        forEach(parallel, n, i -> {
            Sentence s = sentences.get(i);
            int lineStart = text.lastIndexOf('\n', s.start() - 1) + 1;
            firstOfLine[i] = i == 0 || lineStart > sentences.get(i - 1).start();
            if (firstOfLine[i]) {
                String line = lineOf(text, s.start());
                lineFurniture[i] = isLineFurniture(line);
                lineHeadline[i] = !lineFurniture[i] && isHeadlineLike(line);
            }
            furniture[i] = hasEmail(s.text());
            inQuote[i] = insideQuote(text, s.start());
        });
        boolean onFurnitureLine = false;
        boolean onHeadlineLine = false;
        for (int i = 0; i < n; i++) {
            if (firstOfLine[i]) {
                onFurnitureLine = lineFurniture[i];
                onHeadlineLine = lineHeadline[i];
            }
            furniture[i] |= onFurnitureLine;
            headline[i] = !furniture[i] && onHeadlineLine;
            inQuote[i] &= !furniture[i];
        }
        // What a sentence says on its own is found for many sentences at once; who speaks in it
        // depends on the sentences before, so that is resolved in order in between.
        Signals[] signals = new Signals[n];
        Attribution.Speaker[] explicit = new Attribution.Speaker[n];
        forEach(parallel, n, i -> {
            if (!furniture[i]) {
                signals[i] = Signals.of(sentences.get(i).text());
                explicit[i] = Attribution.explicitSpeaker(signals[i]);
            }
        });
        Attribution attribution = new Attribution();
        SpeakerTraits[] traits = new SpeakerTraits[n];
        SpeakerTraits last = SpeakerTraits.NOBODY;
        Map<String, SpeakerTraits> byPhrase = new HashMap<>(); // the same speakers recur
        for (int i = 0; i < n; i++) {
            Attribution.Speaker speaker =
                    furniture[i] ? null : attribution.speakerOf(signals[i], explicit[i], inQuote[i]);
            if (speaker != last.speaker()) { // a speaker carried across sentences is looked at once
                SpeakerTraits known = speaker == null ? null : byPhrase.get(speaker.phrase());
                last = known == null
                        ? SpeakerTraits.of(speaker, organisations)
                        : new SpeakerTraits(speaker, known.commercial(), known.ai());
                if (speaker != null && known == null) {
                    byPhrase.put(speaker.phrase(), last);
                }
            }
            traits[i] = last;
        }
        DetectedSentence[] out = new DetectedSentence[n];
        forEach(
                parallel,
                n,
                i -> out[i] = analyseSentence(sentences.get(i), signals[i], traits[i], furniture[i], headline[i]));
        markHeadlineContradictions(out, signals, headline);
        return markInconsistentFigures(Arrays.asList(out), parallel);
    }

    /**
     * A headline's multiple that the figures of a later sentence contradict ("Sales double" over
     * ×2.29) is said in that sentence's change-arithmetic flag: instead of the plain arithmetic
     * when the sentence itself states no size, after its own problems when it does.
     */
    private static void markHeadlineContradictions(DetectedSentence[] out, Signals[] signals, boolean[] headline) {
        List<List<Quantity>> quantities = new ArrayList<>(out.length);
        for (DetectedSentence d : out) {
            quantities.add(d.quantities());
        }
        Map<Integer, String> found =
                ChangeArithmetic.headlineContradictions(Arrays.asList(signals), headline, quantities);
        found.forEach((i, message) -> {
            DetectedSentence a = out[i];
            List<RedFlag> flags = new ArrayList<>(a.flags().size() + 1);
            boolean merged = false;
            for (RedFlag f : a.flags()) {
                if (!merged && (f.code().equals(FlagCodes.CHANGE_ARITHMETIC) || f.note())) {
                    merged = true;
                    String text = f.note() ? message : f.message() + " " + message;
                    flags.add(new RedFlag(FlagCodes.CHANGE_ARITHMETIC, text));
                } else {
                    flags.add(f);
                }
            }
            if (!merged) {
                flags.add(new RedFlag(FlagCodes.CHANGE_ARITHMETIC, message));
            }
            out[i] = a.withFlags(flags);
        });
    }

    /** Below this many sentences, splitting the work between threads costs more than it saves. */
    private static final int PARALLEL_THRESHOLD = 512;

    /** Runs {@code work} for 0..n-1, on several threads for long texts; each index is independent. */
    private static void forEach(boolean parallel, int n, IntConsumer work) {
        if (!parallel || n < PARALLEL_THRESHOLD) {
            for (int i = 0; i < n; i++) {
                work.accept(i);
            }
        } else {
            IntStream.range(0, n).parallel().forEach(work);
        }
    }

    /**
     * The article's headline as a title: the first line that is not page furniture (dateline,
     * byline, "PDF View") nor a section label above the headline ("HOUSING", "LOCAL NEWS": three
     * words at most, in capitals, with a line after it), cut to 200 characters. Null when there is
     * none.
     */
    public static String headline(String text) {
        String kicker = null;
        for (String line : text.split("\n", 40)) {
            String l = line.strip();
            if (l.isEmpty() || isFurniture(l, l)) {
                continue;
            }
            if (kicker == null && (isSectionLabel(l) || isMasthead(l))) {
                kicker = l; // the headline may follow
                continue;
            }
            return l.length() > 200 ? l.substring(0, 199) + "…" : l;
        }
        return kicker;
    }

    private static final java.util.Set<String> MASTHEAD_LINKS = java.util.Set.of("of", "the", "and", "&", "de", "du");

    /**
     * A paper's name and its section, as a web page's top line gives them: "Valley Tribune | Local
     * News", "The Guardian | World". Short parts joined by "|", every word capitalised (but "of",
     * "the", "and"), no figure and no sentence's punctuation: a headline has verbs in lower case.
     */
    static boolean isMasthead(String line) {
        if (!line.contains("|")) {
            return false;
        }
        String[] parts = line.split("\\|", -1);
        int words = 0;
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty()) {
                return false;
            }
            String[] w = p.split("\\s+");
            if (w.length > 4) {
                return false;
            }
            for (String word : w) {
                if (MASTHEAD_LINKS.contains(word)) {
                    continue;
                }
                if (!Character.isUpperCase(word.codePointAt(0))
                        || word.chars().anyMatch(c -> Character.isDigit(c) || ".,;:!?\"“”'".indexOf(c) >= 0)) {
                    return false;
                }
            }
            words += w.length;
        }
        return parts.length >= 2 && words <= 8;
    }

    /** A short line in capitals: "HOUSING", "LOCAL NEWS", "WORLD | ASIA". */
    private static boolean isSectionLabel(String line) {
        boolean letter = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter && line.split("\\s+").length <= 3;
    }

    /** One sentence on its own, without the article around it (the CLI's score command). */
    public static DetectedSentence analyseSentence(String sentence) {
        Sentence s = new Sentence(0, sentence.length(), sentence);
        boolean furniture = isFurniture(sentence, sentence);
        Signals sig = furniture ? null : Signals.of(sentence);
        SpeakerTraits traits =
                SpeakerTraits.of(furniture ? null : Attribution.explicitSpeaker(sig), Organisations.NONE);
        return analyseSentence(s, sig, traits, furniture, false);
    }

    /** What the red flags need to know of a speaker: speaking for a company, being an AI. */
    private record SpeakerTraits(Attribution.Speaker speaker, boolean commercial, boolean ai) {
        static final SpeakerTraits NOBODY = new SpeakerTraits(null, false, false);

        static SpeakerTraits of(Attribution.Speaker speaker, Organisations organisations) {
            if (speaker == null) {
                return NOBODY;
            }
            String who = speaker.phrase().toLowerCase(Locale.ROOT);
            boolean ai = Lexicon.AI_SOURCE.matches(who, WordSet.tokensOf(who));
            return new SpeakerTraits(speaker, isCommercial(speaker, organisations), ai);
        }
    }

    private static DetectedSentence analyseSentence(
            Sentence s, Signals sig, SpeakerTraits traits, boolean furniture, boolean headline) {
        Attribution.Speaker speaker = traits.speaker();
        String text = s.text();
        List<Quantity> quantities = sig == null
                ? QuantityParser.parse(text)
                : QuantityParser.parse(text, sig.lower, sig.wordSet, sig.wordStarts);
        if (furniture) {
            return new DetectedSentence(
                    s.start(),
                    s.end(),
                    text,
                    0.0,
                    false,
                    EnumSet.of(ClaimKind.OTHER),
                    List.of(FURNITURE_REASON),
                    List.of(),
                    quantities,
                    null);
        }
        List<RedFlag> flags = RedFlags.of(sig, quantities, speaker, traits.commercial(), traits.ai());
        boolean attributed = speaker != null || text.indexOf('"') >= 0 || text.indexOf('“') >= 0;
        Scorer.Result r = Scorer.score(sig, quantities, flags, attributed, headline);
        Set<ClaimKind> kinds = kinds(sig, quantities, attributed);
        // Scored as a change to check; shown as a note when nothing in the sentence contradicts it.
        flags.replaceAll(ChangeArithmetic::asShown);
        return new DetectedSentence(
                s.start(),
                s.end(),
                text,
                r.score(),
                r.score() >= PROPOSAL_THRESHOLD,
                kinds,
                r.reasons(),
                flags,
                quantities,
                speaker == null ? null : speaker.name());
    }

    private static Set<ClaimKind> kinds(Signals sig, List<Quantity> quantities, boolean attributed) {
        Set<ClaimKind> kinds = EnumSet.noneOf(ClaimKind.class);
        boolean figure = false;
        boolean percent = false;
        for (Quantity q : quantities) {
            figure |= !Units.YEAR.equals(q.dimension());
            percent |= Units.PERCENT.equals(q.dimension());
        }
        if (figure) {
            kinds.add(ClaimKind.QUANTITY);
        }
        if (sig.share && percent || sig.ranking) {
            kinds.add(ClaimKind.SHARE_RANKING);
        }
        if (sig.change) {
            kinds.add(ClaimKind.CHANGE);
        }
        if (sig.superlative != null) {
            kinds.add(ClaimKind.SUPERLATIVE);
        }
        if (attributed) {
            kinds.add(ClaimKind.ATTRIBUTION);
        }
        if (sig.comparison) {
            kinds.add(ClaimKind.COMPARISON);
        }
        if (sig.prediction) {
            kinds.add(ClaimKind.PREDICTION);
        }
        if (kinds.isEmpty()) {
            kinds.add(ClaimKind.OTHER);
        }
        return kinds;
    }

    /** The organisations an article names, and the first word of each, for quick lookups. */
    private record Organisations(Set<String> names, Set<String> firstTokens) {
        static final Organisations NONE = new Organisations(Set.of(), Set.of());

        static Organisations of(Set<String> names) {
            Set<String> firstTokens = new HashSet<>();
            for (String o : names) {
                firstTokens.add(firstToken(o));
            }
            return new Organisations(names, firstTokens);
        }
    }

    /** A speaker with a commercial role, or one of the article's organisations (by its first word). */
    private static boolean isCommercial(Attribution.Speaker speaker, Organisations organisations) {
        String phrase = speaker.phrase();
        String lowerPhrase = phrase.toLowerCase(Locale.ROOT);
        if (Lexicon.COMMERCIAL.matches(lowerPhrase, WordSet.tokensOf(lowerPhrase))) {
            return true;
        }
        return organisations.names().contains(phrase)
                || organisations.firstTokens().contains(firstToken(phrase));
    }

    private static String firstToken(String s) {
        int end = 0;
        while (end < s.length() && " ,'’".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        return s.substring(0, end);
    }

    static Set<String> organisations(String text, boolean parallel) {
        int[] chunks = parallel ? SentenceSplitter.chunks(text) : new int[] {0, text.length()};
        @SuppressWarnings("unchecked")
        Set<String>[] parts = new Set[chunks.length - 1];
        IntStream.range(0, parts.length)
                .parallel()
                .forEach(
                        i -> { // pieces of a long text at once
                            parts[i] = new LinkedHashSet<>();
                            organisations(text, chunks[i], chunks[i + 1], parts[i]);
                        });
        Set<String> out = new LinkedHashSet<>();
        for (Set<String> part : parts) {
            out.addAll(part); // in text order, each name where it first occurs
        }
        return out;
    }

    /** The organisations named in the paragraphs starting in [from, to). */
    private static void organisations(String text, int from, int to, Set<String> out) {
        // The pattern is slow on long texts; most paragraphs name no company at all.
        int start = from;
        while (start < to) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String paragraph = text.substring(start, end);
            if (mayNameOrganisation(paragraph)) {
                collectOrganisations(paragraph, out);
            }
            start = end + 1;
        }
    }

    /**
     * Words without which {@link #ORGANISATION} cannot match ("Co" only as a whole word). Looked for
     * with {@code String.indexOf}, which is far cheaper than trying a regex at every position.
     */
    private static final String[] ORGANISATION_HINTS = {
        "startup", "start-up", "company", "firm", "developer", "maker", "manufacturer", "operator", "giant",
        "Robotics", "Technolog", "Ltd", "Inc", "Corp", "Group", "Holdings", "Motors", "Systems"
    };

    static boolean mayNameOrganisation(String paragraph) {
        for (String hint : ORGANISATION_HINTS) {
            if (paragraph.contains(hint)) {
                return true;
            }
        }
        for (int at = paragraph.indexOf("Co"); at >= 0; at = paragraph.indexOf("Co", at + 1)) {
            if (at + 2 == paragraph.length() || !Character.isLetterOrDigit(paragraph.charAt(at + 2))) {
                return true; // "Co" followed by a word boundary, as \b in the old hint
            }
        }
        return false;
    }

    /**
     * What {@code ORGANISATION.matcher(text)} finds, tried only where a match can start: at an
     * upper-case letter or at one of the lower-case role words. An anchored try at those few places
     * instead of a search from every character.
     */
    private static void collectOrganisations(String text, Set<String> out) {
        Matcher m = ORGANISATION_MATCHER.get().reset(text);
        int[] candidates = organisationStarts(text);
        int i = 0;
        for (int at : candidates) {
            if (at < i) {
                continue; // inside the name found last
            }
            if (Anchored.matchesAt(m, at, text.length())) {
                String name = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
                if (!name.isEmpty()) {
                    out.add(name);
                }
                i = Math.max(m.end(), at + 1);
            }
        }
    }

    /**
     * Where {@link #ORGANISATION} can start, in order: at a role word ("company Unitree"), or at a
     * capital in the run of letters, "&.-" and spaces that leads up to a company suffix
     * ("Unitree Robotics"). Found by looking back from each suffix, not by trying every letter.
     */
    private static int[] organisationStarts(String text) {
        int[] roles = Anchored.occurrences(text, ORGANISATION_ROLES);
        int[] suffixes = Anchored.occurrences(text, ORGANISATION_SUFFIXES);
        int[] out = Arrays.copyOf(roles, roles.length + 8);
        int count = roles.length;
        int covered = -1; // positions up to here were looked at for an earlier suffix
        for (int f : suffixes) {
            int from = f;
            while (from > covered + 1 && isNameChainChar(text.charAt(from - 1))) {
                from--;
            }
            for (int u = from; u <= f; u++) {
                char c = text.charAt(u);
                if (Character.getType(c) == Character.UPPERCASE_LETTER || Character.isHighSurrogate(c)) {
                    if (count == out.length) {
                        out = Arrays.copyOf(out, 2 * count);
                    }
                    out[count++] = u;
                }
            }
            covered = f;
        }
        return Anchored.sorted(out, count);
    }

    /** The words that end an organisation's name in {@link #ORGANISATION} ("Co" covers "Corp"). */
    private static final String[] ORGANISATION_SUFFIXES = {
        "Robotics", "Technolog", "Ltd", "Inc", "Co", "Group", "Holdings", "Motors", "Systems", "Storage Ltd"
    };

    /** One matcher per thread, reset for each paragraph. */
    private static final ThreadLocal<Matcher> ORGANISATION_MATCHER =
            ThreadLocal.withInitial(() -> ORGANISATION.matcher(""));

    /**
     * A character that may stand between the start of a name and its suffix: a letter, "&", ".",
     * "-" or any kind of space (generous: this only decides where the pattern is tried).
     */
    private static boolean isNameChainChar(char c) {
        return Character.isLetter(c)
                || c == '&'
                || c == '.'
                || c == '-'
                || Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || c == '\u0085'
                || Character.isSurrogate(c);
    }

    private static final String[] ORGANISATION_ROLES = {
        "startup", "start-up", "company", "firm", "developer", "maker", "manufacturer", "operator", "giant"
    };

    /** True when a quotation opened earlier in the paragraph is still open at {@code offset}. */
    private static boolean insideQuote(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        int straight = 0;
        int curly = 0;
        for (int i = start; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '“') {
                curly++;
            } else if (c == '”') {
                curly--;
            }
        }
        return straight % 2 == 1 || curly > 0;
    }

    private static String lineOf(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        int end = text.indexOf('\n', offset);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    static boolean isFurniture(String line, String sentence) {
        return hasEmail(sentence) || isLineFurniture(line);
    }

    private static boolean hasEmail(String sentence) {
        return sentence.indexOf('@') >= 0 && Lexicon.EMAIL.matcher(sentence).find();
    }

    /**
     * Teasers, bylines, datelines and captions. Each pattern is tried only when the line's first
     * character could start it (any character outside ASCII letters is tried: the patterns fold
     * case the Unicode way) and, for captions, when the line has a bracket or a colon.
     */
    private static boolean isLineFurniture(String line) {
        String l = line.strip();
        char first = l.isEmpty() ? ' ' : l.charAt(0);
        return mayStart(first, "rasmwltpcf") && Lexicon.TEASER.matcher(l).matches()
                || mayStart(first, "bvp") && Lexicon.BYLINE.matcher(l).matches()
                || mayStart(first, "puflmjasond") && Lexicon.DATELINE.matcher(l).matches()
                || (l.indexOf('(') >= 0 || l.indexOf(':') >= 0)
                        && Lexicon.CAPTION.matcher(l).find();
    }

    /** False only for an ASCII letter that is none of {@code letters} in either case. */
    private static boolean mayStart(char c, String letters) {
        boolean asciiLetter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        return !asciiLetter || letters.indexOf(Character.toLowerCase(c)) >= 0;
    }

    private static boolean isHeadlineLike(String line) {
        String l = line.strip();
        if (l.isEmpty()) {
            return false;
        }
        char last = l.charAt(l.length() - 1);
        return ".!?\"”'’)。！？:".indexOf(last) < 0;
    }

    /** The same counted thing given different figures in one article. */
    private static List<DetectedSentence> markInconsistentFigures(List<DetectedSentence> sentences, boolean parallel) {
        Map<String, Set<Double>> values = new ConcurrentHashMap<>();
        String[][] keys = new String[sentences.size()][]; // each figure's key, worked out once
        forEach(parallel, keys.length, i -> {
            List<Quantity> quantities = sentences.get(i).quantities();
            if (!quantities.isEmpty()) {
                keys[i] = new String[quantities.size()];
                for (int j = 0; j < keys[i].length; j++) {
                    String key = keys[i][j] = figureKey(quantities.get(j));
                    if (key != null) {
                        values.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet())
                                .add(quantities.get(j).value());
                    }
                }
            }
        });
        Map<String, String> messages = new HashMap<>(); // one message per figure, written once
        values.forEach((key, figures) -> {
            if (figures.size() > 1) {
                messages.put(
                        key,
                        "The article gives different figures for \"" + key + "\": "
                                + String.join(
                                        ", ",
                                        figures.stream()
                                                .sorted()
                                                .map(ClaimDetector::plain)
                                                .toList())
                                + ". Check which one is right.");
            }
        });
        DetectedSentence[] out = new DetectedSentence[sentences.size()];
        forEach(parallel, out.length, i -> {
            DetectedSentence a = sentences.get(i);
            String message = null;
            for (int j = 0; keys[i] != null && j < keys[i].length && message == null; j++) {
                message = keys[i][j] == null ? null : messages.get(keys[i][j]);
            }
            if (message == null || !a.proposed() && a.score() == 0) {
                out[i] = a;
            } else {
                List<RedFlag> flags = new ArrayList<>(a.flags());
                flags.add(new RedFlag(FlagCodes.INCONSISTENT_FIGURES, message));
                out[i] = a.withFlags(flags);
            }
        });
        return new ArrayList<>(Arrays.asList(out));
    }

    private static String figureKey(Quantity q) {
        if (q.noun() == null || q.approximate() || Units.YEAR.equals(q.dimension())) {
            return null;
        }
        String noun = q.noun().toLowerCase(Locale.ROOT);
        int end = noun.length();
        while (end > 0 && !Character.isLetter(noun.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(noun.charAt(start - 1))) {
            start--;
        }
        if (start == end) {
            return null; // no word in it
        }
        String head = noun.substring(start, end); // the last word
        if (head.length() < 4) {
            return null;
        }
        String singular = head.endsWith("ies")
                ? head.substring(0, head.length() - 3) + "y"
                : head.endsWith("s") && !head.endsWith("ss") ? head.substring(0, head.length() - 1) : head;
        return singular + " (" + q.dimension() + ")";
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
