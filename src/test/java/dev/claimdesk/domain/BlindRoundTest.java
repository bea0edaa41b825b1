package dev.claimdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlindRoundTest {
    private static Review r(String who, Long label, ReviewKind kind) {
        return new Review(0, 1, who, label, "why", kind, Instant.EPOCH);
    }

    @Test
    void aRoundStartsAfterASendBackOrAReturnAndCountsOnlyBlindVerdicts() {
        BlindRound first = BlindRound.of(List.of(r("ada", 1L, ReviewKind.BLIND), r("x", 1L, ReviewKind.PROPOSAL)));
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.progress()).isEqualTo("1 of 2 verdicts");
        assertThat(first.submitProblem("ada")).isPresent();
        assertThat(first.submitProblem("bea")).isEmpty();

        List<Review> disagreed = List.of(r("ada", 1L, ReviewKind.BLIND), r("bea", 2L, ReviewKind.BLIND));
        BlindRound split = BlindRound.of(disagreed);
        assertThat(split.awaitsAdjudication()).isTrue();
        assertThat(split.progress()).isEqualTo("awaiting adjudication");
        assertThat(split.adjudicationProblem("ada")).isPresent();
        assertThat(split.adjudicationProblem("cai")).isEmpty();
        assertThat(split.submitProblem("cai"))
                .contains("Two reviewers have given their verdicts on this claim already.");

        BlindRound second = BlindRound.of(List.of(
                r("ada", 1L, ReviewKind.BLIND),
                r("bea", 2L, ReviewKind.BLIND),
                r("cai", null, ReviewKind.ADJUDICATION),
                r("bea", 2L, ReviewKind.BLIND)));
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.verdicts()).hasSize(1);
        assertThat(second.earlier()).hasSize(2);
        assertThat(second.submitProblem("ada")).isEmpty();

        BlindRound agreed = BlindRound.of(List.of(r("ada", 3L, ReviewKind.BLIND), r("bea", 3L, ReviewKind.BLIND)));
        assertThat(agreed.agreedLabel()).contains(3L);
        assertThat(agreed.adjudicationProblem("cai"))
                .contains("The two verdicts agree, so there is nothing to adjudicate.");
    }
}
