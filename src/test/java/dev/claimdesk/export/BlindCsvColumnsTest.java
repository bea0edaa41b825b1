package dev.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.ExportService;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ReviewMode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verdict CSV's last columns: the article's review mode, and both blind verdicts with their
 * reviewers once the round is complete, never while it is open; read back by a real CSV parser.
 */
class BlindCsvColumnsTest {
    @TempDir
    Path dir;

    @Test
    void bothBlindVerdictsAreExportedOnlyOnceTheRoundIsComplete() throws IOException {
        AppServices app = AppServices.open(dir.resolve("blind.db"), Clock.systemUTC());
        long blind = article(app, "Sales rose 40 percent in 2024. The dam holds 5 cubic kilometres of water.");
        long fourEyes = article(app, "The tower is 330 metres tall.");
        app.blind().setMode(blind, ReviewMode.BLIND, ReviewMode.OnAgreement.REVIEW, "ada");
        long trueLabel =
                app.scales().defaultScale().labelByCode("TRUE").orElseThrow().id();
        long falseLabel =
                app.scales().defaultScale().labelByCode("FALSE").orElseThrow().id();
        Claim both = app.claims().addManual(blind, 0, 30, "ada");
        Claim half = app.claims().addManual(blind, 31, 72, "ada");
        Claim plain = app.claims().addManual(fourEyes, 0, 29, "ada");
        app.blind().submit(both.id(), trueLabel, "The annual report says 40 percent.", "ada");
        app.blind().submit(both.id(), falseLabel, "The report counts only one region.", "bea");
        app.blind().submit(half.id(), trueLabel, "The operator says so.", "ada");

        Map<Long, CSVRecord> rows = export(app);

        CSVRecord done = rows.get(both.id());
        assertThat(done.get("review_mode")).isEqualTo("BLIND");
        assertThat(List.of(
                        done.get("blind_verdict_1"),
                        done.get("blind_reviewer_1"),
                        done.get("blind_verdict_2"),
                        done.get("blind_reviewer_2")))
                .containsExactly("True", "ada", "False", "bea");
        CSVRecord open = rows.get(half.id());
        assertThat(open.get("review_mode")).isEqualTo("BLIND");
        assertThat(List.of(
                        open.get("blind_verdict_1"),
                        open.get("blind_reviewer_1"),
                        open.get("blind_verdict_2"),
                        open.get("blind_reviewer_2")))
                .as("a round still open tells nobody the verdict given so far")
                .containsOnly("");
        CSVRecord other = rows.get(plain.id());
        assertThat(other.get("review_mode")).isEqualTo("FOUR_EYES");
        assertThat(other.get("blind_verdict_1")).isEmpty();
        assertThat(other.get("blind_reviewer_2")).isEmpty();
    }

    @Test
    void theReportGainsAnAgreementSectionWhereClaimsWereRatedBlind() throws IOException {
        AppServices app = AppServices.open(dir.resolve("report.db"), Clock.systemUTC());
        long blind = article(app, "Sales rose 40 percent in 2024. The dam holds 5 cubic kilometres of water.");
        long fourEyes = article(app, "The tower is 330 metres tall.");
        app.blind().setMode(blind, ReviewMode.BLIND, ReviewMode.OnAgreement.REVIEW, "ada");
        long trueLabel =
                app.scales().defaultScale().labelByCode("TRUE").orElseThrow().id();
        long falseLabel =
                app.scales().defaultScale().labelByCode("FALSE").orElseThrow().id();
        Claim agreed = app.claims().addManual(blind, 0, 30, "ada");
        Claim split = app.claims().addManual(blind, 31, 72, "ada");
        app.claims().addManual(fourEyes, 0, 29, "ada");
        app.blind().submit(agreed.id(), trueLabel, "Yes.", "ada");
        app.blind().submit(agreed.id(), trueLabel, "Yes.", "bea");
        app.blind().submit(split.id(), trueLabel, "Yes.", "ada");
        app.blind().submit(split.id(), falseLabel, "No.", "bea");

        String md = report(app, ExportService.Kind.MARKDOWN, blind);
        assertThat(md)
                .contains("## Agreement of blind verdicts")
                .contains("| Claims rated blind by two reviewers | 2 |")
                .contains("| Observed agreement | 50 % |")
                .contains("| Opposite ends \\(one says true, the other false\\) | 1 |")
                .containsPattern(
                        "\\| Krippendorff's alpha \\\\\\(on the scale's ranks\\\\\\) \\| [0-9.\\\\-]+ \\\\\\(95 % bootstrap interval")
                .contains("| ada and bea | 2 | 50 % |");
        assertThat(md.indexOf("## Agreement")).isLessThan(md.indexOf("## Claims"));
        String html = report(app, ExportService.Kind.HTML, blind);
        assertThat(html)
                .contains("<h2>Agreement of blind verdicts</h2>")
                .contains("<tr><td>Observed agreement</td><td>50 %</td></tr>")
                .contains("<td>ada and bea</td><td>2</td><td>50 %</td>");
        assertThat(report(app, ExportService.Kind.MARKDOWN, fourEyes))
                .as("no blind verdicts, no section")
                .doesNotContain("Agreement");
    }

    private String report(AppServices app, ExportService.Kind kind, long articleId) throws IOException {
        Path out = dir.resolve("report-" + kind + "-" + articleId);
        app.exports().exportToFile(new ExportService.Options(kind, articleId, false, false, null, null, null), out);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static long article(AppServices app, String text) {
        return app.articles()
                .importText(
                        text,
                        ArticleFormat.PASTE,
                        new ArticleMetadata("T " + text.length(), null, null, null, null),
                        "en",
                        "ada")
                .article()
                .id();
    }

    private Map<Long, CSVRecord> export(AppServices app) throws IOException {
        Path out = dir.resolve("verdicts.csv");
        app.exports()
                .exportToFile(
                        new ExportService.Options(ExportService.Kind.CSV, 0, false, false, null, null, null), out);
        Map<Long, CSVRecord> byId = new HashMap<>();
        try (Reader r = Files.newBufferedReader(out, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(r)) {
            for (CSVRecord rec : p.getRecords()) {
                byId.put(Long.parseLong(rec.get("claim_id").replace("\uFEFF", "")), rec);
            }
        }
        return byId;
    }
}
