package dev.claimdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimdesk articles}: the ids {@code claims} needs, as TSV or JSON, read back by real parsers. */
class ArticlesCommandTest {
    @TempDir
    Path dir;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new Cli(p -> {}, new PrintWriter(out), new PrintWriter(err))
                .withEnvironment(Map.of())
                .withDataDir(dir.resolve("data"))
                .execute(args);
        assertThat(exit).as(err.toString()).isZero();
        return out.toString();
    }

    private Path news(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/news/" + name)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    @Test
    void listsTheArticlesWithTheirIdsAsTsvOrJson() throws IOException {
        String db = dir.resolve("desk.db").toString();
        String ferry = run(
                        "--db",
                        db,
                        "import",
                        news("harbour-gazette-ferry-battery.txt").toString())
                .strip();
        String bikes = run(
                        "--db",
                        db,
                        "import",
                        "--outlet",
                        "Lakeside Herald",
                        news("lakeside-herald-bike-share.txt").toString())
                .strip();
        run("--db", db, "act", firstClaimOf(db, bikes), "accept");

        List<CSVRecord> rows = CSVFormat.TDF
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(run("--db", db, "articles")))
                .getRecords();
        assertThat(rows).extracting(r -> r.get("id")).containsExactlyInAnyOrder(ferry, bikes);
        CSVRecord bike =
                rows.stream().filter(r -> r.get("id").equals(bikes)).findFirst().orElseThrow();
        assertThat(bike.get("title")).isEqualTo("City bike share triples its riders, operator says");
        assertThat(bike.get("outlet")).isEqualTo("Lakeside Herald");
        assertThat(bike.get("author")).isEqualTo("Jordan Kim");
        assertThat(bike.get("accepted")).isEqualTo("1");

        JsonNode json = new ObjectMapper().readTree(run("--db", db, "articles", "--format", "json"));
        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(2);
        assertThat(json.findValuesAsText("title")).contains("Harbour council backs electric ferry despite cost row");
    }

    private String firstClaimOf(String db, String articleId) throws IOException {
        JsonNode claims = new ObjectMapper().readTree(run("--db", db, "claims", articleId));
        return claims.path("claims").get(0).path("id").asText();
    }
}
