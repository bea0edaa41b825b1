package dev.claimdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.RedFlag;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each red flag in phrasings of its own, none taken from the sample article (issue 12, acceptance
 * item 3), and phrasings that must not raise it.
 */
class RedFlagPhrasingTest {
    private static List<RedFlag> flags(String sentence) {
        return ClaimDetector.analyse(sentence).stream()
                .flatMap(s -> s.flags().stream())
                .toList();
    }

    private static List<String> codes(String sentence) {
        return flags(sentence).stream().map(RedFlag::code).toList();
    }

    private static String message(String sentence, String code) {
        return flags(sentence).stream()
                .filter(f -> f.code().equals(code))
                .map(RedFlag::message)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " on: " + sentence + " " + flags(sentence)));
    }

    // ---- change arithmetic -------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Exports tripled from 4 million to 11 million tonnes.               | "tripled" but the figures give ×2.75
            Visitor numbers halved from 12,000 to 8,000.                         | "halved" but the figures give ×0.67
            Sales rose by 45 percent, from 19 million to 64 million.            | "rose by 45 percent" but from 19 million to 64 million is +236.8 percent
            Membership increased by 500, from 1,200 to 1,500.                    | "increased by 500" but from 1,200 to 1,500 is +300
            The rate rose by 45 percent, from 19 percent to 64 percent.         | the change is in percentage points, not percent
            Prices fell from 40 to 52 dollars a barrel.                         | says the figure fell but from 40 to 52 dollars is a rise
            Ridership doubled to 64 million, up from 19 million in 2020.        | "doubled" but the figures give ×3.37
            Turnout is 40 percent, up from 55 percent in 2018.                  | says the figure rose but from 55 percent to 40 percent is a fall
            The deficit has quadrupled to $6 billion, compared with $2 billion in 2019. | "quadrupled" but the figures give ×3.00
            Imports grew 10 percent from 50,000 cars to 60,000 cars.            | "grew 10 percent" but from 50,000 to 60,000 is +20 percent
            """)
    void changeArithmeticSaysWhatIsWrong(String sentence, String expected) {
        assertThat(message(sentence, FlagCodes.CHANGE_ARITHMETIC)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Output doubled from 40 to 81 units.",
                "Membership increased by 300, from 1,200 to 1,500.",
                "Sales rose by 237 percent, from 19 million to 64 million.",
                "The rate rose by 45 percentage points, from 19 percent to 64 percent.",
                "Visitor numbers halved from 12,000 to 6,000.",
                "Ridership tripled to 60 million, up from 20 million in 2020."
            })
    void agreeingArithmeticRaisesNoFlag(String sentence) {
        assertThat(codes(sentence)).doesNotContain(FlagCodes.CHANGE_ARITHMETIC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ridership reached 64 million, up from 19 million in 2020.         | From 19 million to 64 million is +45 million (×3.37
            Unemployment stands at 5 percent, compared with 7 percent in 2019. | From 7 percent to 5 percent is −2 percentage points (×0.71
            The company employs 300 workers, down from 400 workers in 2019.   | From 400 to 300 is −100 (×0.75
            Waiting times fell to 11 weeks, compared with 19 weeks in 2024.   | From 19 weeks to 11 weeks is −8 weeks (×0.58
            Members went from 1,200 to 1,500 in a year.                       | From 1,200 to 1,500 is +300 (×1.25
            Debt rose from $3 billion to $4.5 billion.                        | From $3 billion to $4.5 billion is +1.5 billion (×1.50
            """)
    void bareChangesAreANoteWithTheArithmeticNotAWarning(String sentence, String expected) {
        assertThat(message(sentence, FlagCodes.CHANGE_NOTE)).contains(expected).endsWith(").");
        assertThat(codes(sentence)).doesNotContain(FlagCodes.CHANGE_ARITHMETIC);
        assertThat(flags(sentence))
                .filteredOn(f -> !f.note())
                .noneMatch(f -> f.code().startsWith("CHANGE"));
    }

    /** A count is never paired with a year, nor one noun with another: "From 278 to 2022" cannot happen. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "The number of members grew from 278 to 2022.",
                "The alliance grew from 278 companies in 2021 to 300 workers.",
                "From 1990 to 2020 the population grew.",
                "Prices rose from 5 percent to 12 companies.",
                "The alliance includes 278 companies, which raised output from 2019 to 2022.",
                "Turnout is 40 percent, up from 2018."
            })
    void figuresOfDifferentSeriesAreNeverCompared(String sentence) {
        assertThat(codes(sentence)).doesNotContain(FlagCodes.CHANGE_ARITHMETIC);
        assertThat(flags(sentence)).noneSatisfy(f -> assertThat(f.message()).contains("2022 is", "to 2022"));
    }

    // ---- shares of one whole -----------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Acme holds 45 percent of the market, Brix 38 percent and Cole 25 percent.",
                "In the poll, 55 percent backed the plan and 52 percent opposed it.",
                "Coal generated 48% of the country's electricity, gas 35% and wind 22%.",
                "Of the 800 members, 60 percent voted yes and 45 percent voted no.",
                "The three largest airlines control 50 percent, 30 percent and 28 percent of the market.",
                "Brix has a 70 percent share of the tablet market and Cole a 40 percent share."
            })
    void sharesOfOneWholeOver100(String sentence) {
        assertThat(message(sentence, FlagCodes.SHARES_OVER_100)).contains("add up to more than 100 percent");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "About 60 percent of men and 70 percent of women voted.",
                "Acme holds 45 percent of the market, Brix 30 percent and Cole 25 percent.",
                "Solar supplied 40 percent of the grid in 2020 and 70 percent in 2023, a share that keeps growing.",
                "Ninety percent of parents support the plan and 85 percent support longer hours.",
                "Its share rose from 60 percent to 70 percent.",
                "Up to 60 percent of the vote went to Ames and up to 50 percent to Byrd."
            })
    void sharesOfDifferentWholesOrUnderAHundredAreNotFlagged(String sentence) {
        assertThat(codes(sentence)).doesNotContain(FlagCodes.SHARES_OVER_100);
    }

    @org.junit.jupiter.api.Test
    void sharesMessageShowsTheSum() {
        assertThat(message(
                        "Acme holds 45 percent of the market, Brix 38 percent and Cole 25 percent.",
                        FlagCodes.SHARES_OVER_100))
                .contains("45 percent + 38 percent + 25 percent = 108 percent");
    }

    // ---- rates and units misused -------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The 900 kW battery can store enough to power the town for a day. | kW measures power
            A 2 MW battery pack stores the farm's surplus for the night.     | watt-hours
            The battery has a capacity of 900 kW.                            | Ask the source for the capacity in watt-hours
            The plant produces 5 MW per hour.                                | "5 MW per hour" mixes up power and energy
            Each turbine generates 3 kilowatts an hour.                      | "per hour" means nothing
            The car accelerates at 20 km/h per hour.                         | is a speed per hour
            The gearbox delivers a torque of 90 degrees.                     | Torque is measured in newton-metres
            The home uses an energy consumption of 300 kW a year.            | Energy is measured in watt-hours
            """)
    void ratesAndUnitsMisused(String sentence, String expected) {
        assertThat(message(sentence, FlagCodes.UNIT_MISMATCH)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The 900 kWh battery can store enough to power the town for a day.",
                "The battery can deliver 900 kW for four hours.",
                "The plant produces 5 MW of power.",
                "The plant produces 5 MWh per hour at full load.",
                "The car reaches 200 km/h in 9 seconds.",
                "The gearbox delivers a torque of 90 newton-metres.",
                "The solar park has a peak output of 50 MW."
            })
    void correctRatesAndUnitsAreNotFlagged(String sentence) {
        assertThat(codes(sentence)).doesNotContain(FlagCodes.UNIT_MISMATCH);
    }

    // ---- a headline's multiple against the figures below it ---------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Heat pump sales double as grants widen | Sales of heat pumps rose from 42,000 in 2023 to 96,000 in 2025.                    | "double" but the figures give ×2.29
            City bike share triples its riders     | Riders took 2.9 million trips last year, up from 1.1 million in 2023.               | "triples" but the figures give ×2.64
            Rail fares to halve for students       | Student season tickets will fall from 840 dollars to 520 dollars, the operator said. | "halve" but the figures give ×0.62
            Exports more than double               | Exports rose to 3.1 billion euros from 1.6 billion euros a year earlier.            | "more than double" but the figures give ×1.94
            Wind output nearly triples in a decade | Wind output grew from 12 terawatt-hours in 2015 to 37 terawatt-hours in 2025.        | "nearly triples" but the figures give ×3.08
            Clinic waiting lists double            | The waiting list grew from 3,100 patients to 5,000 patients, the clinic said.        | "double" but the figures give ×1.61
            """)
    void aHeadlinesMultipleIsCheckedAgainstTheFirstChangeOfTheSameThingBelowIt(
            String headline, String body, String contradiction) {
        String article = headline + "\n" + body + "\n";
        assertThat(message(article, FlagCodes.CHANGE_ARITHMETIC))
                .startsWith("The headline (\"" + headline + "\") says " + contradiction + " here")
                .endsWith("Correct the headline or check both figures.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the figures agree with the headline
                "Heat pump sales double as grants widen\nSales rose from 42,000 in 2023 to 84,500 in 2025.\n",
                // the change below is of something else
                "Heat pump sales double as grants widen\nInstallers' waiting times fell from 19 weeks to 11 weeks.\n",
                // the headline gives its own figures and is judged on its own
                "Sales double from 40,000 to 80,000\nSales rose from 42,000 in 2023 to 96,000 in 2025.\n",
                // no headline: a sentence that ends with a full stop
                "Heat pump sales doubled, the association said.\nSales rose from 42,000 in 2023 to 96,000 in 2025.\n"
            })
    void aHeadlineIsNotContradictedByFiguresThatAgreeOrMeasureSomethingElse(String article) {
        assertThat(flags(article)).noneSatisfy(f -> assertThat(f.message()).contains("The headline"));
    }

    // ---- self-interested sources -------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The Solar Industry Association said its members installed 4 GW last year.",
                "A spokeswoman for Brightline said the trains carry 2 million passengers a year.",
                "Acme's chief executive said its phones outsell every rival.",
                "Lena Ortiz, head of sales at Ferrovia, said its trains are the most punctual in Europe.",
                "The Dairy Producers Federation said milk prices cover only 80 percent of costs.",
                "Orbis said its new batteries last 20 years.",
                "Our members created 12,000 jobs last year, the Chamber of Shipping said.",
                "The builder, Nordhavn Yards, said its design uses 40 percent less fuel than any rival.",
                "Skyward Aero said its new engines burn 15 percent less fuel."
            })
    void selfInterestedSources(String sentence) {
        assertThat(message(sentence, FlagCodes.SOURCE_SELF_INTERESTED)).contains("independent source");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The statistics office said unemployment fell to 4 percent in May.",
                "Professor Anne Hall of Leeds University said the drug cut deaths by a third.",
                "The regulator said its inspectors found faults in 12 plants.",
                "A spokesperson for the fire service said 12 homes were damaged.",
                "Analysts said its sales fell 8 percent.",
                "The ministry said 300 schools would close.",
                "The maritime agency said its vessels inspected 40 ferries last year."
            })
    void independentSourcesAreNotSelfInterested(String sentence) {
        assertThat(codes(sentence)).doesNotContain(FlagCodes.SOURCE_SELF_INTERESTED);
    }

    // ---- superlatives ------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            This is the most advanced robot on the planet.      | "the most advanced"
            It is the biggest ship ever built.                 | "biggest"
            The Kestrel is the heaviest aircraft ever flown.   | "heaviest"
            Ferrovia ran the first driverless train in Europe. | "the first driverless"
            The bridge is the world's longest.                 | "world's longest"
            The drought is unprecedented.                      | "unprecedented"
            Its accuracy is unmatched by any rival.            | "unmatched"
            The stock hit an all-time high on Friday.          | "all-time high"
            It was the best-selling album of all time.         | "best-selling"
            """)
    void superlativesInEveryForm(String sentence, String quoted) {
        assertThat(message(sentence, FlagCodes.SUPERLATIVE))
                .contains(quoted)
                .contains("look for an earlier, larger or better instance");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Sales rose in the first quarter.",
                "Most people agree with the plan.",
                "It was the first time the council met.",
                "The team made the most of the weather.",
                "At least 40 people attended.",
                "The first two trains left on time."
            })
    void ordinaryWordsAreNotSuperlatives(String sentence) {
        assertThat(codes(sentence)).doesNotContain(FlagCodes.SUPERLATIVE);
    }

    // ---- percentages over 100 where a share is meant -----------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The firm holds a 120 percent share of the market.",
                "Exports account for 130 percent of the region's output.",
                "The party won 105 percent of the vote in the district.",
                "Online orders make up 115% of all sales.",
                "Nearly 140 percent of voters backed the measure.",
                "The fund owns a 101 per cent stake in the airport.",
                "A survey found that 115 percent of regular passengers backed the change.",
                "Some 104 percent of those surveyed said they felt safe.",
                "The poll shows 120 per cent of young drivers use their phones.",
                "About 112% of members took part."
            })
    void percentagesOver100AsShares(String sentence) {
        assertThat(message(sentence, FlagCodes.PERCENT_OVER_100)).contains("cannot exceed 100 percent");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Debt reached 120 percent of the country's GDP.",
                "Factories ran at 110 percent of capacity.",
                "Sales rose 140 percent last year.",
                "Prices are 120 percent of the pre-war level.",
                "Wheat yields reached 130 percent of the five-year average.",
                "The team delivered 150 percent of its target.",
                "Ridership is back to 110 percent of its 2019 passenger numbers, officials said.",
                "Membership grew 120 percent, to 4,000 members."
            })
    void ratiosToALevelMayExceed100(String sentence) {
        assertThat(codes(sentence)).doesNotContain(FlagCodes.PERCENT_OVER_100);
    }
}
