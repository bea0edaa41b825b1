package dev.claimdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScaleRulesTest {
    static VerdictScale newsroom() {
        return new VerdictScale(
                0,
                "NEWSROOM",
                "Newsroom scale",
                List.of(
                        new VerdictLabel(0, 0, "CORRECT", "Correct", 3, "#1b5e20", "1", 1, 10, "Accurate", false),
                        new VerdictLabel(0, 0, "PARTLY", "Partly correct", 2, "#f9a825", "2", 2, 5, null, false),
                        new VerdictLabel(0, 0, "WRONG", "Wrong", 1, "#b71c1c", "3", 3, 0, "Inaccurate", false),
                        new VerdictLabel(
                                0, 0, "NO_EVIDENCE", "No evidence", null, "#546e7a", "n", 4, null, null, false)));
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("lower-case code", change(s -> new VerdictScale(0, "news", s.name(), s.labels())), "code"),
                Arguments.of("no name", change(s -> new VerdictScale(0, s.code(), " ", s.labels())), "name"),
                Arguments.of(
                        "one label",
                        change(s -> new VerdictScale(
                                0, s.code(), s.name(), s.labels().subList(0, 1))),
                        "at least two"),
                Arguments.of("same hotkey", label(1, l -> with(l, "hotkey", "1")), "key 1"),
                Arguments.of("upper-case hotkey", label(3, l -> with(l, "hotkey", "N")), "one digit"),
                Arguments.of("same code", label(1, l -> with(l, "code", "CORRECT")), "code CORRECT"),
                Arguments.of("same name", label(1, l -> with(l, "name", "correct")), "called"),
                Arguments.of("bad colour", label(0, l -> with(l, "colour", "green")), "#rrggbb"),
                Arguments.of("same rank", label(1, l -> with(l, "rank", "3")), "rank 3"),
                Arguments.of("rating against rank", label(2, l -> with(l, "rating", "7")), "not higher"),
                Arguments.of("rating without rank", label(3, l -> with(l, "rating", "4")), "no rank"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void aBrokenScaleIsRefusedWithAPlainSentence(String what, VerdictScale scale, String words) {
        assertThat(ScaleRules.problems(newsroom())).isEmpty();
        assertThat(ScaleRules.problems(scale)).anySatisfy(p -> assertThat(p).contains(words));
    }

    @org.junit.jupiter.api.Test
    void retiredLabelsMayShareAKeyAndDoNotCountAsOffered() {
        List<VerdictLabel> labels = new ArrayList<>(newsroom().labels());
        labels.set(3, with(labels.get(3), "hotkey", "1").asRetired());
        assertThat(ScaleRules.problems(new VerdictScale(0, "NEWSROOM", "n", labels)))
                .isEmpty();
        List<VerdictLabel> mostlyRetired =
                labels.stream().map(VerdictLabel::asRetired).toList();
        assertThat(ScaleRules.problems(new VerdictScale(0, "NEWSROOM", "n", mostlyRetired)))
                .anySatisfy(p -> assertThat(p).contains("at least two"));
    }

    private static VerdictScale change(UnaryOperator<VerdictScale> f) {
        return f.apply(newsroom());
    }

    private static VerdictScale label(int index, UnaryOperator<VerdictLabel> f) {
        List<VerdictLabel> labels = new ArrayList<>(newsroom().labels());
        labels.set(index, f.apply(labels.get(index)));
        return new VerdictScale(0, "NEWSROOM", "Newsroom scale", labels);
    }

    static VerdictLabel with(VerdictLabel l, String field, String value) {
        return new VerdictLabel(
                l.id(),
                l.scaleId(),
                field.equals("code") ? value : l.code(),
                field.equals("name") ? value : l.name(),
                field.equals("rank") ? Integer.valueOf(value) : l.ordinal(),
                field.equals("colour") ? value : l.colour(),
                field.equals("hotkey") ? value : l.hotkey(),
                l.sortOrder(),
                field.equals("rating") ? Integer.valueOf(value) : l.ratingValue(),
                l.alternateName(),
                l.retired());
    }
}
