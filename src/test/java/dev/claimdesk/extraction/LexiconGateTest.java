package dev.claimdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.bench.DetectionBenchmark;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lexicons' regular expressions are tried only where an alternative can start (see
 * {@link WordSet}). Whatever the gate, the matches must be those of a plain search.
 */
class LexiconGateTest {
    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @CsvSource(
            delimiterString = " => ",
            value = {
                "no\\. 1 => no. 1",
                "world'?s (?:first|largest) => world",
                "(?:largest|biggest|best-selling) => ''",
                "\\w+er than => er than",
                "by 20[3-9]\\d => by 20",
                "% of => % of",
                "tax(?:es)? => tax",
                "\\p{L}+ability => ability",
                "first[- ]ever => first",
                "the first (?!time)\\w+ => the first",
                "jobs? => job"
            })
    void theLongestLiteralIsTextEveryMatchContains(String alternative, String literal) {
        assertThat(WordSet.longestLiteral(alternative)).isEqualTo(literal);
    }

    @Test
    void aGroupOfWordsGatesOnTheFirstWordOfEach() {
        assertThat(WordSet.groupWords("(?:largest|best-selling|most-watched)"))
                .containsExactly("largest", "best", "most");
        assertThat(WordSet.groupWords("(?:most\\S*|best)")).isNull();
        assertThat(WordSet.groupWords("(?:a|b)c")).isNull();
        assertThat(WordSet.groupWords("world'?s (?:first|best)")).isNull();
    }

    static List<WordSet> lexicons() throws IllegalAccessException {
        List<WordSet> out = new ArrayList<>();
        for (Field f : Lexicon.class.getDeclaredFields()) {
            if (f.getType() == WordSet.class) {
                out.add((WordSet) f.get(null));
            }
        }
        return out;
    }

    /** The sample article, seeded news text and sentences written to hit the patterns' edges. */
    static List<String> sentences() throws IOException {
        List<String> out = new ArrayList<>(List.of(
                "It is the world's first and the world’s largest, the first-ever first ever record-high.",
                "No. 1 in sales, no. 1 again; number one; top 10 and top-ranked, leading global maker.",
                "Sales rose from 5.2 percent to 9 percent; from 3 to 4; from 2019 to 2020 they fell.",
                "It was 3 times more, twice as much, higher than, rather than, other than before.",
                "Unemployment will hit 7% by 2031 and 12% of people say by 2025 and by 20 miles.",
                "The chatbot ChatGPT, a GPT-4o model and artificial intelligence tools consumed energy.",
                "Sources say an official who asked not to be named and insiders reportedly agree.",
                "Larger, largest-ever, biggest; the best-selling, most-watched and most popular.",
                "The first time was the first robot; the firstborn was unprecedented in history.",
                "Taxes, tax, taxation; outpaced, surpassing, overtook; compared with and compared to.",
                "It appears to work and they appear to agree; the appearance appears."));
        try (InputStream in = LexiconGateTest.class.getResourceAsStream("/articles/china-daily-2025-02-11.txt")) {
            String article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            SentenceSplitter.split(article).forEach(s -> out.add(s.text()));
        }
        SentenceSplitter.split(DetectionBenchmark.generate(60_000, new Random(5)))
                .forEach(s -> out.add(s.text()));
        return out;
    }

    static Stream<WordSet> patterned() throws IllegalAccessException {
        return lexicons().stream().filter(WordSet::hasPatterns);
    }

    @ParameterizedTest
    @MethodSource("patterned")
    void gatedMatchesAreThoseOfAPlainSearch(WordSet lexicon) throws IOException {
        for (String sentence : sentences()) {
            Signals sig = Signals.of(sentence);
            String lower = sentence.toLowerCase(Locale.ROOT);
            int[] plain = lexicon.restFind(lower, true); // gate open: a search from every position
            int[] gated = lexicon.restFind(sig);
            assertThat(gated).as("%s", sentence).isEqualTo(plain);
            assertThat(lexicon.restCount(sig, 5)).as("%s", sentence).isEqualTo(lexicon.restCount(lower, true, 5));
        }
    }

    @Test
    void thePatternedLexiconsAreExercised() throws IOException, IllegalAccessException {
        // Each lexicon with patterns matches at least one of the sentences above, so the
        // comparison does not pass on absent matches alone.
        List<String> sentences = sentences();
        List<WordSet> patterned = patterned().toList();
        assertThat(patterned).hasSizeGreaterThanOrEqualTo(10);
        for (WordSet lexicon : patterned) {
            assertThat(sentences)
                    .as("a sentence that lexicon %d's patterns match", lexicon.id)
                    .anySatisfy(s -> assertThat(lexicon.restFind(s.toLowerCase(Locale.ROOT), true))
                            .isNotNull());
        }
    }
}
