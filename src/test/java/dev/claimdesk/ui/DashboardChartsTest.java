package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.DeskStats;
import dev.claimdesk.domain.agreement.AgreementSummary;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.knowm.xchart.CategoryChart;

/** The charts drawn from the desk's figures, without a window. */
class DashboardChartsTest {
    static final DashboardCharts.Style STYLE = new DashboardCharts.Style(
            Color.WHITE,
            Color.WHITE,
            Color.BLACK,
            Color.LIGHT_GRAY,
            new Font(Font.DIALOG, Font.PLAIN, 13),
            states(),
            List.of(Color.BLUE, Color.ORANGE, Color.GREEN),
            0f);

    static Map<ClaimState, Color> states() {
        Map<ClaimState, Color> m = new EnumMap<>(ClaimState.class);
        for (ClaimState s : ClaimState.values()) {
            m.put(s, new Color(40 * s.ordinal(), 100, 100));
        }
        return m;
    }

    static DeskStats empty() {
        return new DeskStats(
                null,
                List.of(),
                List.of(),
                new TreeMap<>(),
                List.of(),
                Optional.empty(),
                new AgreementSummary(
                        0, 0, OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), 0, List.of()),
                0);
    }

    static DeskStats withDays(LocalDate since, Map<LocalDate, Long> days) {
        DeskStats e = empty();
        return new DeskStats(
                since,
                e.articles(),
                e.verdicts(),
                new TreeMap<>(days),
                e.reviewers(),
                e.medianImportToApproval(),
                e.agreement(),
                0);
    }

    @ParameterizedTest
    @EnumSource(DashboardCharts.Kind.class)
    void nothingToDrawIsSaidNotDrawn(DashboardCharts.Kind kind) {
        assertThat(DashboardCharts.chart(kind, empty(), STYLE, 600, 300)).isEmpty();
        assertThat(DashboardCharts.emptyText(kind)).endsWith(".");
    }

    @Test
    void daysWithoutApprovalsAreZeroBarsFromThePeriodsStart() {
        CategoryChart c = DashboardCharts.chart(
                        DashboardCharts.Kind.APPROVED_PER_DAY,
                        withDays(
                                LocalDate.parse("2026-10-01"),
                                Map.of(LocalDate.parse("2026-10-03"), 2L, LocalDate.parse("2026-10-05"), 1L)),
                        STYLE,
                        600,
                        300,
                        LocalDate.parse("2026-10-07"))
                .orElseThrow();
        var s = c.getSeriesMap().get(DashboardCharts.APPROVED);
        // From the period's start to today: the quiet days after the last approval show as such.
        assertThat(new ArrayList<Object>(s.getXData()))
                .containsExactly("1 Oct", "2 Oct", "3 Oct", "4 Oct", "5 Oct", "6 Oct", "7 Oct");
        assertThat(new ArrayList<>(s.getYData()).stream().map(n -> ((Number) n).longValue()))
                .containsExactly(0L, 0L, 2L, 0L, 1L, 0L, 0L);
    }

    @Test
    void aRangeOverNewYearNamesTheYears() {
        CategoryChart c = DashboardCharts.chart(
                        DashboardCharts.Kind.APPROVED_PER_DAY,
                        withDays(null, Map.of(LocalDate.parse("2025-12-30"), 1L, LocalDate.parse("2026-01-02"), 1L)),
                        STYLE,
                        600,
                        300)
                .orElseThrow();
        assertThat(new ArrayList<Object>(
                        c.getSeriesMap().get(DashboardCharts.APPROVED).getXData()))
                .containsExactly("30 Dec 2025", "31 Dec 2025", "1 Jan 2026", "2 Jan 2026");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"100, week, w/c 5 Jan", "200, month, Jan"})
    void aLongPeriodIsShownPerWeekOrMonthWithNothingLost(int span, String unit, String firstLabel) {
        Map<LocalDate, Long> days = new java.util.HashMap<>();
        java.util.Random r = new java.util.Random(11);
        long total = 0;
        for (int i = 0; i < span; i += 1 + r.nextInt(5)) {
            long n = 1 + r.nextInt(4);
            days.put(LocalDate.parse("2026-01-07").plusDays(i), n);
            total += n;
        }
        CategoryChart c = DashboardCharts.chart(
                        DashboardCharts.Kind.APPROVED_PER_DAY, withDays(null, days), STYLE, 600, 300)
                .orElseThrow();
        assertThat(c.getTitle()).contains("per " + unit);
        var s = c.getSeriesMap().get(DashboardCharts.APPROVED);
        // 7 January 2026 is a Wednesday: the first week starts on the Monday before, the first month on the 1st.
        assertThat(new ArrayList<>(s.getXData()).get(0).toString()).startsWith(firstLabel);
        long drawn = 0;
        for (Object y : s.getYData()) {
            drawn += ((Number) y).longValue();
        }
        assertThat(drawn).isEqualTo(total);
    }

    @Test
    void labelsAreUniqueAndTitlesShortenedByCharacterNotByByte() {
        List<DeskStats.VerdictCount> v = List.of(
                new DeskStats.VerdictCount("FALSE", "False", "#c62828", 2),
                new DeskStats.VerdictCount("PF_FALSE", "False", "#c62828", 1));
        assertThat(DashboardCharts.verdictNames(v)).containsExactly("False", "False (PF_FALSE)");
        var a = new DeskStats.ArticleStates(3, "中国初创企业让更多西方同行疲于奔命的故事", Map.of());
        String label = DashboardCharts.articleLabel(a, 8);
        assertThat(label).isEqualTo("#3 中国初创企业让…");
        assertThat(DashboardCharts.articleLabel(new DeskStats.ArticleStates(4, " ", Map.of()), 20))
                .isEqualTo("#4 (untitled)");
    }

    @Test
    void aChartEncodesAsPngAndSvg() throws Exception {
        Map<ClaimState, Long> states = new EnumMap<>(ClaimState.class);
        for (ClaimState s : ClaimState.values()) {
            states.put(s, 1L + s.ordinal());
        }
        DeskStats e = empty();
        DeskStats s = new DeskStats(
                null,
                List.of(new DeskStats.ArticleStates(1, "Heat pumps", states)),
                e.verdicts(),
                e.approvedPerDay(),
                e.reviewers(),
                e.medianImportToApproval(),
                e.agreement(),
                0);
        CategoryChart chart = DashboardCharts.chart(DashboardCharts.Kind.STATES, s, STYLE, 800, 500)
                .orElseThrow();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        DashboardCharts.png(chart, png);
        var image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(500);
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        DashboardCharts.svg(chart, svg);
        assertThat(svg.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("<svg")
                .contains("viewBox=\"0 0 800 500\"");
    }
}
