package dev.claimdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.bench.DetectionBenchmark;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Speakers are found with word positions and anchored patterns; this test keeps the first,
 * pattern-only way of finding them as the reference and compares both on many sentences.
 */
class AttributionReferenceTest {
    private static final Pattern SPEECH_VERB = Pattern.compile("(?<![\\p{L}])(?:also |further |then |later )?"
            + "(?:said|says|say|told|tells|added|adds|stated|states|claimed|claims|revealed|reveals|noted|notes|"
            + "argued|argues|explained|explains|wrote|writes|announced|announces|reported|reports|insisted|"
            + "insists|warned|warns|estimated|estimates|asserted|disclosed|confirmed|confirms|boasted|"
            + "suggested|predicted|posted)(?![\\p{L}])");
    private static final Pattern SAID_AFTER = Pattern.compile(
            "[,\"”]\\s*(?:said|says|told|added|wrote|noted|explained|argued|claimed)\\s+(?<who>[^,.;:\"“”]{2,80})");
    private static final Pattern DETERMINER = Pattern.compile("(?:the|a|an|it|he|she|they|its|his|her|their)\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_ADVERBS = Pattern.compile(
            "(?i)^(?:(?:then|later|also|but|and|so|meanwhile|however|now|earlier|today|yesterday)\\s+)+");

    /** The speaker as the first version found it, or null. */
    static Attribution.Speaker reference(String sentence) {
        String l = sentence.toLowerCase(Locale.ROOT);
        String lower = l.length() == sentence.length() ? l : sentence;
        if (!Lexicon.SPEECH_WORD.matches(lower, WordSet.wordsOf(lower))) {
            return null;
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
            if (!who.isEmpty() && Signals.countWords(who) <= 8 && Character.isUpperCase(who.charAt(0))) {
                return speaker(who);
            }
        }
        Matcher verb = SPEECH_VERB.matcher(lower);
        while (verb.find()) {
            String phrase = phraseBefore(sentence.substring(0, verb.start()));
            if (phrase != null) {
                return speaker(phrase);
            }
        }
        return null;
    }

    private static String phraseBefore(String before) {
        int cut = Math.max(Math.max(before.lastIndexOf('"'), before.lastIndexOf('”')), before.lastIndexOf(':'));
        String trimmed = before.substring(cut + 1).strip();
        if (trimmed.endsWith(",")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        } else {
            trimmed = trimmed.substring(trimmed.lastIndexOf(',') + 1).strip();
        }
        int words = Signals.countWords(trimmed);
        if (trimmed.isEmpty() || words > 28) {
            return null;
        }
        boolean nounLike = Character.isUpperCase(trimmed.charAt(0))
                || words <= 5
                || DETERMINER.matcher(trimmed.toLowerCase(Locale.ROOT)).lookingAt();
        return nounLike ? trimmed : null;
    }

    private static Attribution.Speaker speaker(String phrase) {
        String p = LEADING_ADVERBS
                .matcher(SPACES.matcher(phrase.strip()).replaceAll(" "))
                .replaceFirst("");
        String name = p.contains(",") ? p.substring(0, p.indexOf(',')).strip() : p;
        return new Attribution.Speaker(p, name);
    }

    static IntStream seeds() {
        return IntStream.rangeClosed(1, 4);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void speakersAreThoseTheReferenceFinds(int seed) throws IOException {
        Random r = new Random(seed);
        String[] parts = {
            "Wang Peng",
            "the chatbot",
            "It",
            "Then later Li Wei",
            "\"We won,\"",
            "“Yes,”",
            ", said",
            " said ",
            " says",
            " also said",
            " told reporters",
            ", told",
            " according to ",
            "According to the ministry",
            " on Monday",
            " that",
            " 5 percent",
            ", a researcher at Acme,",
            " claimed",
            ":",
            " ",
            "  ",
            "\t",
            ".",
            " said  X",
            " said on",
            " Said",
            " revealed",
            " SAID ",
            "\u2003",
            " then said",
            " further notes",
            " İstanbul"
        };
        List<String> sentences = new ArrayList<>(GluedPieces.texts(r, parts, 2500, 9));
        SentenceSplitter.split(DetectionBenchmark.generate(40_000, new Random(seed)))
                .forEach(s -> sentences.add(s.text()));
        try (InputStream in = getClass().getResourceAsStream("/articles/china-daily-2025-02-11.txt")) {
            SentenceSplitter.split(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .forEach(s -> sentences.add(s.text()));
        }
        int found = 0;
        for (String sentence : sentences) {
            Attribution.Speaker expected = reference(sentence);
            assertThat(Attribution.explicitSpeaker(Signals.of(sentence)))
                    .as(sentence)
                    .isEqualTo(expected);
            found += expected == null ? 0 : 1;
        }
        assertThat(found).as("sentences with a speaker").isGreaterThan(1000);
    }
}
