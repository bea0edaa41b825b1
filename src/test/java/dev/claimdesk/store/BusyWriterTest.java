package dev.claimdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that finds another program holding the write lock for longer than SQLite's own busy
 * timeout waits and succeeds (it used to fail with "database is locked"), and says it is waiting.
 */
class BusyWriterTest {
    @TempDir
    Path dir;

    @Test
    void aWriteOutlastsAnotherProgramHoldingTheLockPastTheBusyTimeout() throws Exception {
        Store store = Store.open(dir.resolve("busy.db"));
        List<Duration> waits = new CopyOnWriteArrayList<>();
        store.onWaiting(waits::add);
        CountDownLatch locked = new CountDownLatch(1);
        // Held for longer than SQLite's busy timeout (5 s) plus the old single wait (10 s).
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
                    Statement st = c.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
                locked.countDown();
                TimeUnit.SECONDS.sleep(12);
                st.execute("COMMIT");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

        long id = store.write(tx -> tx.reviewers().insert(new dev.claimdesk.domain.Reviewer(0, "Ada", "AL")));

        other.get(60, TimeUnit.SECONDS);
        assertThat(id).isPositive();
        List<dev.claimdesk.domain.Reviewer> reviewers =
                store.read(tx -> tx.reviewers().list());
        assertThat(reviewers).extracting(dev.claimdesk.domain.Reviewer::name).contains("Ada");
        assertThat(waits).as("the waiting was reported").isNotEmpty();
    }
}
