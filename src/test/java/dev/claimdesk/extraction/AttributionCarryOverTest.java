package dev.claimdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.DetectedSentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionCarryOverTest {
    @Test
    void pronounsAndDefiniteReferencesCarryTheSpeakerAcrossSentences() {
        String text = "The chatbot said that the factory employs 4,000 people. The chatbot also revealed that output"
                + " rose 30 percent.\n\nPrices fell in May.\n\nLater it said that exports reached $2 billion.";
        List<DetectedSentence> s = ClaimDetector.analyse(text);
        assertThat(s).extracting(DetectedSentence::text).hasSize(4);
        assertThat(s.get(0).hasFlag(FlagCodes.SOURCE_AI)).isTrue();
        assertThat(s.get(1).hasFlag(FlagCodes.SOURCE_AI)).isTrue();
        assertThat(s.get(2).hasFlag(FlagCodes.SOURCE_AI)).as("not attributed").isFalse();
        assertThat(s.get(3).hasFlag(FlagCodes.SOURCE_AI))
                .as("'it said' refers to the chatbot")
                .isTrue();
        assertThat(s.get(3).claimant()).isEqualTo("The chatbot");
    }

    @Test
    void aQuotationContinuedInTheNextSentenceKeepsItsSpeaker() {
        String text = "Wang added: \"Supply fell 20 percent. Since then, 300 firms have switched.\"";
        List<DetectedSentence> s = ClaimDetector.analyse(text);
        assertThat(s).hasSize(2);
        assertThat(s.get(1).claimant()).isEqualTo("Wang");
    }

    @Test
    void aNewSpeakerReplacesTheOldOne() {
        String text = "The chatbot said sales doubled. Then Mayor Lena Brandt said that 2,000 homes were built.";
        List<DetectedSentence> s = ClaimDetector.analyse(text);
        assertThat(s.get(1).claimant()).isEqualTo("Mayor Lena Brandt");
        assertThat(s.get(1).hasFlag(FlagCodes.SOURCE_AI)).isFalse();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Sales rose 8 percent, according to figures from the Heat Pump Association. | the Heat Pump Association
            Deaths fell by a third, according to a study by Leeds University.           | Leeds University
            Output reached 4 GW, according to data from the grid operator.              | the grid operator
            Rents rose 12 percent, according to estimates by Zoopla.                    | Zoopla
            Prices fell 3 percent, according to the statistics office.                  | the statistics office
            """)
    void theClaimantIsWhoPublishesNotWhatTheyPublish(String sentence, String claimant) {
        assertThat(ClaimDetector.analyse(sentence).get(0).claimant()).isEqualTo(claimant);
    }
}
