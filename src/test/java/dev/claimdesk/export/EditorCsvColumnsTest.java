package dev.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.ExportService;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.DismissReason;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.RedFlag;
import dev.claimdesk.domain.Reliability;
import dev.claimdesk.domain.SourceType;
import dev.claimdesk.domain.Stance;
import dev.claimdesk.domain.VerdictRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The columns editors asked for (issue 11): timestamps to the second, the state in words beside
 * its code, and the score, red flags and dismissal reason at the end, read back from real files.
 */
class EditorCsvColumnsTest {
    /** A clock with nanoseconds, as the system clock has: the CSV must not show them. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T19:26:13.123456789Z"), ZoneOffset.UTC);

    static final List<String> ORIGINAL_COLUMNS = List.of(
            "claim_id",
            "article_id",
            "article_title",
            "article_url",
            "claim_text",
            "claimant",
            "kinds",
            "state",
            "verdict",
            "verdict_scale",
            "rationale",
            "evidence_count",
            "supporting",
            "refuting",
            "reviewer",
            "approved_by",
            "updated_at");

    @TempDir
    Path dir;

    AppServices app;
    long articleId;
    List<Claim> claims;

    @BeforeEach
    void importTheSampleArticle() throws IOException {
        app = AppServices.open(dir.resolve("editors.db"), CLOCK);
        String body;
        try (InputStream in = getClass().getResourceAsStream("/articles/china-daily-2025-02-11.txt")) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        articleId = app.articles()
                .importText(
                        body.strip(),
                        ArticleFormat.TEXT,
                        new ArticleMetadata("Chinese startups", null, null, null, null),
                        "en",
                        "Ada")
                .article()
                .id();
        claims = app.claims().listByArticle(articleId);
        assertThat(claims).hasSizeGreaterThan(3);
    }

    private List<CSVRecord> export(ExportService.Kind kind) throws IOException {
        Path out = dir.resolve(kind + ".csv");
        app.exports().exportToFile(new ExportService.Options(kind, articleId, false, false, null, null, null), out);
        try (Reader r = Files.newBufferedReader(out, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(r)) {
            return p.getRecords();
        }
    }

    @Test
    void theDocumentedColumnsKeepTheirOrderAndTheNewOnesComeLast() throws IOException {
        List<CSVRecord> rows = export(ExportService.Kind.CSV);
        List<String> header = rows.get(0).getParser().getHeaderNames();
        assertThat(header.subList(0, ORIGINAL_COLUMNS.size())).isEqualTo(ORIGINAL_COLUMNS);
        assertThat(header.subList(ORIGINAL_COLUMNS.size(), header.size()))
                .containsExactly(
                        "state_label",
                        "score",
                        "red_flags",
                        "dismiss_reason",
                        "review_mode",
                        "blind_verdict_1",
                        "blind_reviewer_1",
                        "blind_verdict_2",
                        "blind_reviewer_2");
        assertThat(header).containsExactly(VerdictCsv.HEADER);
    }

    @Test
    void timestampsAreToTheSecond() throws IOException {
        Claim c = claims.get(0);
        assertThat(c.updatedAt().getNano()).isNotZero(); // stored with nanoseconds
        List<CSVRecord> verdicts = export(ExportService.Kind.CSV);
        assertThat(verdicts).allSatisfy(r -> assertThat(r.get("updated_at")).isEqualTo("2026-12-01T19:26:13Z"));

        app.claims().act(c.id(), ClaimAction.ACCEPT, null, null, "Ada");
        app.evidence().add(evidence(c.id()), "Ada");
        assertThat(export(ExportService.Kind.EVIDENCE))
                .singleElement()
                .satisfies(r -> assertThat(r.get("created_at")).isEqualTo("2026-12-01T19:26:13Z"));
    }

    @Test
    void theStateIsWrittenAsCodeAndInTheAppsWords() throws IOException {
        long researched = claims.get(0).id();
        long dismissed = claims.get(1).id();
        app.claims().act(researched, ClaimAction.ACCEPT, null, null, "Ada");
        app.claims().act(researched, ClaimAction.START_RESEARCH, null, null, "Ada");
        app.claims().act(dismissed, ClaimAction.DISMISS, null, DismissReason.NOT_SIGNIFICANT, "Ada");

        Map<Long, CSVRecord> rows = byId(export(ExportService.Kind.CSV));

        assertThat(rows.get(researched).get("state")).isEqualTo("IN_RESEARCH");
        assertThat(rows.get(researched).get("state_label")).isEqualTo("in research");
        assertThat(rows.get(researched).get("dismiss_reason")).isEmpty();
        assertThat(rows.get(dismissed).get("state")).isEqualTo("DISMISSED");
        assertThat(rows.get(dismissed).get("state_label")).isEqualTo("dismissed");
        assertThat(rows.get(dismissed).get("dismiss_reason")).isEqualTo("not significant");
        for (CSVRecord r : rows.values()) {
            ClaimState state = ClaimState.valueOf(r.get("state"));
            assertThat(r.get("state_label")).isEqualTo(state.label());
        }
    }

    @Test
    void theScoreAndTheRedFlagsAreTheDetectorsAsTheAppShowsThem() throws IOException {
        Map<Long, CSVRecord> rows = byId(export(ExportService.Kind.CSV));
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(ids(claims));
        for (Claim c : claims) {
            CSVRecord r = rows.get(c.id());
            assertThat(r.get("score")).matches("[01]\\.\\d{4}");
            assertThat(Double.parseDouble(r.get("score"))).isCloseTo(c.checkworthiness(), within(0.00005));
            String expected = dev.claimdesk.domain.RedFlag.warnings(c.flags()).stream() // not the change notes
                    .map(f -> f.code().toLowerCase(Locale.ROOT).replace('_', ' ')) // the queue's tooltip
                    .distinct()
                    .collect(Collectors.joining("; "));
            assertThat(r.get("red_flags")).isEqualTo(expected);
        }
        // A change's arithmetic is a note with the figures, not a warning: never in the column.
        assertThat(rows.values())
                .noneSatisfy(r -> assertThat(r.get("red_flags")).contains("change note"));
        assertThat(claims).anySatisfy(c -> assertThat(c.flags()).anyMatch(dev.claimdesk.domain.RedFlag::note));
        // The sample article's chatbot claims: the flag editors most need to see.
        assertThat(rows.values()).anySatisfy(r -> assertThat(r.get("red_flags")).contains("source ai"));
    }

    @Test
    void newTextColumnsAreFormulaGuardedAndRawModeLeavesThemAlone() throws IOException {
        VerdictRow hostile = row("=HYPERLINK(\"x\"); SUPERLATIVE");
        assertThat(cells(hostile, CsvOptions.SAFE).get("red_flags")).isEqualTo("'=hyperlink(\"x\"); superlative");
        assertThat(cells(hostile, new CsvOptions(false, true)).get("red_flags"))
                .isEqualTo("=hyperlink(\"x\"); superlative");
        Map<String, String> plain = cells(row("SOURCE_AI"), CsvOptions.SAFE);
        assertThat(plain.get("red_flags")).isEqualTo("source ai");
        assertThat(plain.get("dismiss_reason")).isEqualTo("duplicate");
        assertThat(plain.get("score")).isEqualTo("0.0001"); // a number: never prefixed, never 1.0E-4
        assertThat(plain.get("updated_at")).isEqualTo("2026-12-01T19:26:13Z");
    }

    @Test
    void aFlagCodeIsNamedAsTheQueueNamesIt() {
        assertThat(RedFlag.label("UNIT_MISMATCH")).isEqualTo("unit mismatch");
        assertThat(RedFlag.label("PERCENT_OVER_100")).isEqualTo("percent over 100");
    }

    @Test
    void storedTimestampsOfEveryPrecisionAreCutToTheSecond() {
        for (String stored : List.of(
                "2026-12-01T19:26:13Z",
                "2026-12-01T19:26:13.1Z",
                "2026-12-01T19:26:13.123Z",
                "2026-12-01T19:26:13.999999Z",
                "2026-12-01T19:26:13.123456789Z")) {
            assertThat(Csv.seconds(stored)).as(stored).isEqualTo("2026-12-01T19:26:13Z");
            assertThat(Csv.seconds(stored))
                    .isEqualTo(Csv.seconds(Instant.parse(stored)))
                    .isEqualTo(Instant.parse(stored)
                            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                            .toString());
        }
        assertThat(Csv.seconds("+12026-12-01T19:26:13.5Z")).isEqualTo("+12026-12-01T19:26:13Z");
        assertThat(Csv.seconds((String) null)).isEmpty();
    }

    private static Map<String, String> cells(VerdictRow row, CsvOptions options) {
        StringWriter w = new StringWriter();
        try {
            VerdictCsv.write(List.of(row).iterator(), w, options, Cancellation.NEVER);
            try (CSVParser p = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(w.toString()))) {
                return p.getRecords().get(0).toMap();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static VerdictRow row(String flagCodes) {
        return new VerdictRow(
                1,
                2,
                "Title",
                null,
                null,
                null,
                "Text",
                null,
                "",
                0.00012,
                flagCodes,
                ClaimState.DISMISSED,
                DismissReason.DUPLICATE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                0,
                0,
                null,
                null,
                null,
                "2026-12-01T19:26:13.123456789Z",
                null,
                null,
                null);
    }

    private static Map<Long, CSVRecord> byId(List<CSVRecord> rows) {
        return rows.stream().collect(Collectors.toMap(r -> Long.parseLong(r.get("claim_id")), Function.identity()));
    }

    private static List<Long> ids(List<Claim> claims) {
        return claims.stream().map(Claim::id).toList();
    }

    private static org.assertj.core.data.Offset<Double> within(double d) {
        return org.assertj.core.data.Offset.offset(d);
    }

    private static Evidence evidence(long claimId) {
        return new Evidence(
                0,
                claimId,
                "https://source.example/1",
                "Source",
                "Publisher",
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 3, 9),
                "Quote",
                Stance.REFUTES,
                SourceType.PRIMARY,
                Reliability.B,
                null,
                null,
                null,
                "Ada",
                Instant.EPOCH);
    }
}
