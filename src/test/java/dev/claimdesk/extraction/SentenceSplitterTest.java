package dev.claimdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceSplitterTest {
    record Case(String name, String text, List<String> sentences) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case(
                        "abbreviations",
                        "The U.S. Senate met Dr. Smith at No. 10 Downing St. on Monday. He left.",
                        List.of("The U.S. Senate met Dr. Smith at No. 10 Downing St. on Monday.", "He left.")),
                new Case(
                        "e.g. and Inc.",
                        "Firms, e.g. Acme Inc. and Foo Corp. grew. Others did not.",
                        List.of("Firms, e.g. Acme Inc. and Foo Corp. grew.", "Others did not.")),
                new Case(
                        "decimals",
                        "The park cost 4.6 billion euros. It stores 60.5 GWh.",
                        List.of("The park cost 4.6 billion euros.", "It stores 60.5 GWh.")),
                new Case(
                        "initials",
                        "J. K. Rowling wrote it. Then she rested.",
                        List.of("J. K. Rowling wrote it.", "Then she rested.")),
                new Case(
                        "quotes",
                        "\"We won,\" she said. \"Did we?\" he asked. \"Yes!\" Then silence.",
                        List.of("\"We won,\" she said.", "\"Did we?\" he asked.", "\"Yes!\"", "Then silence.")),
                new Case(
                        "quote ends the sentence",
                        "He said: \"It is over.\" The crowd left.",
                        List.of("He said: \"It is over.\"", "The crowd left.")),
                new Case(
                        "line breaks end headlines, bylines, datelines",
                        "Published: 11:53, February 11, 2025\nBig news for robots\nBy Cheng Yu\n\nRobots danced. People watched.",
                        List.of(
                                "Published: 11:53, February 11, 2025",
                                "Big news for robots",
                                "By Cheng Yu",
                                "Robots danced.",
                                "People watched.")),
                new Case("CJK end punctuation", "机器人跳舞了。观众有十亿人！真的吗？是的", List.of("机器人跳舞了。", "观众有十亿人！", "真的吗？", "是的")),
                new Case(
                        "lower case after a full stop is not a boundary",
                        "It rose 5 p.m. yesterday and so on.",
                        List.of("It rose 5 p.m. yesterday and so on.")),
                new Case("question and exclamation", "Why? Because! Fine.", List.of("Why?", "Because!", "Fine.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void splitsAsAReaderWould(Case c) {
        List<Sentence> got = SentenceSplitter.split(c.text());
        assertThat(got).extracting(Sentence::text).containsExactlyElementsOf(c.sentences());
        for (Sentence s : got) {
            assertThat(c.text().substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }
}
