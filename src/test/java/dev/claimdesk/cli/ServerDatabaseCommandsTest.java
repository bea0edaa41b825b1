package dev.claimdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.DemoArticle;
import dev.claimdesk.domain.TeamRole;
import dev.claimdesk.store.postgres.ServerSetup;
import dev.claimdesk.testsupport.PgDatabase;
import dev.claimdesk.testsupport.PostgresTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The commands that work on a database, pointed at a team server with --db or CLAIMDESK_DB. */
@PostgresTest
class ServerDatabaseCommandsTest {
    static final String PASSWORD = "password-for-tests";
    static PgDatabase db;

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    @BeforeAll
    static void setUp(PgDatabase database) {
        db = database;
        ServerSetup setup = ServerSetup.on(db.ownerLogin());
        setup.init();
        setup.addReviewer(db.login("ada"), TeamRole.REVIEWER, PASSWORD.toCharArray());
        setup.addReviewer(db.login("eve"), TeamRole.EDITOR, PASSWORD.toCharArray());
    }

    Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        int exit = new Cli(p -> {}, new PrintWriter(out), new PrintWriter(err))
                .withStdout(raw)
                .withEnvironment(env)
                .withDataDir(dir.resolve("data"))
                .withInput(new ByteArrayInputStream(new byte[0]))
                .execute(args);
        return new Run(exit, out + raw.toString(StandardCharsets.UTF_8), err.toString());
    }

    static Map<String, String> ada() {
        return Map.of("PGPASSWORD", PASSWORD);
    }

    @Test
    void importListAndExportWorkOnTheServerAsTheSignedInLogin() throws IOException {
        Path article = Files.writeString(dir.resolve("demo.txt"), DemoArticle.text());
        String server = db.address(db.login("ada"));

        Run imported = run(ada(), "--db", server, "import", "--as", "somebody-else", article.toString());
        assertThat(imported.err()).isEmpty();
        assertThat(imported.exit()).isZero();
        String articleId = imported.out().strip();

        Run claims =
                run(Map.of("PGPASSWORD", PASSWORD, "CLAIMDESK_DB", server), "claims", articleId, "--format", "tsv");
        assertThat(claims.exit()).isZero();
        List<String> lines = claims.out().lines().toList();
        assertThat(lines.get(0)).startsWith("id\tstart\tend\tstate");
        assertThat(lines.size()).isGreaterThan(1);
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.split("\t")[3].equals("PROPOSED"));

        Run csv = run(ada(), "--db", server, "export", "csv", "--article", articleId);
        assertThat(csv.exit()).isZero();
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(csv.out().replace("\uFEFF", "")))
                .getRecords();
        assertThat(rows).hasSize(lines.size() - 1);
        assertThat(rows)
                .allMatch(r ->
                        r.get("article_id").equals(articleId) && r.get("state").equals("PROPOSED"));

        try (var c = db.connect(db.login("ada"), PASSWORD);
                var rs = c.createStatement().executeQuery("SELECT DISTINCT imported_by FROM article")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(db.login("ada"));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theWholeReviewJourneyFromTheCommandLineWithApprovalByAnotherLogin() throws IOException {
        Path article =
                Files.writeString(dir.resolve("journey.txt"), DemoArticle.text().replace("Nordhaven", "Sudhaven"));
        String asAda = db.address(db.login("ada"));
        String asEve = db.address(db.login("eve"));
        String articleId =
                run(ada(), "--db", asAda, "import", article.toString()).out().strip();
        String claimId = run(ada(), "--db", asAda, "claims", articleId, "--format", "tsv")
                .out()
                .lines()
                .skip(1)
                .findFirst()
                .orElseThrow()
                .split("\t")[0];
        String dismissedId = run(ada(), "--db", asAda, "claims", articleId, "--format", "tsv")
                .out()
                .lines()
                .skip(2)
                .findFirst()
                .orElseThrow()
                .split("\t")[0];

        assertThat(run(ada(), "--db", asAda, "act", claimId, "accept").out()).isEqualTo(claimId + "\tOPEN\n");
        Run dismissed = run(ada(), "--db", asAda, "act", dismissedId, "dismiss", "--reason", "prediction");
        assertThat(dismissed.out()).isEqualTo(dismissedId + "\tDISMISSED\n");
        Run evidence = run(
                ada(),
                "--db",
                asAda,
                "add-evidence",
                claimId,
                "--stance",
                "refutes",
                "--reliability",
                "B",
                "--url",
                "https://stats.example.org/b",
                "--title",
                "Battery register",
                "--quote",
                "1.2 GWh",
                "--publisher",
                "Statistics office");
        assertThat(evidence.err()).isEmpty();
        assertThat(run(ada(), "--db", asAda, "verdict", claimId, "false", "--rationale", "The register says 1.2 GWh.")
                        .out())
                .isEqualTo(claimId + "\tIN_RESEARCH\tFALSE\n");
        assertThat(run(ada(), "--db", asAda, "act", claimId, "submit_for_review")
                        .out())
                .isEqualTo(claimId + "\tREADY_FOR_REVIEW\n");
        Run own = run(ada(), "--db", asAda, "act", claimId, "approve");
        assertThat(own.exit()).isNotZero();
        assertThat(own.err()).startsWith("claimdesk: ").doesNotContain("Exception");
        Run approved =
                run(Map.of("PGPASSWORD", PASSWORD), "--db", asEve, "act", claimId, "approve", "--comment", "Agreed.");
        assertThat(approved.err()).isEmpty();
        assertThat(approved.out()).isEqualTo(claimId + "\tAPPROVED\n");

        Run csv = run(ada(), "--db", asAda, "export", "csv", "--article", articleId);
        CSVRecord row = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(csv.out()))
                .stream()
                .filter(r -> r.get("claim_id").equals(claimId))
                .findFirst()
                .orElseThrow();
        assertThat(row.get("state")).isEqualTo("APPROVED");
        assertThat(row.get("verdict")).isEqualTo("False");
        assertThat(row.get("rationale")).isEqualTo("The register says 1.2 GWh.");
        assertThat(row.get("reviewer")).isEqualTo(db.login("ada"));
        assertThat(row.get("approved_by")).isEqualTo(db.login("eve"));
        assertThat(row.get("refuting")).isEqualTo("1");

        try (var c = db.connect(db.login("ada"), PASSWORD);
                var st = c.createStatement()) {
            var rs =
                    st.executeQuery("SELECT url, title, quote, publisher, stance, reliability, created_by FROM evidence"
                            + " WHERE claim_id = " + claimId);
            rs.next();
            assertThat(List.of(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7)))
                    .containsExactly(
                            "https://stats.example.org/b",
                            "Battery register",
                            "1.2 GWh",
                            "Statistics office",
                            "REFUTES",
                            "B",
                            db.login("ada"));
            rs = st.executeQuery("SELECT rationale FROM review WHERE kind = 'APPROVAL' AND claim_id = " + claimId);
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("Agreed.");
            rs = st.executeQuery("SELECT dismiss_reason FROM claim WHERE id = " + dismissedId);
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("PREDICTION");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"backup", "backups", "check"})
    void fileOnlyCommandsSayWhatToUseOnAServer(String command) {
        Run r = run(ada(), "--db", db.address(db.login("ada")), command);
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("is a team server").contains("pg_dump").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "gui"})
    void theWindowOpensOnTheServerOfTheCommandLine(String command) {
        String address = db.address(db.login("ada"));
        String[] args = command.isEmpty() ? new String[] {"--db", address} : new String[] {"--db", address, command};
        java.util.List<dev.claimdesk.domain.ServerAddress> started = new java.util.ArrayList<>();
        dev.claimdesk.app.GuiStarter gui = new dev.claimdesk.app.GuiStarter() {
            @Override
            public void start(dev.claimdesk.app.AppPaths paths) {
                throw new AssertionError("a file window was started for " + paths.database());
            }

            @Override
            public void startOnServer(dev.claimdesk.app.AppPaths paths, dev.claimdesk.domain.ServerAddress server) {
                started.add(server);
            }
        };
        StringWriter err = new StringWriter();
        Cli cli = new Cli(gui, new PrintWriter(new StringWriter()), new PrintWriter(err))
                .withEnvironment(ada())
                .withDataDir(dir.resolve("data"));
        int exit = cli.execute(args);
        assertThat(exit).as(err.toString()).isZero();
        assertThat(cli.guiStarted()).isTrue();
        assertThat(started).containsExactly(dev.claimdesk.domain.ServerAddress.parse(address));
    }

    @Test
    void aWrongPasswordIsOnePlainSentence() {
        Run r = run(Map.of("PGPASSWORD", "not the password"), "--db", db.address(db.login("ada")), "claims", "1");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err())
                .startsWith("claimdesk: The server at ")
                .contains("refused " + db.login("ada"))
                .doesNotContain("Exception")
                .doesNotContain("FATAL");
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @Test
    void aLoginThatIsNoReviewerOfTheDeskIsToldSo() {
        Run r = run(Map.of("PGPASSWORD", db.ownerPassword()), "--db", db.address(db.owner()), "claims", "1");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("is not a reviewer of " + db.name());
    }
}
