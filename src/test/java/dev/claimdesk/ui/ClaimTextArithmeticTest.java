package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures' arithmetic the claim detail shows: only figures of one series are compared. */
class ClaimTextArithmeticTest {
    /** The figures the detector parses from the sample article's "278 companies ... 64 percent" sentence. */
    private static final List<Quantity> SAMPLE = List.of(
            new Quantity("278 companies", 278, null, "count", null, "companies"),
            new Quantity("19 percent", 19, "percent", "percent", null, null),
            new Quantity("2022", 2022, null, "year", null, null),
            new Quantity("64 percent", 64, "percent", "percent", null, null));

    @Test
    void aCountIsNeverComparedWithAYear() {
        assertThat(ClaimText.arithmetic(SAMPLE))
                .containsExactly("From 19 percent to 64 percent: +45 percentage points, ×3.37")
                .noneMatch(line -> line.contains("278") || line.contains("2022"));
        assertThat(ClaimText.arithmetic(List.of(
                        new Quantity("278", 278, null, "count", null, null),
                        new Quantity("2022", 2022, null, "year", null, null))))
                .isEmpty();
    }

    @Test
    void differentNounsAreDifferentSeries() {
        assertThat(ClaimText.arithmetic(List.of(
                        new Quantity("300 companies", 300, null, "count", null, "companies"),
                        new Quantity("4,000 workers", 4000, null, "count", null, "workers"))))
                .isEmpty();
        assertThat(ClaimText.arithmetic(List.of(
                        new Quantity("1,200 members", 1200, null, "count", null, "members"),
                        new Quantity("1,500 member", 1500, null, "count", null, "member"))))
                .containsExactly("From 1,200 members to 1,500 member: +300, ×1.25");
    }
}
