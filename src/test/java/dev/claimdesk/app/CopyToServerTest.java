package dev.claimdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.cli.Cli;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.DismissReason;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.Reliability;
import dev.claimdesk.domain.ServerAddress;
import dev.claimdesk.domain.SourceType;
import dev.claimdesk.domain.Stance;
import dev.claimdesk.domain.TeamRole;
import dev.claimdesk.store.postgres.ServerLogin;
import dev.claimdesk.store.postgres.ServerSetup;
import dev.claimdesk.testsupport.PgDatabase;
import dev.claimdesk.testsupport.PostgresTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimdesk copy}: a reviewed desk moved to a team server exports the same CSV (issue 13, item 5). */
@PostgresTest
class CopyToServerTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00.123456Z"), ZoneOffset.UTC);
    static final String PASSWORD = "password-for-tests";
    static PgDatabase server;

    @TempDir
    Path dir;

    @BeforeAll
    static void server(PgDatabase db) {
        server = db;
    }

    record Run(int exit, String out, String err) {}

    Run cli(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new Cli(p -> {}, new PrintWriter(out), new PrintWriter(err))
                .withEnvironment(env)
                .withDataDir(dir.resolve("data"))
                .withClock(CLOCK)
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** A scanned register page (seeded bytes), attached to the first evidence item and then deleted. */
    private Path attachment() {
        try {
            byte[] bytes = new byte[150_000];
            new java.util.Random(13).nextBytes(bytes);
            return java.nio.file.Files.write(dir.resolve("register-page.pdf"), bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The sample article with every claim decided: approved by a second person, dismissed, a duplicate. */
    private Path reviewedDesk() {
        Path file = dir.resolve("desk.db");
        AppServices app = AppServices.open(new AppPaths(dir.resolve("data"), file), CLOCK);
        app.reviewers().findOrCreate("ada", "A");
        app.reviewers().findOrCreate("eve", "E");
        long article = DemoArticle.importInto(app.articles(), "ada").article().id();
        List<Claim> claims = app.claims().listByArticle(article);
        long falseLabel =
                app.scales().defaultScale().labelByCode("FALSE").orElseThrow().id();
        for (int i = 0; i < claims.size(); i++) {
            long id = claims.get(i).id();
            if (i == claims.size() - 1) {
                app.claims().act(id, ClaimAction.DISMISS, null, DismissReason.OPINION, "ada");
                continue;
            }
            if (i == claims.size() - 2) {
                app.claims().markDuplicate(id, claims.get(claims.size() - 1).id(), "ada");
                continue;
            }
            app.claims().act(id, ClaimAction.ACCEPT, null, null, "ada");
            app.evidence()
                    .add(
                            new Evidence(
                                    0,
                                    id,
                                    "https://stats.example.org/" + i,
                                    "Register " + i,
                                    "Statistics office",
                                    LocalDate.of(2026, 3, 1),
                                    LocalDate.of(2026, 3, 9),
                                    "Quoted \"passage\", with a comma",
                                    i % 2 == 0 ? Stance.REFUTES : Stance.SUPPORTS,
                                    SourceType.PRIMARY,
                                    Reliability.B,
                                    "note " + i,
                                    i == 0 ? attachment().toString() : null,
                                    null,
                                    "ada",
                                    CLOCK.instant()),
                            "ada");
            app.claims().setChecked(id, "Searched for earlier instances?", true, "ada");
            app.claims().setVerdict(id, falseLabel, "Rationale " + i + " ∑ ünïcode", "ada");
            app.claims().act(id, ClaimAction.SUBMIT_FOR_REVIEW, null, null, "ada");
            app.claims().act(id, ClaimAction.APPROVE, "Agreed.", null, "eve");
        }
        return file;
    }

    private static String export(AppServices app, ExportService.Kind kind) {
        StringWriter out = new StringWriter();
        app.exports().export(new ExportService.Options(kind, 0, false, false, null, null, null), out);
        return out.toString();
    }

    private static boolean sameJson(String a, String b) throws java.io.IOException {
        if (a == null || b == null) {
            return a == b;
        }
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.Comparator<com.fasterxml.jackson.databind.JsonNode> byValue = (x, y) -> {
            if (x.isNumber() && y.isNumber()) {
                return x.decimalValue().compareTo(y.decimalValue());
            }
            return x.equals(y) ? 0 : 1;
        };
        return m.readTree(a).equals(byValue, m.readTree(b));
    }

    @Test
    void aCopiedDeskExportsTheSameCsvFromTheServerAsFromTheFile() throws Exception {
        Path file = reviewedDesk();
        java.nio.file.Files.delete(dir.resolve("register-page.pdf")); // kept in the database at attaching
        PgDatabase target = server.another("copy");
        ServerSetup.on(target.ownerLogin()).init();
        ServerSetup.on(target.ownerLogin()).addReviewer(target.login("rae"), TeamRole.REVIEWER, PASSWORD.toCharArray());

        Run copied = cli(
                Map.of("PGPASSWORD", target.ownerPassword()),
                "copy",
                "--from",
                file.toString(),
                "--to",
                target.address(target.owner()));
        assertThat(copied.err()).isEmpty();
        assertThat(copied.exit()).isZero();
        assertThat(copied.out()).contains("counts and checksums verified").contains(" claim, ");

        AppServices fromFile = AppServices.open(new AppPaths(dir.resolve("data"), file), CLOCK);
        AppServices fromServer = AppServices.openServer(
                ServerLogin.of(ServerAddress.parse(target.address(target.login("rae"))), PASSWORD.toCharArray()),
                new AppPaths(dir.resolve("data2"), dir.resolve("unused.db")),
                CLOCK);
        String fileCsv = export(fromFile, ExportService.Kind.CSV);
        assertThat(fileCsv.lines().count()).isGreaterThan(3);
        assertThat(export(fromServer, ExportService.Kind.CSV)).isEqualTo(fileCsv);
        assertThat(export(fromServer, ExportService.Kind.EVIDENCE))
                .isEqualTo(export(fromFile, ExportService.Kind.EVIDENCE));
        // The local copy travelled in the database: its file is gone from this computer.
        assertThat(dir.resolve("register-page.pdf")).doesNotExist();
        Evidence attached = fromServer
                .evidence()
                .listByClaim(fromServer.claims().listByArticle(1).get(0).id())
                .stream()
                .filter(e -> e.attachmentSha256() != null)
                .findFirst()
                .orElseThrow();
        byte[] expected = new byte[150_000];
        new java.util.Random(13).nextBytes(expected);
        assertThat(fromServer.evidence().localCopy(attached).orElseThrow().content())
                .isEqualTo(expected);
        long claimId = fromFile.claims().listByArticle(1).get(0).id();
        // The history's JSON is the same content; jsonb writes it its own way (key order, spaces, 4.6E9).
        List<dev.claimdesk.domain.AuditEvent> serverHistory =
                fromServer.claims().history(claimId);
        List<dev.claimdesk.domain.AuditEvent> fileHistory = fromFile.claims().history(claimId);
        assertThat(serverHistory).hasSameSizeAs(fileHistory);
        for (int i = 0; i < fileHistory.size(); i++) {
            var a = fileHistory.get(i);
            var b = serverHistory.get(i);
            assertThat(List.of(b.id(), b.at(), b.actor(), b.entity(), b.entityId(), b.action()))
                    .isEqualTo(List.of(a.id(), a.at(), a.actor(), a.entity(), a.entityId(), a.action()));
            assertThat(sameJson(a.before(), b.before()))
                    .as("before of " + a.action())
                    .isTrue();
            assertThat(sameJson(a.after(), b.after()))
                    .as("after of " + a.action())
                    .isTrue();
        }
        assertThat(fromServer.claims().get(claimId)).isEqualTo(fromFile.claims().get(claimId));

        // The rules are on again, and new rows get new ids.
        long article = fromServer.articles().list().get(0).id();
        Claim added = fromServer.claims().addManual(article, 0, 10, "rae");
        assertThat(fromServer.claims().get(added.id()).createdBy()).isEqualTo(target.login("rae"));
        assertThat(added.id())
                .isGreaterThan(fromFile.claims().listByArticle(article).stream()
                        .mapToLong(Claim::id)
                        .max()
                        .orElseThrow());
        assertThat(fromServer.claims().get(added.id()).state()).isEqualTo(ClaimState.OPEN);

        Run again = cli(
                Map.of("PGPASSWORD", target.ownerPassword()),
                "copy",
                "--from",
                file.toString(),
                "--to",
                target.address(target.owner()));
        assertThat(again.exit()).isNotZero();
        assertThat(again.err()).contains("is not empty").contains("Nothing was copied");
    }

    @Test
    void onlyTheOwnerCopiesAndAMissingFileIsSaidSo() throws Exception {
        Path file = reviewedDesk();
        PgDatabase target = server.another("notowner");
        ServerSetup.on(target.ownerLogin()).init();
        ServerSetup.on(target.ownerLogin()).addReviewer(target.login("rae"), TeamRole.REVIEWER, PASSWORD.toCharArray());

        Run reviewer = cli(
                Map.of("PGPASSWORD", PASSWORD),
                "copy",
                "--from",
                file.toString(),
                "--to",
                target.address(target.login("rae")));
        assertThat(reviewer.exit()).isNotZero();
        assertThat(reviewer.err()).contains("as the owner of " + target.name());
        try (var c = target.asOwner();
                var rs = c.createStatement().executeQuery("SELECT count(*) FROM claim")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }

        Run missing = cli(
                Map.of("PGPASSWORD", target.ownerPassword()),
                "copy",
                "--from",
                dir.resolve("nothing.db").toString(),
                "--to",
                target.address(target.owner()));
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.err()).contains("There is no database file");
    }
}
