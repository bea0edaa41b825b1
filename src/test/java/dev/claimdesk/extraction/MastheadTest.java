package dev.claimdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A paper's name and section above the headline is not the article's title; a headline is. */
class MastheadTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Valley Tribune | Local News",
                "The Guardian | World",
                "Harbour Gazette | Business | Energy",
                "Journal of Commerce | Markets",
                "Süddeutsche Zeitung | Wirtschaft"
            })
    void aPapersNameAndSectionAreSkipped(String masthead) {
        assertThat(ClaimDetector.isMasthead(masthead)).isTrue();
        assertThat(ClaimDetector.headline(masthead + "\nRates rise for a third year\nBy A. Writer\n"))
                .isEqualTo("Rates rise for a third year");
        // Alone, it is still better than no title.
        assertThat(ClaimDetector.headline(masthead + "\n")).isEqualTo(masthead);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Water rates rise 9 percent | Valley Tribune",
                "Council backs ferry | despite cost row",
                "Sales Double, Says Maker | Business",
                "Heat pumps: what changes in 2026 | Explainer",
                "A | B | C | D | E | F | G | H | I"
            })
    void aHeadlineWithABarIsNotOne(String line) {
        assertThat(ClaimDetector.isMasthead(line)).isFalse();
        assertThat(ClaimDetector.headline(line + "\nThe board voted on Monday.\n"))
                .isEqualTo(line);
    }
}
