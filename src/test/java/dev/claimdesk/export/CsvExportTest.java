package dev.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.claimdesk.app.ExportService;
import dev.claimdesk.domain.Claim;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {
    @TempDir
    Path dir;

    ExportFixture f;

    @BeforeEach
    void setUp() {
        f = new ExportFixture(dir);
    }

    private Path export(ExportService.Kind kind, CsvOptions options) {
        Path out = dir.resolve(kind + (options.raw() ? "-raw" : "") + ".csv");
        f.app.exports()
                .exportToFile(
                        new ExportService.Options(kind, f.articleId, options.bom(), options.raw(), null, null, null),
                        out);
        return out;
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
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
    void everyFieldReadsBackExactlyWithTheDocumentedApostrophe() throws IOException {
        List<CSVRecord> rows = read(export(ExportService.Kind.CSV, CsvOptions.SAFE));
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly(VerdictCsv.HEADER);
        for (Claim c : f.claims) {
            CSVRecord row = rows.stream()
                    .filter(r -> r.get("claim_id").equals(Long.toString(c.id())))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.get("claim_text")).isEqualTo(FormulaGuard.protect(c.text()));
            assertThat(row.get("rationale")).isEqualTo(FormulaGuard.protect(c.rationale()));
            assertThat(row.get("article_title")).isEqualTo("Robots, \"records\" & <claims>");
            assertThat(row.get("verdict")).isEqualTo("False");
            assertThat(row.get("verdict_scale")).isEqualTo("ClaimDesk default");
            assertThat(row.get("evidence_count")).isEqualTo("1");
            assertThat(row.get("reviewer")).isEqualTo("Ada");
            assertThat(row.get("updated_at"))
                    .isEqualTo(c.updatedAt()
                            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                            .toString());
        }
        CSVRecord formula = byText(rows, "=1+2");
        assertThat(formula.get("claim_text")).startsWith("'=1+2");
        assertThat(formula.get("rationale")).startsWith("'=HYPERLINK");
        assertThat(formula.get("approved_by")).isEqualTo("Grace");
        assertThat(formula.get("state")).isEqualTo("APPROVED");
        assertThat(byText(rows, "\tTab").get("claim_text")).startsWith("'\t");
        assertThat(byText(rows, "-5 degrees").get("claim_text")).startsWith("'-5");
        assertThat(byText(rows, "王小明").get("rationale")).isEqualTo("中文理由：数字不对。 😀");
    }

    @Test
    void rawModeWritesTextUntouchedAndNumbersAreNeverPrefixed() throws IOException {
        List<CSVRecord> rows = read(export(ExportService.Kind.CSV, new CsvOptions(false, true)));
        for (Claim c : f.claims) {
            CSVRecord row = rows.stream()
                    .filter(r -> r.get("claim_id").equals(Long.toString(c.id())))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.get("claim_text")).isEqualTo(c.text());
            assertThat(row.get("rationale")).isEqualTo(c.rationale());
        }
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("claim_id")).matches("\\d+");
            assertThat(r.get("evidence_count")).matches("\\d+");
        });
    }

    @Test
    void theFileIsUtf8WithCrlfAndAnOptionalBom() throws IOException {
        byte[] plain = Files.readAllBytes(export(ExportService.Kind.CSV, CsvOptions.SAFE));
        assertThat(plain[0]).isEqualTo((byte) 'c');
        String text = new String(plain, StandardCharsets.UTF_8);
        assertThat(text).startsWith(String.join(",", VerdictCsv.HEADER) + "\r\n");
        Path bom = dir.resolve("bom.csv");
        f.app.exports()
                .exportToFile(
                        new ExportService.Options(ExportService.Kind.CSV, f.articleId, true, false, null, null, null),
                        bom);
        byte[] withBom = Files.readAllBytes(bom);
        assertThat(new byte[] {withBom[0], withBom[1], withBom[2]}).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void evidenceCsvHasOneRowPerItemJoinedByIds() throws IOException {
        List<CSVRecord> rows = read(export(ExportService.Kind.EVIDENCE, CsvOptions.SAFE));
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly(EvidenceCsv.HEADER);
        assertThat(rows).hasSize(f.claims.size());
        CSVRecord first = rows.get(0);
        assertThat(first.get("article_id")).isEqualTo(Long.toString(f.articleId));
        assertThat(first.get("title")).isEqualTo("Source \"0\", <title>");
        assertThat(first.get("quote")).isEqualTo(ExportFixture.RATIONALES.get(0));
        assertThat(first.get("stance")).isEqualTo("REFUTES");
        assertThat(first.get("published_on")).isEqualTo("2025-01-01");
        assertThat(byColumn(rows, "quote", "'=HYPERLINK")).isNotNull();
    }

    @Test
    void pythonsCsvModuleReadsTheSameFields() throws IOException, InterruptedException {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        boolean python = hasPython();
        if (ci) {
            assertThat(python)
                    .as("python3 must be installed in CI (.ci/run installs it)")
                    .isTrue();
        }
        assumeTrue(python, "python3 is not installed here");
        Path csv = export(ExportService.Kind.CSV, CsvOptions.SAFE);
        Path script = dir.resolve("read.py");
        Files.writeString(
                script,
                String.join(
                        "\n",
                        "import csv, json, sys",
                        "with open(sys.argv[1], newline='', encoding='utf-8') as f:",
                        "    rows = list(csv.reader(f))",
                        "json.dump(rows, open(sys.argv[2], 'w', encoding='utf-8'), ensure_ascii=False)",
                        ""));
        Path json = dir.resolve("rows.json");
        Process p = new ProcessBuilder("python3", script.toString(), csv.toString(), json.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue())
                .as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isZero();

        @SuppressWarnings("unchecked")
        List<List<String>> fromPython =
                new com.fasterxml.jackson.databind.ObjectMapper().readValue(json.toFile(), List.class);
        List<List<String>> fromJava = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.parse(r)) {
            parser.forEach(rec -> fromJava.add(rec.toList()));
        }
        assertThat(fromPython).isEqualTo(fromJava);
        assertThat(fromPython).hasSizeGreaterThan(f.claims.size());
    }

    @Test
    void theRowsShownInTheQueueCanBeExportedToo() {
        StringWriter w = new StringWriter();
        ExportService.Result r = f.app.exports()
                .export(new ExportService.Options(ExportService.Kind.CSV, 0, false, false, null, null, null), w);
        assertThat(r.rows()).isGreaterThanOrEqualTo(f.claims.size());
        try (CSVParser parser = CSVFormat.RFC4180.parse(new java.io.StringReader(w.toString()))) {
            assertThat(parser.getRecords()).hasSize((int) r.rows() + 1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theQueuesFiltersNarrowTheExport() throws IOException {
        Path out = dir.resolve("filtered.csv");
        f.app.exports()
                .exportToFile(
                        new ExportService.Options(
                                ExportService.Kind.CSV,
                                f.articleId,
                                false,
                                false,
                                null,
                                null,
                                null,
                                dev.claimdesk.domain.ClaimFilter.ALL.withSearch(
                                        dev.claimdesk.domain.SearchQuery.parse("formula spreadsheet"))),
                        out);
        assertThat(read(out))
                .extracting(r -> r.get("claim_text"))
                .containsExactly("'=1+2 looks like a formula to a spreadsheet.");

        f.app.exports()
                .exportToFile(
                        new ExportService.Options(
                                ExportService.Kind.CSV,
                                f.articleId,
                                false,
                                false,
                                null,
                                null,
                                null,
                                dev.claimdesk.domain.ClaimFilter.ALL.withState(
                                        dev.claimdesk.domain.ClaimState.APPROVED)),
                        out);
        assertThat(read(out))
                .hasSize(4)
                .allSatisfy(r -> assertThat(r.get("state")).isEqualTo("APPROVED"));

        f.app.exports()
                .exportToFile(
                        new ExportService.Options(
                                ExportService.Kind.EVIDENCE,
                                f.articleId,
                                false,
                                false,
                                null,
                                null,
                                null,
                                dev.claimdesk.domain.ClaimFilter.ALL.withSearch(
                                        dev.claimdesk.domain.SearchQuery.parse("HYPERLINK"))),
                        out);
        assertThat(read(out))
                .singleElement()
                .satisfies(r -> assertThat(r.get("quote")).startsWith("'=HYPERLINK"));
    }

    private static boolean hasPython() {
        try {
            Process p = new ProcessBuilder("python3", "--version")
                    .redirectErrorStream(true)
                    .start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private CSVRecord byText(List<CSVRecord> rows, String start) {
        return rows.stream()
                .filter(r -> f.isFixtureClaim(Long.parseLong(r.get("claim_id"))))
                .filter(r -> r.get("claim_text").replaceFirst("^'", "").startsWith(start))
                .findFirst()
                .orElseThrow();
    }

    private static CSVRecord byColumn(List<CSVRecord> rows, String column, String start) {
        return rows.stream()
                .filter(r -> r.get(column).startsWith(start))
                .findFirst()
                .orElse(null);
    }
}
