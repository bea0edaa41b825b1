package dev.claimdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.DetectedSentence;
import dev.claimdesk.domain.RedFlag;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedFlagTest {
    private static List<RedFlag> flags(String text) {
        return ClaimDetector.analyse(text).stream()
                .flatMap(s -> s.flags().stream())
                .toList();
    }

    private static List<String> codes(String text) {
        return flags(text).stream().map(RedFlag::code).toList();
    }

    private static String message(String text, String code) {
        return flags(text).stream()
                .filter(f -> f.code().equals(code))
                .findFirst()
                .orElseThrow()
                .message();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The arm delivers a peak torque of 360 degrees.",
                "Its motors reach a torque of 45 degrees at full load.",
                "The battery can store 60 GW of electricity.",
                "The battery stores 300 kW of energy.",
                "The joint has a rotation of 40 newton-metres."
            })
    void unitMismatch(String sentence) {
        assertThat(codes(sentence)).contains(FlagCodes.UNIT_MISMATCH);
    }

    @Test
    void unitMismatchExplainsItself() {
        assertThat(message("The robot has a maximum joint torque of 360 degrees.", FlagCodes.UNIT_MISMATCH))
                .isEqualTo("Torque is measured in newton-metres; degrees measure angles (\"360 degrees\").");
        assertThat(message("The battery can store 60 GW of electricity.", FlagCodes.UNIT_MISMATCH))
                .startsWith("Energy is measured in watt-hours (or joules); GW measures power");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The robot has a torque of 120 newton-metres.",
                "The battery can store 60 GWh of electricity.",
                "The wind farm has a capacity of 500 MW.",
                "The camera rotates 360 degrees."
            })
    void correctUnitsAreNotFlagged(String sentence) {
        assertThat(codes(sentence)).doesNotContain(FlagCodes.UNIT_MISMATCH);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The firm holds a 120 percent share of the market.",
                "The park will cut the city's emissions by 140 percent.",
                "Renewables now supply 110% of the country's electricity, the minister said.",
                "The new engine reduces fuel use by 150 per cent."
            })
    void percentOver100(String sentence) {
        assertThat(codes(sentence)).contains(FlagCodes.PERCENT_OVER_100);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Sales rose 140 percent last year.",
                "Prices grew by 250% in a decade.",
                "Turnout was 64 percent."
            })
    void growthAbove100PercentIsPossible(String sentence) {
        assertThat(codes(sentence)).doesNotContain(FlagCodes.PERCENT_OVER_100);
    }

    @Test
    void changeArithmeticStatesPointsAndRatio() {
        assertThat(message(
                        "It increased the rate from 19 percent in 2022 to the current 64 percent.",
                        FlagCodes.CHANGE_NOTE))
                .contains("+45 percentage points")
                .contains("×3.37")
                .doesNotContain("does not match");
        assertThat(message("Members went from 1,200 to 1,500 in a year.", FlagCodes.CHANGE_NOTE))
                .contains("+300")
                .contains("×1.25");
        assertThat(message("Unemployment fell from 8% to 4% under this government.", FlagCodes.CHANGE_NOTE))
                .contains("−4 percentage points")
                .contains("×0.50");
    }

    @Test
    void changeArithmeticSaysWhenTheWordingContradictsTheFigures() {
        assertThat(message("Its share doubled, from 19 percent to 64 percent.", FlagCodes.CHANGE_ARITHMETIC))
                .contains("\"doubled\" but the figures give ×3.37");
        assertThat(message("Exports tripled from 10 billion to 20 billion dollars.", FlagCodes.CHANGE_ARITHMETIC))
                .contains("\"tripled\" but the figures give ×2.00");
    }

    @Test
    void changeArithmeticIsSilentWhereTheWordingAgrees() {
        assertThat(codes("Output doubled from 40 to 81 units.")).doesNotContain(FlagCodes.CHANGE_ARITHMETIC);
        assertThat(codes("Revenue more than doubled, from 19 to 64 million."))
                .doesNotContain(FlagCodes.CHANGE_ARITHMETIC);
    }

    @Test
    void inconsistentFiguresAcrossTheArticle() {
        String article = "The alliance includes 278 companies from six provinces.\n\n"
                + "Officials later said the alliance counts 300 companies in total.\n\n"
                + "About 500 companies applied.";
        List<DetectedSentence> got = ClaimDetector.analyse(article);
        assertThat(got.get(0).hasFlag(FlagCodes.INCONSISTENT_FIGURES)).isTrue();
        assertThat(got.get(1).hasFlag(FlagCodes.INCONSISTENT_FIGURES)).isTrue();
        assertThat(got.get(2).hasFlag(FlagCodes.INCONSISTENT_FIGURES))
                .as("an approximate figure")
                .isFalse();
        assertThat(message(article, FlagCodes.INCONSISTENT_FIGURES)).contains("278, 300");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "This is the world's first public performance of humanoid robots.",
                "It is the largest battery park in Europe.",
                "No other manufacturer has matched the figure.",
                "Sales hit a record high in March.",
                "The show is China's most-watched programme."
            })
    void superlatives(String sentence) {
        assertThat(codes(sentence)).contains(FlagCodes.SUPERLATIVE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"Sales grew 40 percent,\" the chatbot said.",
                "According to ChatGPT, the bridge is 3 kilometres long.",
                "An AI assistant told the newspaper that 90 percent of users agree.",
                "In an interview, the company's AI model claimed it had passed 12 exams."
            })
    void aiSources(String sentence) {
        assertThat(codes(sentence)).contains(FlagCodes.SOURCE_AI);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "A spokesperson, who asked not to be named, said profits doubled.",
                "Sources said the deal was worth $2 billion.",
                "People familiar with the matter said 300 jobs would go.",
                "An official who spoke on condition of anonymity said 12 people died."
            })
    void anonymousSources(String sentence) {
        assertThat(codes(sentence)).contains(FlagCodes.SOURCE_ANONYMOUS);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The operator, Nordhaven Storage Ltd, said its cells lose only 2 percent a decade.",
                "Acme's chief executive said the product holds 40 percent of the market.",
                "The company said its robots can walk 10 kilometres.",
                "Jane Roe, founder of the startup, said it has 2 million users."
            })
    void selfInterestedSources(String sentence) {
        assertThat(codes(sentence)).contains(FlagCodes.SOURCE_SELF_INTERESTED);
    }

    @Test
    void independentSourcesAreNotFlagged() {
        List<String> c = codes("The statistics office said unemployment fell to 4 percent in May.");
        assertThat(c).doesNotContain(FlagCodes.SOURCE_AI, FlagCodes.SOURCE_ANONYMOUS, FlagCodes.SOURCE_SELF_INTERESTED);
    }
}
