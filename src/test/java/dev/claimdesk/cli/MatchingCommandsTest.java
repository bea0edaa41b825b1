package dev.claimdesk.cli;

import static dev.claimdesk.cli.CliOptionsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code claimdesk archive import} of a ClaimReview file and a CSV, and {@code claimdesk similar}
 * with TEXT, --claim, --queries and --top, read back by a real TSV parser.
 */
class MatchingCommandsTest {
    @TempDir
    static Path dir;

    static Path db;
    static Path csv;
    static Path json;
    static long deskClaim;

    @BeforeAll
    static void aDeskWithAnArchive() throws IOException {
        db = dir.resolve("match.db");
        AppServices app = AppServices.open(db, Clock.systemUTC());
        String body =
                "Jobs\n\nFreedonia's unemployment rate rose to 7.5 percent in March, the statistics office said.\n";
        long article = app.articles()
                .importText(
                        body,
                        ArticleFormat.TEXT,
                        new ArticleMetadata("Jobs report", null, null, null, null),
                        "en",
                        "Ada")
                .article()
                .id();
        deskClaim = app.claims().listByArticle(article).stream()
                .filter(c -> c.text().contains("7.5 percent"))
                .map(Claim::id)
                .findFirst()
                .orElseGet(() -> app.claims()
                        .addManual(article, 6, body.length() - 1, "Ada")
                        .id());
        csv = dir.resolve("checks.csv");
        Files.writeString(csv, """
                id,claim,rating,date,publisher,url
                fc-1,"The company holds a 60 percent share of the global drone market.",False,2026-09-14,Desk Check,https://check.example/1
                fc-2,Freedonia's central bank printed 3 trillion dollars in 2025.,Mostly false,2026-08-01,Desk Check,https://check.example/2
                """);
        json = dir.resolve("reviews.json");
        Files.writeString(json, """
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "ClaimReview", "url": "https://other.example/fc/9",
                   "claimReviewed": "Joblessness in Freedonia climbed to 7.5 percent in March.", "datePublished": "2026-07-03",
                   "author": {"@type": "Organization", "name": "Other Checks"},
                   "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1,
                                    "alternateName": "False"}}]}
                """);
    }

    private static List<CSVRecord> tsv(String out) throws IOException {
        return CSVFormat.TDF
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(out))
                .getRecords();
    }

    @Test
    void archiveImportReadsCsvAndClaimReviewAndAddsEachFactCheckOnce() throws IOException {
        Path fresh = dir.resolve("archive.db");
        AppServices.open(fresh, Clock.systemUTC());
        var r = run("--db", fresh.toString(), "archive", "import", csv.toString(), "--as", "Ada");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("Read 2 fact-checks from checks.csv; added 2 (0 were in the archive already).\n");
        r = run("--db", fresh.toString(), "archive", "import", json.toString(), "--as", "Ada");
        assertThat(r.out())
                .isEqualTo("Read 1 fact-checks from reviews.json; added 1 (0 were in the archive already).\n");
        r = run("--db", fresh.toString(), "archive", "import", csv.toString(), "--as", "Ada");
        assertThat(r.out()).isEqualTo("Read 2 fact-checks from checks.csv; added 0 (2 were in the archive already).\n");
        assertThat(AppServices.open(fresh, Clock.systemUTC()).matching().archiveSize())
                .isEqualTo(3);
    }

    @Test
    void aBadArchiveFileIsRefusedInPlainWordsAndAddsNothing() throws IOException {
        Path fresh = dir.resolve("refused.db");
        AppServices.open(fresh, Clock.systemUTC());
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "id,rating\nfc-1,False\n");
        var r = run("--db", fresh.toString(), "archive", "import", bad.toString(), "--as", "Ada");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("claim").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(AppServices.open(fresh, Clock.systemUTC()).matching().archiveSize())
                .isZero();
    }

    @Test
    void similarFindsTheArchiveFactCheckAndTheDeskClaimAndSaysWhenFiguresDiffer() throws IOException {
        assertThat(run("--db", db.toString(), "archive", "import", json.toString(), "--as", "Ada")
                        .exit())
                .isZero();
        assertThat(run("--db", db.toString(), "archive", "import", csv.toString(), "--as", "Ada")
                        .exit())
                .isZero();

        var r = run(
                "--db", db.toString(), "similar", "The company holds a 40 percent share of the global drone market.");
        assertThat(r.exit()).isZero();
        List<CSVRecord> rows = tsv(r.out());
        assertThat(rows).hasSize(4); // two archive entries of the CSV, one of the JSON, one desk claim
        CSVRecord best = rows.get(0);
        assertThat(best.get("query")).isEqualTo("1");
        assertThat(best.get("rank")).isEqualTo("1");
        assertThat(best.get("match")).isEqualTo("fc-1");
        assertThat(best.get("rating")).isEqualTo("False");
        assertThat(best.get("agreement")).startsWith("The figures differ: 40 percent here, 60 percent there.");

        // --top limits the matches; --claim looks for a stored claim (never itself).
        r = run("--db", db.toString(), "similar", "--claim", String.valueOf(deskClaim), "--top", "1");
        rows = tsv(r.out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("match")).startsWith("https://other.example/fc/9");
        assertThat(rows.get(0).get("agreement")).isEqualTo("Figures, names and direction agree.");

        // --queries: one claim per line, numbered by line.
        Path queries = dir.resolve("queries.txt");
        Files.writeString(
                queries,
                "Freedonia's central bank printed 3 trillion dollars in 2025.\n\nFreedonia's jobless rate hit 7.5 percent in March.\n");
        r = run("--db", db.toString(), "similar", "--queries", queries.toString(), "--top", "2");
        rows = tsv(r.out());
        assertThat(rows).extracting(x -> x.get("query")).containsExactly("1", "1", "3", "3");
        assertThat(rows.get(0).get("match")).isEqualTo("fc-2");
        assertThat(rows.get(2).get("text")).contains("7.5 percent");
    }

    @Test
    void similarNeedsExactlyOneQueryAndASensibleTop() {
        var none = run("--db", db.toString(), "similar");
        assertThat(none.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("give one of: TEXT, --claim ID or --queries FILE.");
        var zero = run("--db", db.toString(), "similar", "drones", "--top", "0");
        assertThat(zero.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(zero.err()).contains("--top must be between 1 and 1000.");
        var missing = run(
                "--db",
                db.toString(),
                "similar",
                "--queries",
                dir.resolve("nowhere.txt").toString());
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.err()).contains("There is no file").doesNotContain("Exception");
    }
}
