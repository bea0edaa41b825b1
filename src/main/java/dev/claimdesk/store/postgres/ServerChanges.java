package dev.claimdesk.store.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.DataChange;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Other people's changes as they are committed on the team server: one connection of its own
 * LISTENs on the channel the triggers of db/postgresql/V6 notify, and every notification becomes a
 * {@link DataChange}. When the connection is lost the listener says so, tries again with growing
 * pauses, and once back reports {@link DataChange#everything()}, because changes made meanwhile were
 * not heard. {@link #listen} blocks until {@link #close}: run it on a background thread.
 */
public final class ServerChanges implements AutoCloseable {
    /** The channel of V6's {@code claimdesk_notify}. */
    public static final String CHANNEL = "claimdesk_changes";

    private static final Logger LOG = LoggerFactory.getLogger(ServerChanges.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int POLL_MILLIS = 250;

    /** Whether the listener hears the server. */
    public enum Status {
        LISTENING,
        LOST
    }

    private final ServerLogin login;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Connection connection;

    public ServerChanges(ServerLogin login) {
        this.login = login;
    }

    /**
     * Hears changes until {@link #close}; {@code status} hears LISTENING once connected (again) and
     * LOST, with a plain message, when the connection breaks.
     */
    public void listen(Consumer<DataChange> changes, java.util.function.BiConsumer<Status, String> status) {
        int failures = 0;
        boolean heardBefore = false;
        while (closed.getCount() > 0) {
            try (Connection c = login.connect();
                    Statement st = c.createStatement()) {
                connection = c;
                st.execute("LISTEN " + CHANNEL);
                status.accept(
                        Status.LISTENING, "Connected to " + login.address().display() + ".");
                if (heardBefore) {
                    changes.accept(DataChange.everything());
                }
                heardBefore = true;
                failures = 0;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (closed.getCount() > 0) {
                    PGNotification[] batch = pg.getNotifications(POLL_MILLIS);
                    if (batch != null) {
                        for (PGNotification n : batch) {
                            changes.accept(parse(n.getParameter()));
                        }
                    }
                }
            } catch (SQLException | ClaimDeskException e) {
                if (closed.getCount() == 0) {
                    return;
                }
                failures++;
                LOG.info(
                        "Listening for changes on {} failed (attempt {})",
                        login.address().display(),
                        failures,
                        e);
                status.accept(
                        Status.LOST,
                        "The connection to " + login.address().display() + " was lost; trying again. Your saved"
                                + " work is safe on the server.");
                if (pause(failures)) {
                    return;
                }
            } finally {
                connection = null;
            }
        }
    }

    /**
     * {@link #listen} on a daemon thread of its own ("server-changes"), for as long as the
     * connection to the server is open: not user work, so not the window's task runner.
     */
    public void start(Consumer<DataChange> changes, java.util.function.BiConsumer<Status, String> status) {
        Thread t = new Thread(() -> listen(changes, status), "server-changes");
        t.setDaemon(true);
        t.start();
    }

    /** Waits before the next attempt; true when closed meanwhile. */
    private boolean pause(int failures) {
        long millis = Math.min(10_000L, 250L << Math.min(failures, 6));
        try {
            return closed.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** A notification's payload; anything unreadable means "something changed". */
    static DataChange parse(String payload) {
        try {
            JsonNode n = JSON.readTree(payload);
            return new DataChange(
                    n.path("table").asText("*"),
                    n.path("article").asLong(0),
                    n.path("claim").asLong(0),
                    n.path("by").isTextual() ? n.path("by").asText() : null);
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("Unreadable change notification: {}", payload);
            return DataChange.everything();
        }
    }

    /** Stops listening; {@link #listen} returns soon after. */
    @Override
    public void close() {
        closed.countDown();
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debug("Closing the listening connection: {}", e.getMessage());
            }
        }
    }
}
