package dev.claimdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VocabularyTest {
    private final Vocabulary vocabulary = new Vocabulary(Set.of("may", "in", "kg", "said", "of"));

    private String find(String s) {
        return vocabulary.find(s, 0, s.length(), s.hashCode());
    }

    @Test
    void aKnownWordComesBackAsTheVocabularysOwnStringAndAnyOtherAsUnknown() {
        String text = "he said it";
        String said = vocabulary.find(text, 3, 7, "said".hashCode());
        assertThat(said).isEqualTo("said");
        assertThat(vocabulary.find(text, 3, 7, "said".hashCode())).isSameAs(said);
        assertThat(find("sai")).isSameAs(Vocabulary.UNKNOWN);
        assertThat(find("saids")).isSameAs(Vocabulary.UNKNOWN);
        assertThat(find("")).isSameAs(Vocabulary.UNKNOWN);
        assertThat(Vocabulary.UNKNOWN).isNotEqualTo("").isNotEqualTo("said");
    }

    @ParameterizedTest
    @ValueSource(strings = {"May", "MAY", "may", "In", "IN", "KG", "Of"})
    void lowerCasedLookupFoldsAsciiCase(String word) {
        String text = "x " + word + " y";
        assertThat(vocabulary.findLowerCased(text, 2, 2 + word.length())).isEqualTo(word.toLowerCase(Locale.ROOT));
    }

    @Test
    void lowerCasedLookupFollowsStringLowerCasingOutsideAscii() {
        // "İn" lower-cases to three characters ("i̇n"), the Kelvin sign to a plain k.
        assertThat(vocabulary.findLowerCased("İn", 0, 2)).isSameAs(Vocabulary.UNKNOWN);
        assertThat(vocabulary.findLowerCased("\u212Ag", 0, 2)).isEqualTo("kg");
        assertThat(vocabulary.findLowerCased("Maÿ", 0, 3)).isSameAs(Vocabulary.UNKNOWN);
    }

    @Test
    void theDetectorsVocabularyKnowsEveryWordItsLexiconsLookUp() {
        for (String w : Lexicon.INDEX.vocabulary()) {
            assertThat(Vocabulary.detector().find(w, 0, w.length(), w.hashCode()))
                    .isEqualTo(w);
        }
        for (String w : List.of("said", "also", "more", "dozen", "thousand", "usd", "according")) {
            assertThat(Vocabulary.detector().find(w, 0, w.length(), w.hashCode()))
                    .isEqualTo(w);
        }
    }

    @Test
    void everyClassThatMakesAWordSetIsAGrammarTheVocabularyWaitsFor() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.claimdesk.extraction");
        Set<String> makers = new java.util.TreeSet<>();
        for (JavaClass c : classes) {
            c.getMethodCallsFromSelf().stream()
                    .filter(call -> call.getTargetOwner().isEquivalentTo(Vocabulary.class))
                    .filter(call -> call.getName().startsWith("known"))
                    .forEach(call -> makers.add(call.getOriginOwner().getName()));
        }
        makers.remove(Vocabulary.class.getName()); // knownKeys and known(String...) call known
        assertThat(makers).isNotEmpty();
        assertThat(Vocabulary.GRAMMARS.stream().map(Class::getName)).containsAll(makers);
    }

    @Test
    void aWordSetMadeAfterTheVocabularyIsBuiltIsRefusedNotSilentlyUnknown() {
        assertThat(Vocabulary.detector().find("said", 0, 4, "said".hashCode())).isEqualTo("said");
        assertThatThrownBy(() -> Vocabulary.known("zebras"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Vocabulary.GRAMMARS");
    }

    @Test
    void wordsOfEveryGrammarAreKnownIncludingEachWordOfAPhrase() {
        // One word from each grammar's sets, and the parts of "a thousand".
        for (String w : List.of("claimed", "tripled", "passengers", "members", "rmb", "a", "thousand", "dozen")) {
            assertThat(Vocabulary.detector().find(w, 0, w.length(), w.hashCode()))
                    .isEqualTo(w);
        }
    }

    @Test
    void tokensAreTheLetterRunsWithTheirStarts() {
        List<String> words = new java.util.ArrayList<>();
        int[] starts = WordSet.tokens("it said: 12 zebras, of", words);
        assertThat(words).containsExactly("it", "said", Vocabulary.UNKNOWN, "of");
        assertThat(words.get(2)).isSameAs(Vocabulary.UNKNOWN);
        assertThat(starts).containsExactly(0, 3, 12, 20);
        // The same words as a plain scan, wherever the vocabulary knows them.
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            String s = randomText(random);
            List<String> tokens = new java.util.ArrayList<>();
            WordSet.tokens(s, tokens);
            List<String> plain = WordSet.wordsOf(s);
            assertThat(tokens).hasSameSizeAs(plain);
            for (int k = 0; k < plain.size(); k++) {
                String t = tokens.get(k);
                assertThat(t == Vocabulary.UNKNOWN || t.equals(plain.get(k))).isTrue();
                String p = plain.get(k);
                boolean known = Vocabulary.detector().find(p, 0, p.length(), p.hashCode()) != Vocabulary.UNKNOWN;
                assertThat(t != Vocabulary.UNKNOWN).isEqualTo(known);
            }
        }
    }

    private static String randomText(Random r) {
        String[] parts = {"said", "the", "company", " ", ", ", "12", "über", "may", "王", "-", "of", "x"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append(parts[r.nextInt(parts.length)]);
        }
        return sb.toString();
    }
}
