package dev.claimdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectionCommandsTest {
    @TempDir
    Path dir;

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    private int run(InputStream in, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new Cli(p -> {}, new PrintWriter(out), new PrintWriter(err))
                .withInput(in)
                .execute(args);
    }

    private Path sample() throws IOException {
        Path f = dir.resolve("china-daily.txt");
        try (InputStream in = getClass().getResourceAsStream("/articles/china-daily-2025-02-11.txt")) {
            Files.write(f, in.readAllBytes());
        }
        return f;
    }

    @Test
    void extractPrintsEverySentenceAsJsonInDocumentOrder() throws IOException {
        Path f = sample();
        assertThat(run(InputStream.nullInputStream(), "extract", f.toString())).isZero();

        JsonNode root = new ObjectMapper().readTree(out.toString());
        JsonNode sentences = root.get("sentences");
        assertThat(sentences.size()).isGreaterThan(25);
        String body = Files.readString(f);
        int previousEnd = -1;
        for (JsonNode s : sentences) {
            int start = s.get("start").asInt();
            assertThat(start).isGreaterThan(previousEnd);
            assertThat(body.substring(start, s.get("end").asInt()))
                    .isEqualTo(s.get("text").asText());
            for (String field : List.of("score", "proposed", "kinds", "reasons", "flags", "quantities")) {
                assertThat(s.has(field)).as(field).isTrue();
            }
            previousEnd = s.get("end").asInt();
        }
        JsonNode torque = find(sentences, "joint torque");
        assertThat(torque.get("flags").findValuesAsText("code")).contains("UNIT_MISMATCH");
        JsonNode q = torque.get("quantities").get(0);
        assertThat(q.get("raw").asText()).isEqualTo("360 degrees");
        assertThat(q.get("value").asDouble()).isEqualTo(360.0);
        assertThat(q.get("unit").asText()).isEqualTo("degrees");
        assertThat(q.get("dimension").asText()).isEqualTo("angle");
        assertThat(q.get("approximate").asBoolean()).isFalse();
    }

    @Test
    void extractAsTsvHasAHeaderAndOneLinePerSentence() throws IOException {
        Path f = sample();
        assertThat(run(InputStream.nullInputStream(), "extract", f.toString(), "--format", "tsv"))
                .isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("start\tend\tscore\tproposed\tkinds\tflags\tclaimant\ttext");
        assertThat(lines.subList(1, lines.size()))
                .allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(8));
    }

    @Test
    void scorePrintsOneLinePerInputLineInOrder() {
        String input = "Unemployment fell from 8 percent to 4 percent in 2019.\n\nI think we can do better.\n";
        assertThat(run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "score"))
                .isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        for (String l : lines) {
            assertThat(l).matches("\\d\\.\\d{6}\t[A-Z_; ]*\t.*");
        }
        double claim = Double.parseDouble(lines.get(0).split("\t")[0]);
        double opinion = Double.parseDouble(lines.get(2).split("\t")[0]);
        assertThat(claim).isGreaterThan(opinion);
        assertThat(lines.get(0).split("\t")[1]).contains("QUANTITY").contains("CHANGE");
        // The shipped learned ranker scores: its part is said in words after the rule reasons.
        assertThat(lines.get(0).split("\t")[2])
                .matches(".*change over time.*; phrased like claims fact-checkers check: [01]\\.\\d\\d");
    }

    @Test
    void importPrintsTheArticleIdAndClaimsListsItsClaims() throws IOException {
        Path db = dir.resolve("cli.db");
        Path f = sample();
        assertThat(run(
                        InputStream.nullInputStream(),
                        "--db",
                        db.toString(),
                        "import",
                        f.toString(),
                        "--outlet",
                        "China Daily",
                        "--published",
                        "2025-02-11",
                        "--as",
                        "Ada"))
                .isZero();
        String id = out.toString().strip();
        assertThat(id).isEqualTo("1");

        assertThat(run(InputStream.nullInputStream(), "--db", db.toString(), "claims", id))
                .isZero();
        JsonNode claims = new ObjectMapper().readTree(out.toString()).get("claims");
        assertThat(claims.size()).isGreaterThanOrEqualTo(8);
        assertThat(claims.findValuesAsText("state")).containsOnly("PROPOSED");
        assertThat(find(claims, "joint torque").get("flags").findValuesAsText("code"))
                .contains("UNIT_MISMATCH");

        assertThat(run(InputStream.nullInputStream(), "--db", db.toString(), "import", f.toString()))
                .isZero();
        assertThat(out.toString().strip()).isEqualTo("1");
        assertThat(err.toString()).contains("was imported before");
    }

    @Test
    void aBadFileOrDateIsAPlainFailure() throws IOException {
        Path db = dir.resolve("cli.db");
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertThat(run(InputStream.nullInputStream(), "--db", db.toString(), "import", empty.toString()))
                .isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).startsWith("claimdesk: empty.txt is empty");
        assertThat(run(
                        InputStream.nullInputStream(),
                        "--db",
                        db.toString(),
                        "import",
                        sample().toString(),
                        "--published",
                        "11/02/2025"))
                .isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).contains("YYYY-MM-DD").doesNotContain("Exception");
    }

    private static JsonNode find(JsonNode array, String text) {
        for (JsonNode n : array) {
            if (n.get("text").asText().contains(text)) {
                return n;
            }
        }
        throw new AssertionError("no sentence with " + text);
    }
}
