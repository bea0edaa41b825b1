package dev.claimdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReviewerTest {
    @Test
    void initialsAreSuggestedFromTheName() {
        assertThat(Reviewer.initialsOf("Ada Lovelace")).isEqualTo("AL");
        assertThat(Reviewer.initialsOf("王小明")).isEqualTo("王");
        assertThat(Reviewer.initialsOf("  ingrid  marie  nilsson  berg ")).isEqualTo("IMN");
        assertThat(Reviewer.initialsOf("ıştar")).as("no locale surprises").isEqualTo("I");
    }

    @Test
    void validationTrimsAndRefusesEmptyOrLongInput() {
        assertThat(Reviewer.validated("  Ada Lovelace ", "")).isEqualTo(new Reviewer(0, "Ada Lovelace", "AL"));
        assertThatThrownBy(() -> Reviewer.validated("  ", "AL")).hasMessageContaining("enter your name");
        assertThatThrownBy(() -> Reviewer.validated("Ada", "ABCDEF")).hasMessageContaining("at most 5");
        assertThatThrownBy(() -> Reviewer.validated("x".repeat(121), null)).hasMessageContaining("too long");
    }
}
