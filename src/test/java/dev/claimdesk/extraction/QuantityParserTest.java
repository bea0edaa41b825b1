package dev.claimdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            run a 175-billion-parameter model          | 175-billion-parameter | 1.75E11 | -       | count    | -         | parameter
            a show of more than 1 billion viewers      | 1 billion             | 1.0E9   | -       | count    | more than | viewers
            the deal was worth $4.6 million             | $4.6 million          | 4600000 | $       | currency | -         | -
            inflation reached 12.5% in March            | 12.5%                 | 12.5    | %       | percent  | -         | -
            the flight took nine minutes                | nine minutes          | 9       | minutes | time     | -         | -
            able to store 60 GWh of electricity         | 60 GWh                | 60      | gwh     | energy   | -         | electricity
            a maximum joint torque of 360 degrees       | 360 degrees           | 360     | degrees | angle    | -         | torque
            consuming only 7 percent of the energy      | 7 percent             | 7       | percent | percent  | only      | energy
            a 60 percent share of the global market     | 60 percent            | 60      | percent | percent  | -         | share
            a supply chain including 278 companies      | 278                   | 278     | -       | count    | -         | companies
            nearly 2,500 tonnes of steel                | 2,500 tonnes          | 2500    | tonnes  | mass     | nearly    | steel
            it cost 4.6 billion euros                   | 4.6 billion euros     | 4.6E9   | euros   | currency | -         | -
            fuel costs fell to 1.4 million pounds       | 1.4 million pounds    | 1400000 | pounds  | currency | -         | -
            it costs one pound a day                    | one pound             | 1       | pound   | currency | -         | -
            it weighs 20 pounds of flour                | 20 pounds of          | 20      | pounds of | mass   | -         | flour
            """)
    void parsesValueUnitDimensionApproximationAndNoun(
            String sentence, String raw, double value, String unit, String dimension, String approx, String noun) {
        List<Quantity> got = QuantityParser.parse(sentence);
        assertThat(got).hasSize(1);
        Quantity q = got.get(0);
        assertThat(q.raw()).isEqualTo(raw);
        assertThat(q.value()).isEqualTo(value);
        assertThat(q.unit()).isEqualTo(unit);
        assertThat(q.dimension()).isEqualTo(dimension);
        assertThat(q.approximation()).isEqualTo(approx);
        assertThat(q.noun()).isEqualTo(noun);
    }

    @Test
    void yearsAreYearsAndTimesDatesAndModelNamesAreNotFigures() {
        assertThat(QuantityParser.parse("Published: 11:53, February 11, 2025"))
                .singleElement()
                .satisfies(q -> assertThat(q.dimension()).isEqualTo("year"));
        assertThat(QuantityParser.parse("The H100 chips, the B2 robot dog and the G1 robot"))
                .isEmpty();
        assertThat(QuantityParser.parse("It was the 21st time on 3 March")).isEmpty();
    }

    @Test
    void findsEveryFigureOfAChangeInOrder() {
        List<Quantity> got = QuantityParser.parse("from 19 percent in 2022 to the current 64 percent");
        assertThat(got).extracting(Quantity::raw).containsExactly("19 percent", "2022", "64 percent");
        assertThat(got).extracting(Quantity::dimension).containsExactly("percent", "year", "percent");
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.Timeout(5)
    void punctuationWithoutLettersBeforeAFigureIsHandled() {
        // A loop once never ended on a dash or apostrophe standing alone before a number.
        assertThat(QuantityParser.parse("Rates -- 5 percent -- rose")).hasSize(1);
        assertThat(QuantityParser.parse("' - ' 12 items of -- 3")).hasSize(2);
        assertThat(QuantityParser.parse("- 7")).hasSize(1);
    }

    static java.util.stream.IntStream seeds() {
        return java.util.stream.IntStream.rangeClosed(1, 4);
    }

    /**
     * Whole numbers are parsed by hand and the rest by the figure pattern; on generated text full
     * of edge cases (separators, decimals, scales, approximations, words glued to numbers) both
     * must find the same figures.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("seeds")
    void wholeNumbersParsedByHandAreThoseThePatternFinds(int seed) {
        java.util.Random r = new java.util.Random(seed);
        String[] parts = {
            "5",
            "2019",
            "42",
            "1,234",
            "1,234,5678",
            "4.6",
            ".5",
            "12.",
            "more than ",
            "about ",
            "at least ",
            "up to",
            " ",
            "  ",
            "-",
            ",",
            ".",
            "x",
            "_",
            "$",
            "us$",
            "rmb ",
            "usd",
            " million",
            " bn",
            "-billion",
            " m",
            "k",
            " percent",
            "%",
            " GWh",
            " years",
            "-year",
            "-parameter",
            " of ",
            "h100",
            "Over ",
            "MORE THAN ",
            "\t",
            "nine",
            "twenty-one",
            "a dozen",
            ":",
            "th",
            " may",
            " May 3",
            "march ",
            "é",
            "٣",
            "(",
            ")"
        };
        int figures = 0;
        for (String text : GluedPieces.texts(r, parts, 3000, 10)) {
            List<Quantity> byHand = QuantityParser.parse(text, true);
            assertThat(byHand).as(text).isEqualTo(QuantityParser.parse(text, false));
            figures += byHand.size();
        }
        assertThat(figures)
                .as("figures found, so the comparison is not of empty lists")
                .isGreaterThan(1000);
    }
}
