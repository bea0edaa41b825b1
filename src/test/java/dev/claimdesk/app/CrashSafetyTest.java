package dev.claimdesk.app;

import static dev.claimdesk.app.CrashFixtures.assertIntegrityOk;
import static dev.claimdesk.app.CrashFixtures.exportTempFiles;
import static dev.claimdesk.app.CrashFixtures.journalEntries;
import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.AuditEvent;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.ReviewKind;
import dev.claimdesk.extraction.ClaimDetector;
import dev.claimdesk.store.DatabaseHealth;
import dev.claimdesk.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a second JVM with SIGKILL at seeded random moments while it edits, imports or exports
 * through the app services, then checks what design.md section 7 promises: nothing it reported
 * committed is lost (with its audit row), the file passes {@code PRAGMA integrity_check}, no half
 * article and no half export exist, and the next start removes the export's temporary file. The
 * seed and the moment of the kill are in every message; {@code -Dcrash.seed=N} draws other moments.
 */
class CrashSafetyTest {
    static final long SEED = Long.getLong("crash.seed", 20261201L);

    @TempDir
    Path dir;

    AppPaths paths;

    private AppPaths paths() {
        if (paths == null) {
            paths = new AppPaths(dir.resolve("data"), dir.resolve("crash.db"));
        }
        return paths;
    }

    private AppServices open() {
        return AppServices.open(paths(), Clock.systemUTC());
    }

    @Test
    void everyEditReportedCommittedSurvivesAKillWithItsAuditRow() throws Exception {
        Random random = new Random(SEED);
        long articleId = open().articles()
                .importText(
                        KilledProcessMain.articleText(SEED, 30_000), ArticleFormat.PASTE, meta("Edits"), "en", "Ada")
                .article()
                .id();
        List<String> committed = new ArrayList<>();
        for (int trial = 0; trial < 10; trial++) {
            int edits = 1 + random.nextInt(24);
            int extraMillis = random.nextInt(15);
            String moment = "seed " + SEED + ", trial " + trial + ", killed " + extraMillis + " ms after edit " + edits;
            try (ChildJvm child = start("edit", String.valueOf(articleId), "t" + trial)) {
                child.awaitLine("ready");
                for (int i = 0; i < edits; i++) {
                    child.awaitLine(
                            l -> l.startsWith("accept ") || l.startsWith("evidence ") || l.startsWith("verdict "));
                }
                TimeUnit.MILLISECONDS.sleep(extraMillis);
                child.killAndDrain().stream().filter(l -> !l.equals("ready")).forEach(committed::add);
            }
            assertThat(committed).as("the child ran out of claims to edit").doesNotContain("finished");
            assertIntegrityOk(paths().database(), moment);
            assertEditsPresent(open(), articleId, committed, moment);
        }
    }

    private static void assertEditsPresent(AppServices app, long articleId, List<String> committed, String moment) {
        for (String line : committed) {
            String[] f = line.split(" ");
            long claimId = Long.parseLong(f[1]);
            List<AuditEvent> history = app.claims().history(claimId);
            String what = line + " (" + moment + ")";
            switch (f[0]) {
                case "accept" -> {
                    assertThat(app.claims().get(claimId).state()).as(what).isNotEqualTo(ClaimState.PROPOSED);
                    assertThat(history).as(what).anyMatch(e -> e.action().equals("accept"));
                }
                case "evidence" -> {
                    assertThat(app.evidence().listByClaim(claimId))
                            .as(what)
                            .anyMatch(e ->
                                    e.id() == Long.parseLong(f[2]) && e.quote().equals(f[3]));
                    assertThat(history).as(what).anyMatch(e -> isEvent(e, "add evidence", f[3]));
                }
                case "verdict" -> {
                    assertThat(app.claims().reviews(claimId))
                            .as(what)
                            .anyMatch(r -> r.kind() == ReviewKind.PROPOSAL
                                    && r.rationale().equals(f[2]));
                    assertThat(history).as(what).anyMatch(e -> isEvent(e, "set verdict", f[2]));
                }
                default -> throw new AssertionError("unexpected line from the child: " + what);
            }
        }
        // The edit in flight at the kill is all there or not at all: never a change without its history.
        for (Claim c : app.claims().listByArticle(articleId)) {
            List<AuditEvent> history = app.claims().history(c.id());
            if (c.state() != ClaimState.PROPOSED) {
                assertThat(history)
                        .as("claim " + c.id() + ", " + moment)
                        .anyMatch(e -> e.action().equals("accept"));
            }
            for (Evidence e : app.evidence().listByClaim(c.id())) {
                assertThat(history)
                        .as("evidence " + e.id() + ", " + moment)
                        .anyMatch(h -> isEvent(h, "add evidence", e.quote()));
            }
            if (c.rationale() != null) {
                assertThat(history)
                        .as("verdict of " + c.id() + ", " + moment)
                        .anyMatch(h -> isEvent(h, "set verdict", c.rationale()));
            }
        }
    }

    private static boolean isEvent(AuditEvent e, String action, String token) {
        return e.action().equals(action) && e.after() != null && e.after().contains("\"" + token + "\"");
    }

    @Test
    void anImportKilledHalfWayLeavesTheWholeArticleOrNothing() throws Exception {
        Random random = new Random(SEED);
        long millis = timedChildImport();
        Map<Long, Long> proposals = new HashMap<>();
        int interrupted = 0;
        for (int trial = 0; trial < 5; trial++) {
            long seed = SEED + 100L * (trial + 1);
            int delay = random.nextInt((int) (millis * 3 / 2) + 1);
            String moment = "seed " + SEED + ", trial " + trial + ", killed " + delay + " ms into the import";
            List<String> lines;
            // More articles than the child can import before the latest kill moment.
            try (ChildJvm child = start("import", String.valueOf(seed), "10")) {
                child.awaitLine("ready");
                child.awaitLine("begin " + seed);
                TimeUnit.MILLISECONDS.sleep(delay);
                lines = child.killAndDrain();
            }
            assertIntegrityOk(paths().database(), moment);
            AppServices app = open();
            List<Article> articles = app.articles().list();
            for (String line :
                    lines.stream().filter(l -> l.startsWith("committed ")).toList()) {
                long id = Long.parseLong(line.split(" ")[2]);
                assertThat(articles).as(line + ", " + moment).anyMatch(a -> a.id() == id);
            }
            if (lines.get(lines.size() - 1).startsWith("begin ")) {
                interrupted++;
            }
            for (Article a : articles) {
                long articleSeed = Long.parseLong(a.title().substring("Generated ".length()));
                long expected = proposals.computeIfAbsent(articleSeed, CrashSafetyTest::proposedClaims);
                assertThat(app.claims().listByArticle(a.id()))
                        .as("claims of " + a.title() + ", " + moment)
                        .hasSize((int) expected);
            }
            DatabaseHealth health = Store.check(paths().database());
            assertThat(health.auditEvents())
                    .as("one audit row per article and per claim, " + moment)
                    .isEqualTo(health.articles() + health.claims());
        }
        assertThat(interrupted)
                .as("kills that landed during an import (seed %d)", SEED)
                .isPositive();
    }

    /** Lets one child import an article to the end: how long that takes, to spread the kills over one. */
    private long timedChildImport() throws Exception {
        try (ChildJvm child = start("import", String.valueOf(SEED), "1")) {
            child.awaitLine("ready");
            child.awaitLine("begin " + SEED);
            long t0 = System.nanoTime();
            child.awaitLine(l -> l.startsWith("committed " + SEED + " "));
            return Math.max(1, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
        }
    }

    private static long proposedClaims(long seed) {
        return ClaimDetector.analyse(KilledProcessMain.articleText(seed, KilledProcessMain.IMPORT_CHARS)).stream()
                .filter(d -> d.proposed())
                .count();
    }

    @Test
    void anExportKilledHalfWayLeavesNoPartialFileAndTheNextStartRemovesItsTemporaryFile() throws Exception {
        Random random = new Random(SEED);
        CrashFixtures.largeDatabase(paths(), 40_000);
        Path reference = dir.resolve("reference.csv");
        long t0 = System.nanoTime();
        open().exports().exportToFile(csv(), reference);
        long millis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
        Path folder = Files.createDirectories(dir.resolve("out"));
        Path target = folder.resolve("claims.csv");
        int leftBehind = 0;
        for (int trial = 0; trial < 5; trial++) {
            int delay = random.nextInt((int) (millis * 3 / 2) + 1);
            String moment = "seed " + SEED + ", trial " + trial + ", killed " + delay + " ms into an export";
            try (ChildJvm child = start("export", target.toString())) {
                child.awaitLine("ready");
                child.awaitLine("begin 0");
                TimeUnit.MILLISECONDS.sleep(delay);
                child.killAndDrain();
            }
            if (Files.exists(target)) {
                assertThat(Files.mismatch(target, reference))
                        .as("the file under the target name is a whole export, " + moment)
                        .isEqualTo(-1L);
            }
            if (!exportTempFiles(folder).isEmpty()) {
                leftBehind++;
            }
            open(); // the next start
            assertThat(exportTempFiles(folder)).as(moment).isEmpty();
            assertThat(journalEntries(paths())).as(moment).isEmpty();
        }
        assertThat(leftBehind)
                .as("kills that left a temporary file for the next start to remove (seed %d)", SEED)
                .isPositive();
    }

    @Test
    void aStartWhileAnotherProcessExportsLeavesThatExportAlone() throws Exception {
        CrashFixtures.largeDatabase(paths(), 40_000);
        Path reference = dir.resolve("reference.csv");
        open().exports().exportToFile(csv(), reference);
        Path folder = Files.createDirectories(dir.resolve("out"));
        Path target = folder.resolve("claims.csv");
        try (ChildJvm child = start("export", target.toString())) {
            child.awaitLine("ready");
            child.awaitLine("begin 0");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (exportTempFiles(folder).isEmpty() && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(1);
            }
            open(); // a second window or a CLI command starting meanwhile
            child.awaitLine("done 0");
            child.killAndDrain();
        }
        assertThat(Files.mismatch(target, reference)).isEqualTo(-1L);
    }

    private static ExportService.Options csv() {
        return new ExportService.Options(ExportService.Kind.CSV, 0, false, false, null, null, null);
    }

    private static ArticleMetadata meta(String title) {
        return new ArticleMetadata(title, null, null, null, null);
    }

    private ChildJvm start(String mode, String... args) throws java.io.IOException {
        List<String> all = new ArrayList<>(
                List.of(mode, paths().dataDir().toString(), paths().database().toString()));
        all.addAll(List.of(args));
        return ChildJvm.start(dir.resolve(mode + ".log"), KilledProcessMain.class, all.toArray(String[]::new));
    }
}
