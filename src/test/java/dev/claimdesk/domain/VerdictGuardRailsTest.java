package dev.claimdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.GuardRailWarning.Code;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictGuardRailsTest {
    static final VerdictScale SCALE = new VerdictScale(
            1,
            "CLAIMDESK",
            "Default",
            List.of(
                    label(1, "TRUE", 5),
                    label(2, "MOSTLY_TRUE", 4),
                    label(3, "HALF_TRUE", 3),
                    label(4, "MOSTLY_FALSE", 2),
                    label(5, "FALSE", 1),
                    label(6, "MISLEADING", null),
                    label(7, "NOT_A_CLAIM", null)));

    static VerdictLabel label(long id, String code, Integer ordinal) {
        return new VerdictLabel(id, 1, code, code, ordinal, "#000000", null, (int) id);
    }

    static Evidence ev(String publisher, Stance stance, Reliability r) {
        return new Evidence(
                0, 1, null, "t", publisher, null, null, "q", stance, null, r, null, null, null, "Ada", Instant.EPOCH);
    }

    static List<Code> codes(String label, List<Evidence> evidence) {
        return VerdictGuardRails.check(SCALE.labelByCode(label).orElseThrow(), SCALE, evidence).stream()
                .map(GuardRailWarning::code)
                .toList();
    }

    @Test
    void aVerdictWithoutEvidenceIsWarnedAbout() {
        assertThat(codes("FALSE", List.of())).containsExactly(Code.NO_EVIDENCE);
        assertThat(codes("MISLEADING", List.of())).containsExactly(Code.NO_EVIDENCE);
    }

    @Test
    void notAFactualClaimNeedsNoEvidence() {
        assertThat(codes("NOT_A_CLAIM", List.of())).isEmpty();
    }

    @Test
    void onlyWeakEvidenceIsWarnedAbout() {
        List<Evidence> weak =
                List.of(ev("Blog", Stance.REFUTES, Reliability.D), ev("Forum", Stance.REFUTES, Reliability.F));
        assertThat(codes("FALSE", weak)).containsExactly(Code.ONLY_WEAK_EVIDENCE);
        List<Evidence> mixed =
                List.of(ev("Blog", Stance.REFUTES, Reliability.E), ev("Agency", Stance.REFUTES, Reliability.A));
        assertThat(codes("FALSE", mixed)).isEmpty();
    }

    @Test
    void aSingleSourceIsWarnedAboutEvenWithSeveralItems() {
        List<Evidence> same =
                List.of(ev("Reuters", Stance.REFUTES, Reliability.A), ev(" reuters ", Stance.REFUTES, Reliability.B));
        assertThat(codes("FALSE", same)).containsExactly(Code.SINGLE_SOURCE);
    }

    @Test
    void aVerdictAgainstTheMajorityStanceIsWarnedAbout() {
        List<Evidence> refuting = List.of(
                ev("A", Stance.REFUTES, Reliability.A),
                ev("B", Stance.REFUTES, Reliability.B),
                ev("C", Stance.SUPPORTS, Reliability.B));
        assertThat(codes("TRUE", refuting)).containsExactly(Code.CONTRADICTS_EVIDENCE);
        assertThat(codes("MOSTLY_TRUE", refuting)).containsExactly(Code.CONTRADICTS_EVIDENCE);
        assertThat(codes("HALF_TRUE", refuting))
                .as("the middle of the scale leans neither way")
                .isEmpty();
        assertThat(codes("FALSE", refuting)).isEmpty();

        List<Evidence> supporting =
                List.of(ev("A", Stance.SUPPORTS, Reliability.A), ev("B", Stance.SUPPORTS, Reliability.B));
        assertThat(codes("FALSE", supporting)).containsExactly(Code.CONTRADICTS_EVIDENCE);
        assertThat(codes("MISLEADING", supporting))
                .as("no ordinal, no direction")
                .isEmpty();
    }

    @Test
    void warningsExplainThemselves() {
        List<GuardRailWarning> w = VerdictGuardRails.check(
                SCALE.labelByCode("TRUE").orElseThrow(), SCALE, List.of(ev("Blog", Stance.REFUTES, Reliability.E)));
        assertThat(w)
                .extracting(GuardRailWarning::message)
                .anySatisfy(m -> assertThat(m).contains("single source"))
                .anySatisfy(m -> assertThat(m).contains("most evidence refutes"));
    }
}
