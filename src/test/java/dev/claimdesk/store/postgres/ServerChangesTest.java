package dev.claimdesk.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.DataChange;
import dev.claimdesk.testsupport.PgDatabase;
import dev.claimdesk.testsupport.PostgresTest;
import java.sql.Connection;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Live updates on a real server: what one reviewer commits reaches another reviewer's listener,
 * naming the article, the claim and who; nothing rolled back is heard; a lost connection is said,
 * retried, and followed by "reload everything". The waits below are generous upper bounds for a
 * loaded machine, not speed checks (the latency is a benchmark figure).
 */
@PostgresTest
class ServerChangesTest {
    private static final long PATIENCE_SECONDS = 60;
    static TeamDesk desk;

    private final BlockingQueue<DataChange> heard = new LinkedBlockingQueue<>();
    private final BlockingQueue<ServerChanges.Status> statuses = new LinkedBlockingQueue<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private ServerChanges listener;

    @BeforeAll
    static void setUp(PgDatabase db) {
        desk = TeamDesk.setUp(db);
    }

    @BeforeEach
    void listenAsAda() throws InterruptedException {
        listener = new ServerChanges(ServerLogin.of(desk.address("ada"), TeamDesk.PASSWORD.toCharArray()));
        thread.execute(() -> listener.listen(heard::add, (status, message) -> statuses.add(status)));
        assertThat(statuses.poll(PATIENCE_SECONDS, TimeUnit.SECONDS)).isEqualTo(ServerChanges.Status.LISTENING);
    }

    @AfterEach
    void stop() throws InterruptedException {
        listener.close();
        thread.shutdown();
        assertThat(thread.awaitTermination(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
    }

    private DataChange next() throws InterruptedException {
        DataChange c = heard.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
        assertThat(c).as("a change heard").isNotNull();
        return c;
    }

    @Test
    void aClaimAnotherReviewerAddsAndChangesIsHeardWithItsArticleAndWho() throws Exception {
        long article = desk.article("bea");
        DataChange articleAdded = next();
        assertThat(articleAdded.table()).isEqualTo("article");
        assertThat(articleAdded.articleId()).isEqualTo(article);
        assertThat(articleAdded.by()).isEqualTo(desk.login("bea"));

        long claim = desk.claim("bea", article, "OPEN");
        DataChange added = next();
        assertThat(added).isEqualTo(new DataChange("claim", article, claim, desk.login("bea")));
        assertThat(added.touchesArticle(article)).isTrue();
        assertThat(added.touchesArticle(article + 1)).isFalse();

        desk.update("bea", "UPDATE claim SET state = 'IN_RESEARCH' WHERE id = ?", claim);
        assertThat(next()).isEqualTo(new DataChange("claim", article, claim, desk.login("bea")));

        desk.update(
                "bea",
                "INSERT INTO evidence (claim_id, title, stance, source_type, reliability, created_by, created_at)"
                        + " VALUES (?, 'Annual report', 'SUPPORTS', 'PRIMARY', 'B', 'x', now())",
                claim);
        assertThat(next()).isEqualTo(new DataChange("evidence", article, claim, desk.login("bea")));
    }

    @Test
    void aChangeRolledBackIsNeverHeard() throws Exception {
        long article = desk.article("bea");
        next();
        try (Connection c = desk.as("bea")) {
            c.setAutoCommit(false);
            try (var st = c.prepareStatement("UPDATE article SET title = 'Not kept' WHERE id = ?")) {
                st.setLong(1, article);
                st.executeUpdate();
            }
            c.rollback();
        }
        desk.update("bea", "UPDATE article SET outlet = 'Kept' WHERE id = ?", article);
        DataChange kept = next();
        assertThat(kept.table()).isEqualTo("article");
        assertThat(desk.one("bea", "SELECT title FROM article WHERE id = ?", article))
                .isEqualTo("Chips");
        assertThat(heard).isEmpty();
    }

    @Test
    void aLostConnectionIsSaidRetriedAndFollowedByReloadEverything() throws Exception {
        desk.one(
                "superuser",
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = ? AND query LIKE 'LISTEN%'",
                desk.login("ada"));
        assertThat(statuses.poll(PATIENCE_SECONDS, TimeUnit.SECONDS)).isEqualTo(ServerChanges.Status.LOST);
        assertThat(statuses.poll(PATIENCE_SECONDS, TimeUnit.SECONDS)).isEqualTo(ServerChanges.Status.LISTENING);
        assertThat(next().isEverything()).isTrue();

        long article = desk.article("bea");
        assertThat(next().articleId()).isEqualTo(article);
    }

    @Test
    void anUnreadableNotificationMeansReloadEverything() {
        assertThat(ServerChanges.parse("not json").isEverything()).isTrue();
        assertThat(ServerChanges.parse("{\"table\":\"claim\",\"article\":3,\"claim\":null,\"by\":null}"))
                .isEqualTo(new DataChange("claim", 3, 0, null));
    }
}
