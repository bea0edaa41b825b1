package dev.claimdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdesk.app.AppServices;
import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command-line option changes the outcome: each case runs a command without and with one
 * option and checks the difference the option promises. An option that is parsed and ignored
 * cannot pass.
 */
class CliOptionsTest {
    @TempDir
    static Path dir;

    static Path db;
    static Path other;
    static long first;
    static long second;

    /** What one run printed and returned. */
    record Run(int exit, byte[] stdout, String err) {
        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        List<CSVRecord> csv() {
            try {
                return CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(new StringReader(out().replace("\uFEFF", "")))
                        .getRecords();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    static Run run(InputStream in, String... args) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        StringWriter text = new StringWriter();
        int exit = new Cli(p -> {}, new PrintWriter(text), new PrintWriter(err))
                .withInput(in)
                .withStdout(raw)
                .execute(args);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        all.writeBytes(raw.toByteArray());
        return new Run(exit, all.toByteArray(), err.toString());
    }

    static Run run(String... args) {
        return run(InputStream.nullInputStream(), args);
    }

    @BeforeAll
    static void twoArticlesWithReviewedClaims() {
        db = dir.resolve("options.db");
        other = dir.resolve("other.db");
        AppServices app = AppServices.open(db, Clock.systemUTC());
        first = article(
                app,
                "Sales rose from 19 percent in 2022 to 64 percent in 2024, the firm said.\n"
                        + "=1+2 robots were sold in March, according to the trade body.\n"
                        + "The company holds a 60 percent share of the global market.");
        second = article(app, "The tower is 330 metres tall and was the tallest in the world in 1889.");
        long falseLabel =
                app.scales().defaultScale().labelByCode("FALSE").orElseThrow().id();
        List<Claim> manual = app.claims().listByArticle(first).stream()
                .filter(c -> c.state() != dev.claimdesk.domain.ClaimState.DISMISSED)
                .toList();
        for (Claim c : manual) {
            if (c.state() == dev.claimdesk.domain.ClaimState.PROPOSED) {
                app.claims().act(c.id(), ClaimAction.ACCEPT, null, null, "Ada");
            }
            app.claims().setVerdict(c.id(), falseLabel, "The records say otherwise.", "Ada");
        }
        Claim approved = manual.get(0);
        app.claims().act(approved.id(), ClaimAction.SUBMIT_FOR_REVIEW, null, null, "Ada");
        app.claims().act(approved.id(), ClaimAction.APPROVE, "Agreed", null, "Grace");
        AppServices.open(other, Clock.systemUTC());
    }

    private static long article(AppServices app, String body) {
        long id = app.articles()
                .importText(
                        body,
                        ArticleFormat.PASTE,
                        new ArticleMetadata(
                                "Title " + body.length(),
                                "Outlet",
                                null,
                                "https://news.example/a",
                                LocalDate.of(2025, 2, 11)),
                        "en",
                        "Ada")
                .article()
                .id();
        // every line a claim, whatever the detector proposed
        for (Claim c : app.claims().listByArticle(id)) {
            app.claims()
                    .act(c.id(), ClaimAction.DISMISS, null, dev.claimdesk.domain.DismissReason.NOT_SIGNIFICANT, "Ada");
        }
        int offset = 0;
        for (String line : body.split("\n")) {
            app.claims().addManual(id, offset, offset + line.length(), "Ada");
            offset += line.length() + 1;
        }
        return id;
    }

    /** One option: the command without it, with it, and what must differ. */
    record Case(String option, List<String> without, List<String> with, BiConsumer<Run, Run> differs) {
        @Override
        public String toString() {
            return option;
        }
    }

    static Stream<Case> exportOptions() throws IOException {
        String d = db.toString();
        Path out = dir.resolve("out.csv");
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(
                "export --article",
                List.of("--db", d, "export", "csv"),
                List.of("--db", d, "export", "csv", "--article", Long.toString(second)),
                (a, b) -> {
                    assertThat(a.csv()).extracting(r -> r.get("article_id")).contains(Long.toString(first));
                    assertThat(b.csv())
                            .isNotEmpty()
                            .allSatisfy(r -> assertThat(r.get("article_id")).isEqualTo(Long.toString(second)));
                }));
        cases.add(new Case(
                "export --state",
                List.of("--db", d, "export", "csv"),
                List.of("--db", d, "export", "csv", "--state", "approved"),
                (a, b) -> {
                    assertThat(a.csv()).extracting(r -> r.get("state")).contains("OPEN", "DISMISSED");
                    assertThat(b.csv())
                            .hasSize(1)
                            .allSatisfy(r -> assertThat(r.get("state")).isEqualTo("APPROVED"));
                }));
        cases.add(new Case(
                "export --search",
                List.of("--db", d, "export", "csv"),
                List.of("--db", d, "export", "csv", "--search", "tallest world"),
                (a, b) -> {
                    assertThat(a.csv().size()).isGreaterThan(1);
                    assertThat(b.csv())
                            .isNotEmpty()
                            .allSatisfy(r -> assertThat(r.get("claim_text")).contains("tallest in the world"));
                    assertThat(b.csv().size()).isLessThan(a.csv().size());
                }));
        java.util.List<String> two =
                dev.claimdesk.app.AppServices.open(db, java.time.Clock.systemUTC())
                        .claims()
                        .listByArticle(first)
                        .stream()
                        .limit(2)
                        .map(c -> Long.toString(c.id()))
                        .toList();
        cases.add(new Case(
                "export --claim",
                List.of("--db", d, "export", "csv"),
                List.of("--db", d, "export", "csv", "--claim", two.get(0), "--claim", two.get(1)),
                (a, b) -> {
                    assertThat(a.csv().size()).isGreaterThan(2);
                    assertThat(b.csv()).extracting(r -> r.get("claim_id")).containsExactlyInAnyOrderElementsOf(two);
                }));
        cases.add(new Case(
                "export --claim (commas)",
                List.of("--db", d, "export", "csv", "--claim", two.get(0)),
                List.of("--db", d, "export", "csv", "--claim", two.get(0) + "," + two.get(1)),
                (a, b) -> {
                    assertThat(a.csv()).extracting(r -> r.get("claim_id")).containsExactly(two.get(0));
                    assertThat(b.csv()).extracting(r -> r.get("claim_id")).containsExactlyInAnyOrderElementsOf(two);
                }));
        cases.add(new Case(
                "export --search (no match)",
                List.of("--db", d, "export", "csv"),
                List.of("--db", d, "export", "csv", "--search", "zzzznotthere"),
                (a, b) -> {
                    assertThat(a.csv()).isNotEmpty();
                    assertThat(b.csv()).isEmpty();
                }));
        cases.add(new Case(
                "export --out",
                List.of("--db", d, "export", "csv"),
                List.of("--db", d, "export", "csv", "--out", out.toString()),
                (a, b) -> {
                    assertThat(b.stdout()).isEmpty();
                    try {
                        assertThat(Files.readAllBytes(out)).isEqualTo(a.stdout());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
        cases.add(new Case(
                "export --bom",
                List.of("--db", d, "export", "csv"),
                List.of("--db", d, "export", "csv", "--bom"),
                (a, b) -> {
                    assertThat(a.out()).doesNotStartWith("\uFEFF");
                    assertThat(b.out()).isEqualTo("\uFEFF" + a.out());
                }));
        cases.add(new Case(
                "export --raw",
                List.of("--db", d, "export", "csv"),
                List.of("--db", d, "export", "csv", "--raw"),
                (a, b) -> {
                    assertThat(a.csv())
                            .extracting(r -> r.get("claim_text"))
                            .contains("'=1+2 robots were sold in March, according to the trade body.");
                    assertThat(b.csv())
                            .extracting(r -> r.get("claim_text"))
                            .contains("=1+2 robots were sold in March, according to the trade body.");
                }));
        List<String> review = List.of(
                "--db",
                d,
                "export",
                "claimreview",
                "--org-name",
                "Desk",
                "--org-url",
                "https://org.example",
                "--url-pattern",
                "https://desk.example/c/{claim_id}");
        for (int i = 4; i < review.size(); i += 2) {
            List<String> without = new ArrayList<>(review);
            without.remove(i + 1);
            without.remove(i);
            String option = review.get(i);
            String value = review.get(i + 1);
            cases.add(new Case("export claimreview " + option, without, review, (a, b) -> {
                String expected = value.replace("{claim_id}", "");
                assertThat(a.out()).doesNotContain(expected);
                assertThat(b.out()).contains(expected);
            }));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exportOptions")
    void everyExportOptionChangesTheOutput(Case c) {
        Run without = run(c.without().toArray(String[]::new));
        Run with = run(c.with().toArray(String[]::new));
        assertThat(with.err()).doesNotContain("Exception");
        c.differs().accept(without, with);
    }

    static Stream<Case> readingOptions() {
        String d = db.toString();
        return Stream.of(
                new Case(
                        "claims --format",
                        List.of("--db", d, "claims", Long.toString(second)),
                        List.of("--db", d, "claims", Long.toString(second), "--format", "tsv"),
                        (a, b) -> {
                            assertThat(json(a.out())).isTrue();
                            assertThat(json(b.out())).isFalse();
                            assertThat(b.out().lines().findFirst().orElseThrow())
                                    .contains("\t");
                        }),
                new Case("--db", List.of("--db", other.toString(), "check"), List.of("--db", d, "check"), (a, b) -> {
                    assertThat(a.out()).contains("0 articles");
                    assertThat(b.out()).contains("2 articles");
                }),
                new Case(
                        "check FILE",
                        List.of("--db", other.toString(), "check"),
                        List.of("--db", other.toString(), "check", d),
                        (a, b) -> {
                            assertThat(a.out()).contains("0 articles");
                            assertThat(b.out()).contains("2 articles");
                        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readingOptions")
    void everyReadingOptionChangesTheOutput(Case c) {
        c.differs().accept(run(c.without().toArray(String[]::new)), run(c.with().toArray(String[]::new)));
    }

    static Stream<Object[]> importOptions() {
        return Stream.of(
                new Object[] {"--title", "A chosen title", (java.util.function.Function<Article, Object>) a -> a.title()
                },
                new Object[] {
                    "--outlet", "Chosen Outlet", (java.util.function.Function<Article, Object>) a -> a.outlet()
                },
                new Object[] {
                    "--author", "Chosen Author", (java.util.function.Function<Article, Object>) a -> a.author()
                },
                new Object[] {
                    "--url", "https://chosen.example/x", (java.util.function.Function<Article, Object>) a -> a.url()
                },
                new Object[] {
                    "--published",
                    "2024-05-06",
                    (java.util.function.Function<Article, Object>) a -> String.valueOf(a.publishedOn())
                },
                new Object[] {
                    "--as", "Chosen Importer", (java.util.function.Function<Article, Object>) a -> a.importedBy()
                });
    }

    @ParameterizedTest(name = "import {0}")
    @MethodSource("importOptions")
    void everyImportOptionChangesTheArticle(
            String option, String value, java.util.function.Function<Article, Object> field) throws IOException {
        Path file = dir.resolve("in" + option.substring(2) + ".txt");
        Files.writeString(file, "Exports rose 12 percent in 2024, the ministry said " + option + ".\n");
        Path without = dir.resolve("without" + option.substring(2) + ".db");
        Path with = dir.resolve("with" + option.substring(2) + ".db");
        assertThat(run("--db", without.toString(), "import", file.toString()).exit())
                .isZero();
        assertThat(run("--db", with.toString(), "import", file.toString(), option, value)
                        .exit())
                .isZero();
        Object a = field.apply(
                AppServices.open(without, Clock.systemUTC()).articles().list().get(0));
        Object b = field.apply(
                AppServices.open(with, Clock.systemUTC()).articles().list().get(0));
        assertThat(b).isEqualTo(value);
        assertThat(a).isNotEqualTo(value);
    }

    @Test
    void extractFormatAndScoreInputChangeTheOutput() throws IOException {
        Path file = dir.resolve("score.txt");
        Files.writeString(file, "Sales rose 40 percent in 2024.\nI think it is lovely.\n");
        Run json = run("extract", file.toString());
        Run tsv = run("extract", file.toString(), "--format", "tsv");
        assertThat(json(json.out())).isTrue();
        assertThat(json(tsv.out())).isFalse();
        assertThat(tsv.out().lines().findFirst().orElseThrow()).contains("\t");

        Run fromFile = run("score", file.toString());
        Run fromStdin = run(new ByteArrayInputStream("One line only.\n".getBytes(StandardCharsets.UTF_8)), "score");
        assertThat(fromFile.out().lines()).hasSize(2);
        assertThat(fromStdin.out().lines()).hasSize(1);
    }

    @Test
    void scoreReadsAFileThatIsNotUtf8AsItReadsStandardInput() throws IOException {
        byte[] latin1 = "Caf\u00e9 sales rose 40 percent in 2024.\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = dir.resolve("latin1.txt");
        Files.write(file, latin1);
        Run fromFile = run("score", file.toString());
        Run fromStdin = run(new ByteArrayInputStream(latin1), "score");
        assertThat(fromFile.exit()).isZero();
        assertThat(fromFile.err()).isEmpty();
        assertThat(fromFile.out()).isEqualTo(fromStdin.out()).isNotBlank();
    }

    @Test
    void aSearchOfPunctuationAloneIsRefusedAsAUsageError() {
        for (String q : List.of("\"", "*", "(", "---", "\u0000")) {
            Run r = run("--db", db.toString(), "export", "csv", "--search", q);
            assertThat(r.exit()).as(q).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).as(q).startsWith("claimdesk: --search needs at least one word");
            assertThat(r.stdout()).isEmpty();
        }
    }

    @Test
    void usageErrorsSayOnePlainSentenceAndWhereToLook() {
        Run r = run("export", "csv", "--no-such-option");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().lines().findFirst().orElseThrow())
                .startsWith("claimdesk: Unknown option: '--no-such-option'");
        assertThat(r.err()).contains("claimdesk export --help").doesNotContain("Usage:");
    }

    private static boolean json(String s) {
        try {
            new ObjectMapper().readTree(s);
            return s.strip().startsWith("{") || s.strip().startsWith("[");
        } catch (IOException e) {
            return false;
        }
    }
}
