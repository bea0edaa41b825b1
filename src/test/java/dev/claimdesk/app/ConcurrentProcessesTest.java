package dev.claimdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.Article;
import dev.claimdesk.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two JVMs write to one database file at the same time; both must succeed (design.md section 7). */
class ConcurrentProcessesTest {
    static final int EACH = 150;

    @TempDir
    Path dir;

    @Test
    void twoProcessesWritingAtOnceBothSucceed() throws IOException, InterruptedException {
        Path db = dir.resolve("shared.db");
        AppServices.open(db, Clock.systemUTC()); // created and migrated once, as the first start does
        Path go = dir.resolve("go");

        Process ada = start(db, "Ada", go, dir.resolve("ada.log"));
        Process grace = start(db, "Grace", go, dir.resolve("grace.log"));
        awaitFile(dir.resolve("Ada.ready"), ada);
        awaitFile(dir.resolve("Grace.ready"), grace);
        Files.createFile(go); // both JVMs have the database open: start writing together

        assertThat(ada.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(grace.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(ada.exitValue()).as(Files.readString(dir.resolve("ada.log"))).isZero();
        assertThat(grace.exitValue())
                .as(Files.readString(dir.resolve("grace.log")))
                .isZero();

        List<Article> articles =
                AppServices.open(db, Clock.systemUTC()).articles().list();
        assertThat(articles).hasSize(2 * EACH);
        assertThat(articles).filteredOn(a -> a.importedBy().equals("Ada")).hasSize(EACH);
        AppServices app = AppServices.open(db, Clock.systemUTC());
        long manual = articles.stream()
                .flatMap(a -> app.claims().listByArticle(a.id()).stream())
                .filter(c -> c.origin() == dev.claimdesk.domain.ClaimOrigin.MANUAL)
                .count();
        assertThat(manual).as("each process's hand-made claims").isEqualTo(2 * EACH);
        var health = Store.check(db);
        assertThat(health.auditEvents())
                .as("one event per imported article and per claim, none lost")
                .isEqualTo(health.articles() + health.claims());
    }

    private static void awaitFile(Path file, Process owner) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(file) && owner.isAlive() && System.nanoTime() < deadline) {
            owner.waitFor(10, TimeUnit.MILLISECONDS);
        }
        assertThat(file).as("process signalled it is ready").exists();
    }

    private static Process start(Path db, String who, Path go, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        ConcurrentWriterMain.class.getName(),
                        db.toString(),
                        who,
                        String.valueOf(EACH),
                        go.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }
}
