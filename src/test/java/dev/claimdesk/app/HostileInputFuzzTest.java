package dev.claimdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.claimdesk.app.HostileInputs.Case;
import dev.claimdesk.bench.HostileFiles;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import dev.claimdesk.store.DatabaseHealth;
import dev.claimdesk.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile files of every format, imported through the app service into a real database: each is
 * refused with one plain sentence, leaving the database as it was, or imported whole. The time
 * bound is a guard against hangs, not a speed requirement.
 */
class HostileInputFuzzTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    private static AppServices app;
    private static Path db;

    /** One database for all cases (opening one per case would cost more than the cases). */
    @BeforeAll
    static void open() {
        db = dir.resolve("fuzz.db");
        app = AppServices.open(db, ClaimServiceTest.CLOCK);
        DemoArticle.importInto(app.articles(), "Ada"); // something to keep unchanged
    }

    static IntStream seeds() {
        return IntStream.range(0, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void hostileFilesAreRefusedPlainlyOrImportedWhole(int seed) throws IOException {
        for (Case c : HostileInputs.of(seed)) {
            Path f = Files.write(dir.resolve(c.fileName()), c.bytes());
            Outcome outcome = importOrRefusal(f);
            switch (c.expect()) {
                case REFUSED -> assertThat(outcome.refusal).as(c.toString()).isNotNull();
                case IMPORTED -> assertThat(outcome.body()).as(c.toString()).contains(c.text());
                case EITHER -> {
                    if (outcome.refusal == null && c.text() != null) {
                        assertThat(outcome.body()).as(c.toString()).contains(c.text());
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "cut at {0} %")
    @ValueSource(ints = {30, 45, 60, 75})
    void aTruncatedPdfIsRefusedAsDamaged(int percent) throws IOException {
        Path f = Files.write(
                dir.resolve("cut-" + percent + ".pdf"), HostileFiles.cut(HostileFiles.articlePdf(), percent));
        assertThat(importOrRefusal(f).refusal().userMessage())
                .contains("damaged or incomplete (perhaps a download that stopped)");
    }

    @Test
    void theWholeArticlePdfIsImportedWithAllItsClaims() throws IOException {
        Path f = Files.write(dir.resolve("article.pdf"), HostileFiles.articlePdf());
        assertThat(importOrRefusal(f).body()).contains(HostileFiles.CLAIMS);
    }

    @Test
    void aDecompressionBombIsRefusedBeforeItIsUnpacked() throws IOException {
        Path f = Files.write(dir.resolve("bomb.pdf"), HostileFiles.deflateBomb(200L * 1024 * 1024));
        assertThat(importOrRefusal(f).refusal().userMessage()).contains("unpacks to more than 16 MB");
    }

    @Test
    void aPdfOfAHundredThousandPagesIsRefusedByItsPageCount() throws IOException {
        Path f = Files.write(dir.resolve("pages.pdf"), HostileFiles.manyPages(100_000));
        assertThat(importOrRefusal(f).refusal().userMessage()).contains("100,000 pages");
    }

    @Test
    void aPdfImportInterruptedWhileReadingIsCancelled() throws IOException {
        Path f = Files.write(dir.resolve("long.pdf"), HostileFiles.articlePdf());
        DatabaseHealth before = Store.check(db);
        Thread.currentThread().interrupt(); // what the Cancel button does to the import's worker thread
        try {
            app.articles().importFile(f, null, "Ada");
            fail("an interrupted import must stop");
        } catch (ClaimDeskException e) {
            assertThat(e.problem()).isEqualTo(Problem.CANCELLED);
        } finally {
            Thread.interrupted();
        }
        assertThat(Store.check(db)).isEqualTo(before);
    }

    /** An import's result: the imported article (or the one it repeats), else the refusal. */
    private record Outcome(ArticleService.Imported imported, ClaimDeskException refusal) {
        String body() {
            assertThat(refusal).isNull();
            return imported.article().bodyText();
        }

        @Override
        public ClaimDeskException refusal() {
            assertThat(refusal).as("refusal").isNotNull();
            return refusal;
        }
    }

    /** Imports the file; a refusal is checked to be one plain sentence that changed nothing. */
    private Outcome importOrRefusal(Path f) {
        DatabaseHealth before = Store.check(db);
        Outcome outcome = assertTimeoutPreemptively(HANG_GUARD, () -> {
            try {
                return new Outcome(app.articles().importFile(f, null, "Ada"), null);
            } catch (ClaimDeskException e) {
                return new Outcome(null, e);
            }
        });
        ClaimDeskException refusal = outcome.refusal;
        if (refusal != null) {
            assertThat(refusal.problem()).as(f.toString()).isEqualTo(Problem.INVALID_INPUT);
            assertThat(refusal.userMessage())
                    .as(f.toString())
                    .contains(f.getFileName().toString())
                    .doesNotContain("Exception", "java.", "org.", "\n", "\tat ")
                    .doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Z]\\w+");
            assertThat(Store.check(db)).as(f.toString()).isEqualTo(before);
        }
        return outcome;
    }
}
