package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each period of the dashboard starts on its own day (the GUI test drives "Last 30 days"). */
class DashboardPeriodTest {
    @ParameterizedTest
    @CsvSource(
            nullValues = "none",
            value = {
                "ALL,          2026-12-03, none",
                "LAST_7_DAYS,  2026-12-03, 2026-11-27",
                "LAST_30_DAYS, 2026-12-03, 2026-11-04",
                "LAST_90_DAYS, 2026-12-03, 2026-09-05",
                "THIS_YEAR,    2026-12-03, 2026-01-01",
                "LAST_7_DAYS,  2026-03-02, 2026-02-24"
            })
    void theFirstDayCounted(DashboardFigures.Period period, LocalDate today, LocalDate since) {
        assertThat(period.since(today)).isEqualTo(since);
    }
}
