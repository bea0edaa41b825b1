package dev.claimdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimAgreementTest {
    @Test
    void twoClaimsThatDifferOnlyInTheirFigureGetAFigureMismatch() {
        ClaimAgreement.Result r = ClaimAgreement.compare(
                "The company holds a 60 percent share of the global market.",
                "The company holds a 40 percent share of the global market.");

        assertThat(r.figuresAgree()).isFalse();
        assertThat(r.agrees()).isFalse();
        assertThat(r.summary()).startsWith("The figures differ: 60 percent").contains("here, 40 percent", "there.");
    }

    @Test
    void theSameFiguresInOtherWordsAgree() {
        ClaimAgreement.Result r = ClaimAgreement.compare(
                "Unemployment in Freedonia rose to 7.5 percent in March.",
                "In March the jobless rate of Freedonia rose to 7.5 percent.");

        assertThat(r.agrees()).isTrue();
        assertThat(r.summary()).isEqualTo("Figures, names and direction agree.");
    }

    @Test
    void aPeriodGivenAsYearsOrAsASpanIsNotAFigureMismatch() {
        ClaimAgreement.Result r = ClaimAgreement.compare(
                "Heat pump sales almost doubled over two years, from 42,000 to 96,000.",
                "Sales of heat pumps rose from 42,000 in 2023 to 96,000 in 2025.");

        assertThat(r.figuresAgree()).isTrue();
        assertThat(r.summary())
                .contains("The time is given differently: two years here, 2023, 2025 there")
                .doesNotContain("The figures differ");
        // Two different years are two different claims.
        assertThat(ClaimAgreement.compare("Sales reached 96,000 in 2025.", "Sales reached 96,000 in 2024.")
                        .figuresAgree())
                .isFalse();
    }

    @Test
    void oppositeDirectionsAreSaid() {
        ClaimAgreement.Result r = ClaimAgreement.compare(
                "The plan will create 2,000 jobs in the region.", "The plan will cut 2,000 jobs in the region.");

        assertThat(r.figuresAgree()).isTrue();
        assertThat(r.directionAgrees()).isFalse();
        assertThat(r.summary()).isEqualTo("The direction differs: \"create\" here, \"cut\" there.");
    }

    @Test
    void otherNamesAreSaid() {
        ClaimAgreement.Result r = ClaimAgreement.compare(
                "Exports from Norway rose by 12 percent last year.",
                "Exports from Sweden rose by 12 percent last year.");

        assertThat(r.namesAgree()).isFalse();
        assertThat(r.summary()).isEqualTo("The names differ: Norway here, Sweden there.");
    }
}
