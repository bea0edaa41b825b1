package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimOrigin;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.DetectedSentence;
import dev.claimdesk.extraction.ClaimDetector;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The claim detail's text: its change arithmetic is the detector's, in the sentence's own order. */
class ClaimTextTest {
    private static Claim claimOf(String sentence) {
        DetectedSentence d = ClaimDetector.analyse(sentence).get(0);
        return new Claim(
                1,
                1,
                d.start(),
                d.end(),
                d.text(),
                d.kinds(),
                d.score(),
                d.reasons(),
                d.quantities(),
                d.flags(),
                ClaimState.PROPOSED,
                null,
                ClaimOrigin.DETECTED,
                d.claimant(),
                null,
                1,
                null,
                null,
                null,
                null,
                "Lin Wei",
                Instant.EPOCH,
                Instant.EPOCH,
                1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Riders took 2.9 million trips last year, up from 1.1 million in 2023.            | From 1.1 million to 2.9 million | From 2.9 million to 1.1 million
            Exports fell to 3.1 billion euros, down from 4 billion euros a year earlier.     | From 4 billion euros to 3.1 billion euros | From 3.1 billion
            The firm had 278 companies in its supply chain in 2022.                          | - | From 278
            Its share rose from 19 percent in 2022 to 64 percent, the company said.          | From 19 percent to 64 percent is +45 percentage points | From 2022
            """)
    void theDetailGivesTheChangeInTheOrderTheSentenceMeansAndNeverInventsOne(
            String sentence, String shown, String neverShown) {
        String text = ClaimText.describe(claimOf(sentence));
        if (!shown.equals("-")) {
            assertThat(text).contains(shown);
        }
        assertThat(text).doesNotContain(neverShown);
    }

    @org.junit.jupiter.api.Test
    void aChangeNothingContradictsIsANoteWithTheFiguresNotARedFlag() {
        String text = ClaimText.describe(claimOf("Waiting times fell to 11 weeks, compared with 19 weeks in 2024."));
        assertThat(text)
                .contains("Figures:")
                .contains("From 19 weeks to 11 weeks is −8 weeks (×0.58, −42.1 percent).")
                .doesNotContain("Red flags")
                .doesNotContain("⚠");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Commuters made 46 percent of all trips, tourists 38 percent and students 24 percent.
            Membership costs 95 dollars a year, or 12 dollars for a day pass.
            The plant employs 300 engineers and 4,000 workers.
            """)
    void figuresThatAreNotAChangeAreListedNotSubtracted(String sentence) {
        String text = ClaimText.describe(claimOf(sentence));
        assertThat(text).contains("Figures:").doesNotContain("From ").doesNotContain("×");
    }
}
