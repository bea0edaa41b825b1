package dev.claimdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The change messages write ratios and changes without a Formatter, digit for digit as it would. */
class DecimalsTest {
    static IntStream seeds() {
        return IntStream.rangeClosed(1, 5);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void decimalsAreWrittenAsFormatWritesThem(int seed) {
        Random r = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
            double v = switch (i % 4) {
                case 0 -> (r.nextInt(100_000) / 100.0) / ((1 + r.nextInt(1000)) / 10.0); // ratios
                case 1 -> r.nextInt(100_000) / 1000.0;
                case 2 -> r.nextInt(1000) + 0.005 * r.nextInt(3); // halves at the last place
                default -> r.nextDouble() * Math.pow(10, r.nextInt(14) - 3);
            };
            for (int places = 1; places <= 2; places++) {
                assertThat(RedFlags.decimals(v, places))
                        .as("%s with %d places", v, places)
                        .isEqualTo(String.format(Locale.ROOT, "%." + places + "f", v));
            }
        }
        assertThat(RedFlags.decimals(1.005, 2)).isEqualTo("1.01");
        assertThat(RedFlags.decimals(Double.POSITIVE_INFINITY, 2)).isEqualTo("Infinity");
    }
}
