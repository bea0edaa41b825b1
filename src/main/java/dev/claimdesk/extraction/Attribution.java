package dev.claimdesk.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a sentence reports ("X said", "said X", "according to X", "X added:") and carries the
 * speaker across sentences: "it said", "the chatbot also revealed" or a bare quotation after an
 * attributed sentence refer back to the last speaker.
 */
final class Attribution {
    /** A speaker: the phrase as written and a short name for the claimant column. */
    record Speaker(String phrase, String name) {}

    private static final Pattern SAID_AFTER = Pattern.compile(
            "[,\"”]\\s*(?:said|says|told|added|wrote|noted|explained|argued|claimed)\\s+(?<who>[^,.;:\"“”]{2,80})");

    private static final Set<String> SAID_AFTER_VERBS =
            Vocabulary.known("said", "says", "told", "added", "wrote", "noted", "explained", "argued", "claimed");

    private static final Pattern DETERMINER = Pattern.compile("(?:the|a|an|it|he|she|they|its|his|her|their)\\b");
    private static final List<String> LEADING_ADVERBS = List.of(
            "then",
            "later",
            "also",
            "but",
            "and",
            "so",
            "meanwhile",
            "however",
            "now",
            "earlier",
            "today",
            "yesterday");

    private Speaker last;

    /**
     * The speaker of this sentence, resolving references to the previous speaker. {@code insideQuote}
     * says the sentence continues a quotation opened by an earlier sentence of the same paragraph.
     */
    Speaker speakerOf(Signals sig, boolean insideQuote) {
        return speakerOf(sig, explicitSpeaker(sig), insideQuote);
    }

    /**
     * As {@link #speakerOf(Signals, boolean)} with the sentence's {@link #explicitSpeaker} already
     * found (that part needs no earlier sentence, so it can be found for many sentences at once).
     */
    Speaker speakerOf(Signals sig, Speaker explicit, boolean insideQuote) {
        String sentence = sig.text;
        if (explicit != null) {
            Speaker resolved = resolve(explicit);
            last = resolved;
            return resolved;
        }
        String s = sentence.strip();
        boolean bareQuote = !s.isEmpty() && "\"“".indexOf(s.charAt(0)) >= 0;
        return bareQuote || insideQuote ? last : null;
    }

    private Speaker resolve(Speaker s) {
        if (last == null) {
            return s;
        }
        String lowerPhrase = s.phrase().strip().toLowerCase(Locale.ROOT);
        if (Lexicon.PRONOUN_SPEAKERS.contains(lowerPhrase)) {
            String head = lastWord(lowerPhrase);
            if (PRONOUNS.contains(head)
                    || last.phrase().toLowerCase(Locale.ROOT).contains(head)) {
                return last;
            }
        }
        if (lowerPhrase.startsWith("the ")) {
            String head = lastWord(lowerPhrase);
            if (last.phrase().toLowerCase(Locale.ROOT).contains(head)) {
                return last;
            }
        }
        return s;
    }

    private static final Set<String> PRONOUNS = Set.of("it", "he", "she", "they");

    static Speaker explicitSpeaker(Signals sig) {
        String sentence = sig.text;
        String lower = sig.lower;
        if (!sig.hasWord(Lexicon.SPEECH_WORD)) {
            return null; // no speech verb, no "according to": nobody is quoted
        }
        int[] according = Anchored.occurrences(lower, "according to ");
        if (according.length > 0) {
            Matcher acc = Lexicon.ACCORDING_TO.matcher(lower);
            if (Anchored.firstMatch(acc, according, 0, lower.length())) {
                return speaker(sentence.substring(acc.start("who"), acc.end("who")));
            }
        }
        List<String> words = sig.wordSet;
        int[] starts = sig.wordStarts;
        // '", said Wang Peng': SAID_AFTER tried only where it can start, the mark before such a verb.
        for (int k = 0; k < words.size(); k++) {
            if (SAID_AFTER_VERBS.contains(words.get(k))) {
                int at = starts[k];
                while (at > 0 && Anchored.isRegexSpace(lower.charAt(at - 1))) {
                    at--;
                }
                if (at > 0 && ",\"”".indexOf(lower.charAt(at - 1)) >= 0) {
                    if (lowerCaseClauseFollows(
                            sentence, lower, starts[k] + words.get(k).length())) {
                        break; // '", said on Monday': the pattern would match and the clause be refused
                    }
                    Matcher after = SAID_AFTER.matcher(lower).region(at - 1, lower.length());
                    if (after.lookingAt()) {
                        String who = sentence.substring(after.start("who"), after.end("who"))
                                .strip();
                        if (!who.isEmpty() && Signals.countWords(who) <= 8 && Character.isUpperCase(who.charAt(0))) {
                            return speaker(who);
                        }
                        break; // only the first such clause is considered
                    }
                }
            }
        }
        for (int k = 0; k < words.size(); k++) {
            if (Lexicon.SPEECH_VERBS.contains(words.get(k))) {
                int verbStart = starts[k];
                if (k > 0 && Lexicon.SPEECH_VERB_PREFIXES.contains(words.get(k - 1))) {
                    int prefixEnd = starts[k - 1] + words.get(k - 1).length();
                    if (prefixEnd + 1 == verbStart && lower.charAt(prefixEnd) == ' ') {
                        verbStart = starts[k - 1]; // "it also said": the adverb goes with the verb
                    }
                }
                String phrase = phraseBefore(sentence.substring(0, verbStart));
                if (phrase != null) {
                    return speaker(phrase);
                }
            }
        }
        return null;
    }

    /**
     * Whether spaces and then two characters of a clause follow {@code verbEnd}, the first not a
     * capital: {@code SAID_AFTER} then matches there, and its speaker is refused.
     */
    private static boolean lowerCaseClauseFollows(String sentence, String lower, int verbEnd) {
        int n = lower.length();
        int p = verbEnd;
        while (p < n && Anchored.isRegexSpace(lower.charAt(p))) {
            p++;
        }
        return p > verbEnd
                && p + 1 < n
                && CLAUSE_END.indexOf(lower.charAt(p)) < 0
                && CLAUSE_END.indexOf(lower.charAt(p + 1)) < 0
                && !Character.isSurrogate(lower.charAt(p))
                && !Character.isSurrogate(lower.charAt(p + 1))
                && !Character.isWhitespace(sentence.charAt(p))
                && !Character.isUpperCase(sentence.charAt(p));
    }

    /** What ends the speaker's phrase in {@code SAID_AFTER}. */
    private static final String CLAUSE_END = ",.;:\"“”";

    /** The noun phrase just before a speech verb, with its appositives ("Wang, a researcher at X,"). */
    private static String phraseBefore(String before) {
        int cut = Math.max(Math.max(before.lastIndexOf('"'), before.lastIndexOf('”')), before.lastIndexOf(':'));
        String clause = before.substring(cut + 1);
        String trimmed = clause.strip();
        if (trimmed.endsWith(",")) {
            // appositive chain: keep it whole from the start of the clause
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        } else {
            int comma = trimmed.lastIndexOf(',');
            trimmed = trimmed.substring(comma + 1).strip();
        }
        int words = Signals.countWords(trimmed);
        if (trimmed.isEmpty() || words > 28) {
            return null;
        }
        char first = trimmed.charAt(0);
        boolean nounLike = Character.isUpperCase(first)
                || words <= 5
                || DETERMINER.matcher(trimmed.toLowerCase(Locale.ROOT)).lookingAt();
        return nounLike ? trimmed : null;
    }

    private static Speaker speaker(String phrase) {
        String p = withoutLeadingAdverbs(collapseSpaces(phrase.strip()));
        String name = p.contains(",") ? p.substring(0, p.indexOf(',')).strip() : p;
        return new Speaker(p, withoutSourceDocument(name));
    }

    /** What a source publishes, before who publishes it: "figures from the Heat Pump Association". */
    private static final List<String> SOURCE_DOCUMENTS = List.of(
            "figures from ",
            "figures by ",
            "figures published by ",
            "data from ",
            "statistics from ",
            "numbers from ",
            "estimates from ",
            "estimates by ",
            "a report by ",
            "a report from ",
            "a study by ",
            "a survey by ",
            "research by ");

    /** "figures from the Heat Pump Association" is the Heat Pump Association, as the claimant. */
    private static String withoutSourceDocument(String name) {
        for (String d : SOURCE_DOCUMENTS) {
            if (name.length() > d.length() + 1 && name.regionMatches(true, 0, d, 0, d.length())) {
                return name.substring(d.length()).strip();
            }
        }
        return name;
    }

    /** Every run of whitespace as one space. */
    private static String collapseSpaces(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Anchored.isRegexSpace(c)
                    && (c != ' ' || i + 1 < s.length() && Anchored.isRegexSpace(s.charAt(i + 1)))) {
                out = new StringBuilder(s.length());
                break;
            }
        }
        if (out == null) {
            return s; // nothing to collapse
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Anchored.isRegexSpace(c)) {
                while (i + 1 < s.length() && Anchored.isRegexSpace(s.charAt(i + 1))) {
                    i++;
                }
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** "then later Wang Peng" is Wang Peng: the adverbs before a speaker are dropped. */
    private static String withoutLeadingAdverbs(String p) {
        int at = 0;
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (String adverb : LEADING_ADVERBS) {
                int end = at + adverb.length();
                if (end < p.length() && Anchored.isRegexSpace(p.charAt(end)) && asciiEqualsIgnoreCase(p, at, adverb)) {
                    at = end;
                    while (at < p.length() && Anchored.isRegexSpace(p.charAt(at))) {
                        at++;
                    }
                    dropped = true;
                    break;
                }
            }
        }
        return p.substring(at);
    }

    private static boolean asciiEqualsIgnoreCase(String s, int at, String lowerWord) {
        for (int i = 0; i < lowerWord.length(); i++) {
            char c = s.charAt(at + i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lowerWord.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String lastWord(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).strip();
        return p.substring(p.lastIndexOf(' ') + 1);
    }
}
