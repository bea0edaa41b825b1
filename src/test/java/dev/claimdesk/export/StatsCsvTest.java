package dev.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.DeskStats;
import dev.claimdesk.domain.agreement.AgreementSummary;
import dev.claimdesk.domain.agreement.Bootstrap;
import dev.claimdesk.domain.agreement.Codings;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Each dashboard table reads back through commons-csv with the figures it was given. */
class StatsCsvTest {
    static DeskStats stats() {
        Map<ClaimState, Long> states = new EnumMap<>(ClaimState.class);
        for (ClaimState s : ClaimState.values()) {
            states.put(s, (long) s.ordinal());
        }
        TreeMap<LocalDate, Long> perDay = new TreeMap<>();
        perDay.put(LocalDate.parse("2026-10-06"), 2L);
        perDay.put(LocalDate.parse("2026-10-09"), 1L);
        AgreementSummary g = new AgreementSummary(
                4,
                4,
                OptionalDouble.of(0.75),
                OptionalDouble.of(0.612345),
                Optional.of(new Bootstrap.Interval(-0.25, 1.0, 0.95, 1000)),
                1,
                List.of(new AgreementSummary.PairFigures(
                        new Codings.CoderPair("Grace Hopper", "王小明"), 4, 0.75, OptionalDouble.empty())));
        return new DeskStats(
                null,
                List.of(new DeskStats.ArticleStates(7, "=HYPERLINK(\"x\") Sales, \"up\"", states)),
                List.of(new DeskStats.VerdictCount("TRUE", "True", "#2e7d32", 3)),
                perDay,
                List.of(new DeskStats.ReviewerWork("+Grace", 1, 2, 3)),
                Optional.of(Duration.ofMinutes(90)),
                g,
                2);
    }

    static List<CSVRecord> read(DeskStats s, dev.claimdesk.domain.StatsTable t) throws Exception {
        StringWriter out = new StringWriter();
        long rows = StatsCsv.write(s, t, out, CsvOptions.SAFE);
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(out.toString()))
                .getRecords();
        assertThat(records).hasSize((int) rows);
        return records;
    }

    @Test
    void statesPerArticleWithTheTitleMadeHarmless() throws Exception {
        CSVRecord r = read(stats(), dev.claimdesk.domain.StatsTable.STATES).get(0);
        assertThat(r.get("article_id")).isEqualTo("7");
        assertThat(r.get("title")).isEqualTo("'=HYPERLINK(\"x\") Sales, \"up\"");
        assertThat(r.get("claims")).isEqualTo("15");
        for (ClaimState s : ClaimState.values()) {
            assertThat(r.get(s.name().toLowerCase(java.util.Locale.ROOT))).isEqualTo(String.valueOf(s.ordinal()));
        }
    }

    @Test
    void verdictsDaysAndReviewers() throws Exception {
        DeskStats s = stats();
        CSVRecord v = read(s, dev.claimdesk.domain.StatsTable.VERDICTS).get(0);
        assertThat(List.of(v.get("verdict"), v.get("name"), v.get("claims"))).containsExactly("TRUE", "True", "3");
        List<CSVRecord> days = read(s, dev.claimdesk.domain.StatsTable.APPROVED_PER_DAY);
        assertThat(days)
                .extracting(d -> d.get("day") + "=" + d.get("approved"))
                .containsExactly("2026-10-06=2", "2026-10-09=1");
        CSVRecord r = read(s, dev.claimdesk.domain.StatsTable.REVIEWERS).get(0);
        assertThat(r.get("reviewer")).isEqualTo("'+Grace");
        assertThat(List.of(r.get("open"), r.get("verdicts"), r.get("decisions")))
                .containsExactly("1", "2", "3");
    }

    @Test
    void theFiguresRoundedAsTheCommandPrintsThem() throws Exception {
        Map<String, String> f = new java.util.LinkedHashMap<>();
        read(stats(), dev.claimdesk.domain.StatsTable.FIGURES).forEach(r -> f.put(r.get("figure"), r.get("value")));
        assertThat(f)
                .containsEntry("median_hours_import_to_approval", "1.5")
                .containsEntry("agreement_claims", "4")
                .containsEntry("observed_agreement", "0.75")
                .containsEntry("krippendorff_alpha", "0.6123")
                .containsEntry("alpha_95_low", "-0.25")
                .containsEntry("alpha_95_high", "1.0")
                .containsEntry("opposite_ends", "1")
                .containsEntry("adjudication_backlog", "2")
                .containsEntry("kappa Grace Hopper / 王小明", "")
                .containsEntry("pair_claims Grace Hopper / 王小明", "4")
                .containsEntry("pair_observed Grace Hopper / 王小明", "0.75")
                .containsEntry("claims_now", "15")
                .containsEntry("approved_now", "4");
    }
}
