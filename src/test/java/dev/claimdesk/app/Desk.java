package dev.claimdesk.app;

import dev.claimdesk.domain.ServerAddress;
import dev.claimdesk.domain.TeamRole;
import dev.claimdesk.store.postgres.ServerLogin;
import dev.claimdesk.store.postgres.ServerSetup;
import dev.claimdesk.testsupport.PgDatabase;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One desk for a contract test, on a database file or on a team server, with the same people:
 * ada and bea (reviewers), eve (editor). On a file they are names the app is told; on the server
 * they are real logins (the server writes the signed-in login into every change, so four-eyes
 * needs two logins), each with an {@link AppServices} of their own, as two computers would have.
 */
public final class Desk implements AutoCloseable {
    public enum Backend {
        SQLITE,
        POSTGRESQL
    }

    public static final String PASSWORD = "password-for-tests";
    private static final AtomicInteger SERVER_DESKS = new AtomicInteger();

    private final Backend backend;
    private final PgDatabase db;
    private final AppPaths paths;
    private final Clock clock;
    private final Map<String, AppServices> open = new HashMap<>();

    private Desk(Backend backend, PgDatabase db, AppPaths paths, Clock clock) {
        this.backend = backend;
        this.db = db;
        this.paths = paths;
        this.clock = clock;
    }

    /**
     * A new empty desk. {@code server} is the test class's database (of {@code @PostgresTest}); each
     * server desk is a fresh database of its own beside it, set up as {@code claimdesk server init}
     * and {@code add-reviewer} would.
     */
    public static Desk create(Backend backend, PgDatabase server, Path dir, Clock clock) {
        AppPaths paths = new AppPaths(dir.resolve("data"), dir.resolve("desk.db"));
        if (backend == Backend.SQLITE) {
            return new Desk(backend, null, paths, clock);
        }
        try {
            PgDatabase db = server.another("d" + SERVER_DESKS.incrementAndGet());
            ServerSetup setup = ServerSetup.on(db.ownerLogin());
            setup.init();
            setup.addReviewer(db.login("ada"), TeamRole.REVIEWER, PASSWORD.toCharArray());
            setup.addReviewer(db.login("bea"), TeamRole.REVIEWER, PASSWORD.toCharArray());
            setup.addReviewer(db.login("eve"), TeamRole.EDITOR, PASSWORD.toCharArray());
            return new Desk(backend, db, paths, clock);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Backend backend() {
        return backend;
    }

    /** The reviewer's name as the desk knows it: "ada" on a file, the login on the server. */
    public String name(String who) {
        return db == null ? who : db.login(who);
    }

    /** The address a person types for the server ({@code postgresql://login@host:port/db}). */
    public String address(String who) {
        return db.address(db.login(who));
    }

    /** The app of {@code who}: on a file, one app shared by all; on the server, one per login. */
    public AppServices as(String who) {
        String key = db == null ? "" : who;
        return open.computeIfAbsent(
                key,
                k -> db == null
                        ? withReviewers(AppServices.open(paths, clock))
                        : AppServices.openServer(
                                ServerLogin.of(ServerAddress.parse(address(who)), PASSWORD.toCharArray()),
                                paths,
                                clock));
    }

    /** On a file the people are rows of the reviewer table (on the server, add-reviewer made them). */
    private static AppServices withReviewers(AppServices app) {
        for (String who : new String[] {"ada", "bea", "eve"}) {
            app.reviewers().findOrCreate(who, who.substring(0, 1).toUpperCase(java.util.Locale.ROOT));
        }
        return app;
    }

    /**
     * A plain JDBC connection as {@code who} would open one (psql, a script): on the server their
     * login with its password, on a file the file itself.
     */
    public java.sql.Connection jdbc(String who) throws SQLException {
        return db == null
                ? java.sql.DriverManager.getConnection("jdbc:sqlite:" + paths.database())
                : db.connect(db.login(who), PASSWORD);
    }

    public AppPaths paths() {
        return paths;
    }

    @Override
    public void close() {
        open.clear();
    }
}
