package dev.claimdesk.extraction;

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

    private static final Pattern DETERMINER = Pattern.compile("(?:the|a|an|it|he|she|they|its|his|her|their)\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_ADVERBS = Pattern.compile(
            "(?i)^(?:(?:then|later|also|but|and|so|meanwhile|however|now|earlier|today|yesterday)\\s+)+");

    private Speaker last;

    /**
     * The speaker of this sentence, resolving references to the previous speaker. {@code insideQuote}
     * says the sentence continues a quotation opened by an earlier sentence of the same paragraph.
     */
    Speaker speakerOf(String sentence, boolean insideQuote) {
        Speaker explicit = explicitSpeaker(sentence);
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
        String phrase = s.phrase().strip();
        if (last != null
                && Lexicon.PRONOUN_SPEAKER
                        .matcher(phrase.toLowerCase(Locale.ROOT))
                        .matches()) {
            String head = lastWord(phrase);
            boolean pronoun = Set.of("it", "he", "she", "they").contains(head);
            if (pronoun || last.phrase().toLowerCase(Locale.ROOT).contains(head)) {
                return last;
            }
        }
        if (last != null && phrase.toLowerCase(Locale.ROOT).startsWith("the ")) {
            String head = lastWord(phrase);
            if (last.phrase().toLowerCase(Locale.ROOT).contains(head)) {
                return last;
            }
        }
        return s;
    }

    static Speaker explicitSpeaker(String sentence) {
        String l = sentence.toLowerCase(Locale.ROOT);
        String lower = l.length() == sentence.length() ? l : sentence;
        if (!Lexicon.SPEECH_WORD.matches(lower, WordSet.wordsOf(lower))) {
            return null; // no speech verb, no "according to": nobody is quoted
        }
        if (lower.indexOf(" to ") >= 0) {
            Matcher acc = Lexicon.ACCORDING_TO.matcher(lower);
            if (acc.find()) {
                return speaker(sentence.substring(acc.start("who"), acc.end("who")));
            }
        }
        Matcher after = SAID_AFTER.matcher(lower);
        if (after.find()) {
            String who =
                    sentence.substring(after.start("who"), after.end("who")).strip();
            if (Signals.countWords(who) <= 8 && Character.isUpperCase(who.charAt(0))) {
                return speaker(who);
            }
        }
        Matcher verb = Lexicon.SPEECH_VERB.matcher(lower);
        while (verb.find()) {
            String before = sentence.substring(0, verb.start());
            String phrase = phraseBefore(before);
            if (phrase != null) {
                return speaker(phrase);
            }
        }
        return null;
    }

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
        String p = LEADING_ADVERBS
                .matcher(SPACES.matcher(phrase.strip()).replaceAll(" "))
                .replaceFirst("");
        String name = p.contains(",") ? p.substring(0, p.indexOf(',')).strip() : p;
        return new Speaker(p, name);
    }

    private static String lastWord(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).strip();
        return p.substring(p.lastIndexOf(' ') + 1);
    }
}
