package dev.claimdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.Reliability;
import dev.claimdesk.domain.SourceType;
import dev.claimdesk.domain.Stance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The evidence editor's and the service's one set of rules: web addresses and dates that make sense. */
class EvidenceRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    static Evidence evidence(String url, String title, LocalDate published, LocalDate accessed, String attachment) {
        return new Evidence(
                0,
                1,
                url,
                title,
                null,
                published,
                accessed,
                null,
                Stance.REFUTES,
                SourceType.PRIMARY,
                Reliability.B,
                null,
                attachment,
                null,
                "Ada Lovelace",
                Instant.EPOCH);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(evidence("https://grid.example/report", null, null, TODAY, null), null),
                Arguments.of(evidence("HTTP://GRID.EXAMPLE/x", null, null, null, null), null),
                Arguments.of(evidence(null, "Annual report 2025", LocalDate.of(2025, 3, 1), TODAY, null), null),
                Arguments.of(evidence(null, null, null, null, "/tmp/copy.pdf"), null),
                Arguments.of(evidence("ftp://grid.example/x", null, null, null, null), "http:// or https://"),
                Arguments.of(evidence("javascript:alert(1)", null, null, null, null), "http:// or https://"),
                Arguments.of(evidence("file:///etc/passwd", null, null, null, null), "http:// or https://"),
                Arguments.of(evidence("https://", null, null, null, null), "web address"),
                Arguments.of(evidence("https://a b.example", null, null, null, null), "not a valid web address"),
                Arguments.of(evidence(null, "t", null, TODAY.plusDays(5), null), "access date is in the future"),
                Arguments.of(evidence(null, "t", TODAY.plusDays(30), null, null), "publication date is in the future"),
                Arguments.of(
                        evidence(null, "t", LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 1), null),
                        "after the date you accessed"),
                Arguments.of(evidence(null, " ", null, TODAY, null), "Give the evidence a URL"),
                Arguments.of(evidence("  https://grid.example/report \n", null, null, TODAY, null), null),
                Arguments.of(
                        evidence("https://grid.example/\u202Efdp.exe", null, null, null, null), "invisible control"),
                Arguments.of(evidence("https://grid\u200B.example/", null, null, null, null), "invisible control"),
                Arguments.of(evidence("https://grid.example/a\u0007", null, null, null, null), "invisible control"));
    }

    @org.junit.jupiter.api.Test
    void addressesAreStoredWithoutTheSpacesAroundThem() {
        assertThat(evidence("  https://grid.example/report \n", null, null, TODAY, null)
                        .url())
                .isEqualTo("https://grid.example/report");
        assertThat(evidence("   ", "t", null, TODAY, null).url()).isNull();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void eachRuleSaysWhatIsWrongInWords(Evidence e, String problem) {
        Optional<String> found = EvidenceService.problemWith(e, TODAY);
        if (problem == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).hasValueSatisfying(m -> assertThat(m).contains(problem));
        }
    }
}
