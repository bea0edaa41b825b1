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
            "(?iu)[,\"”]\\s*(?:said|says|told|added|wrote|noted|explained|argued|claimed)\\s+(?<who>[^,.;:\"“”]{2,80})");

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
        if (last != null && Lexicon.PRONOUN_SPEAKER.matcher(phrase).matches()) {
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
        Matcher acc = Lexicon.ACCORDING_TO.matcher(sentence);
        if (acc.find()) {
            return speaker(acc.group("who"));
        }
        Matcher after = SAID_AFTER.matcher(sentence);
        if (after.find()) {
            String who = after.group("who").strip();
            if (who.split("\\s+").length <= 8 && Character.isUpperCase(who.charAt(0))) {
                return speaker(who);
            }
        }
        Matcher verb = Lexicon.SPEECH_VERB.matcher(sentence);
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
        if (trimmed.isEmpty() || trimmed.split("\\s+").length > 28) {
            return null;
        }
        char first = trimmed.charAt(0);
        boolean nounLike = Character.isUpperCase(first)
                || trimmed.split("\\s+").length <= 5
                || trimmed.toLowerCase(Locale.ROOT).matches("(?:the|a|an|it|he|she|they|its|his|her|their)\\b.*");
        return nounLike ? trimmed : null;
    }

    private static Speaker speaker(String phrase) {
        String p = phrase.strip()
                .replaceAll("\\s+", " ")
                .replaceFirst(
                        "(?i)^(?:(?:then|later|also|but|and|so|meanwhile|however|now|earlier|today|yesterday)"
                                + "\\s+)+",
                        "");
        String name = p.contains(",") ? p.substring(0, p.indexOf(',')).strip() : p;
        return new Speaker(p, name);
    }

    private static String lastWord(String phrase) {
        String[] w = phrase.toLowerCase(Locale.ROOT).split("\\s+");
        return w[w.length - 1];
    }
}
