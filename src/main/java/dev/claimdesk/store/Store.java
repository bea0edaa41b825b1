package dev.claimdesk.store;

import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import dev.claimdesk.store.postgres.ServerLogin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A ClaimDesk database: a file ({@link #open}), or a team server ({@link #openServer}). A file is
 * inspected read-only first, then created or migrated (Flyway, migrations from db/); a server's
 * schema is set up by its owner ({@code claimdesk server init}) and only checked here. Afterwards
 * every read and write goes through {@link #read} and {@link #write}, one connection and one
 * transaction each, with the same DAOs on both (decision 0024).
 */
public final class Store {
    /** The highest migration in db/ (checked by a test), i.e. the newest schema this app knows. */
    public static final int SCHEMA_VERSION = 10;

    /** How often a write or read is tried when the connection to the server is lost before it committed. */
    static final int SERVER_ATTEMPTS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    /** How long SQLite itself waits for another writer, per attempt. */
    private static final int BUSY_TIMEOUT_MS = 5_000;
    /**
     * How long a write keeps trying while other programs write (large imports in parallel hold the
     * write lock for seconds each); past this the user gets the "locked by another program" message.
     */
    static final long WRITE_PATIENCE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(120);

    private volatile java.util.function.Consumer<java.time.Duration> waiting = d -> {};

    private final Dialect dialect;
    private final Path file;
    private final ServerLogin server;
    private final String login;
    private final Jdbi writer;
    private final Jdbi reader;
    private volatile java.time.Clock clock = java.time.Clock.systemUTC();

    private Store(Path file, Jdbi writer, Jdbi reader) {
        this.dialect = Dialect.SQLITE;
        this.file = file;
        this.server = null;
        this.login = null;
        this.writer = writer;
        this.reader = reader;
    }

    private Store(ServerLogin server, String login, Jdbi jdbi) {
        this.dialect = Dialect.POSTGRESQL;
        this.file = null;
        this.server = server;
        this.login = login;
        this.writer = jdbi;
        this.reader = jdbi;
    }

    /**
     * Connects to a team server as {@code login}'s user. The database must have been set up with
     * {@code claimdesk server init}, and the login must be one of its reviewers (any role); the
     * signed-in reviewer is then the login itself ({@link #signedInReviewer}).
     */
    public static Store openServer(ServerLogin serverLogin) {
        String who;
        try (java.sql.Connection c = serverLogin.connect();
                java.sql.Statement st = c.createStatement()) {
            boolean claimDesk;
            try (java.sql.ResultSet rs =
                    st.executeQuery("SELECT session_user, to_regclass('public.server_role') IS NOT NULL"
                            + " AND to_regclass('public.claim') IS NOT NULL")) {
                rs.next();
                who = rs.getString(1);
                claimDesk = rs.getBoolean(2);
            }
            if (!claimDesk) {
                throw new ClaimDeskException(
                        Problem.NOT_A_CLAIMDESK_DATABASE,
                        serverLogin.address().database() + " on "
                                + serverLogin.address().host()
                                + " is not a ClaimDesk team database yet; its owner sets it up with claimdesk server"
                                + " init.");
            }
            try (java.sql.ResultSet rs = st.executeQuery("SELECT public.claimdesk_is('reviewer')")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    throw new ClaimDeskException(
                            Problem.RULE_VIOLATION,
                            who + " is not a reviewer of "
                                    + serverLogin.address().database()
                                    + "; an admin of the desk adds reviewers with claimdesk server add-reviewer.");
                }
            }
        } catch (SQLException e) {
            throw serverLogin.translate(e);
        }
        Jdbi jdbi = configure(Jdbi.create(serverLogin.storeDataSource()), Dialect.POSTGRESQL);
        LOG.info("Opened team database {} as {}", serverLogin.address().display(), who);
        return new Store(serverLogin, who, jdbi);
    }

    /** True for a team server, false for a database file. */
    public boolean isServer() {
        return dialect == Dialect.POSTGRESQL;
    }

    /** The team server's address; empty for a file. */
    public java.util.Optional<dev.claimdesk.domain.ServerAddress> server() {
        return server == null ? java.util.Optional.empty() : java.util.Optional.of(server.address());
    }

    /**
     * On a team server, the login that is signed in: the server writes it into every who-column and
     * audit row, so it is the reviewer of everything done here. Empty for a file (the reviewer is
     * whoever the app is told).
     */
    public java.util.Optional<String> signedInReviewer() {
        return java.util.Optional.ofNullable(login);
    }

    /** The file's path, or the server as it may be shown ({@code ada@db.example.org:5432/newsdesk}). */
    public String displayName() {
        return file != null ? file.toString() : server.address().display();
    }

    /**
     * On a team server, hears the changes other people commit (LISTEN/NOTIFY, on a thread of its
     * own, named "server-changes") until the returned handle is closed; {@code status} hears, in
     * plain words, when the connection is lost and back. On a file nothing is heard: the handle
     * does nothing.
     */
    public AutoCloseable listenForChanges(
            java.util.function.Consumer<dev.claimdesk.domain.DataChange> changes,
            java.util.function.BiConsumer<Boolean, String> status) {
        if (server == null) {
            return () -> {};
        }
        dev.claimdesk.store.postgres.ServerChanges listener = new dev.claimdesk.store.postgres.ServerChanges(server);
        listener.start(
                changes,
                (s, message) ->
                        status.accept(s == dev.claimdesk.store.postgres.ServerChanges.Status.LISTENING, message));
        return listener::close;
    }

    /** The clock that dates "changed a minute ago" in a refused stale change. */
    public void useClock(java.time.Clock c) {
        this.clock = c == null ? java.time.Clock.systemUTC() : c;
    }

    /** Opens (creating and migrating when needed) the database file, or explains in words why not. */
    public static Store open(Path file) {
        return open(file, older -> {});
    }

    /**
     * As {@link #open(Path)}; {@code beforeMigration} is given the file when it holds an older
     * ClaimDesk schema, before anything writes to it (to back it up). If it throws, the file is
     * left as it was.
     */
    public static Store open(Path file, Consumer<Path> beforeMigration) {
        Path absolute = file.toAbsolutePath().normalize();
        DatabaseInspector.Verdict verdict = DatabaseInspector.inspect(absolute, SCHEMA_VERSION);
        if (verdict == DatabaseInspector.Verdict.OLDER) {
            beforeMigration.accept(absolute);
        }
        createParentFolder(absolute);
        requireWritable(absolute);
        SQLiteDataSource writeSource = dataSource(absolute, SQLiteConfig.TransactionMode.IMMEDIATE);
        enableWal(absolute, writeSource);
        if (verdict != DatabaseInspector.Verdict.CURRENT) {
            // Flyway costs about 0.4 s of class loading; an up-to-date file does not need it.
            migrate(absolute, writeSource);
        }
        Store store = new Store(
                absolute,
                configure(Jdbi.create(writeSource)),
                configure(Jdbi.create(dataSource(absolute, SQLiteConfig.TransactionMode.DEFERRED))));
        LOG.info("Opened database {}", absolute);
        return store;
    }

    /** Checks a database file without changing it; throws with a plain-words message when unhealthy. */
    public static DatabaseHealth check(Path file) {
        return DatabaseInspector.fullCheck(file.toAbsolutePath().normalize(), SCHEMA_VERSION);
    }

    /** The database file; null on a team server (see {@link #isServer}). */
    public Path file() {
        return file;
    }

    /**
     * Runs {@code work} in one immediate (write-locking) transaction; all or nothing. While another
     * program holds the write lock the transaction is tried again with growing pauses, for at most
     * {@link #WRITE_PATIENCE_NANOS}; {@code work} must therefore only touch the database. The
     * listener set with {@link #onWaiting} hears how long it has waited, for a progress message.
     */
    public <R> R write(Function<Tx, R> work) {
        R result;
        try {
            result = dialect == Dialect.POSTGRESQL ? writeOnServer(work) : writeOnFile(work);
        } catch (StaleRow stale) {
            throw changedMeanwhile(stale);
        }
        for (Runnable listener : changeListeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("A change listener failed", e);
            }
        }
        return result;
    }

    private final java.util.List<Runnable> changeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Tells {@code listener} after every committed write of this store (on the writing thread).
     * The seam for live updates: the team server's notifications of other clients' changes are to
     * reach the same listeners.
     */
    public void onChanged(Runnable listener) {
        changeListeners.add(java.util.Objects.requireNonNull(listener));
    }

    /** The refusal of a change based on an older row: who changed it, when, and the row as it is now. */
    private ClaimDeskException changedMeanwhile(StaleRow stale) {
        return read(tx -> {
            java.util.List<dev.claimdesk.domain.AuditEvent> history = tx.audit().listFor("claim", stale.claimId);
            dev.claimdesk.domain.AuditEvent last = history.isEmpty() ? null : history.get(history.size() - 1);
            String who = last == null ? null : last.actor();
            java.time.Instant when = last == null ? null : last.at();
            java.time.Instant now = clock.instant();
            return stale.kind == StaleRow.Kind.CLAIM
                    ? dev.claimdesk.domain.ChangedMeanwhileException.claim(
                            stale.id, tx.claims().find(stale.id).orElse(null), who, when, now)
                    : dev.claimdesk.domain.ChangedMeanwhileException.evidence(
                            tx.evidence().find(stale.id).orElse(null), who, when, now);
        });
    }

    /**
     * One transaction on the server (READ COMMITTED; the version check stops lost updates). When
     * the connection is lost before the commit was sent, nothing was saved and the whole unit is
     * tried again; when it is lost during the commit, nobody can tell whether it was saved, so it is
     * not tried again (that could apply an edit twice) and the user is told to look.
     */
    private <R> R writeOnServer(Function<Tx, R> work) {
        for (int attempt = 1; ; attempt++) {
            boolean[] committing = {false};
            try {
                return writer.inTransaction(handle -> {
                    R result = work.apply(new HandleTx(handle, dialect));
                    committing[0] = true;
                    return result;
                });
            } catch (JdbiException e) {
                SQLException sql = findCause(e, SQLException.class);
                String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
                boolean lost = state.startsWith("08");
                boolean retryable = (lost && !committing[0]) || state.equals("40001") || state.equals("40P01");
                if (lost && committing[0]) {
                    throw new ClaimDeskException(
                            Problem.DATABASE_UNAVAILABLE,
                            "The connection to the server at "
                                    + server.address().host() + " was lost while the"
                                    + " change was being saved; ClaimDesk cannot tell whether it was. Look at the"
                                    + " claim before you make the change again.",
                            e);
                }
                if (!retryable || attempt >= SERVER_ATTEMPTS) {
                    throw translate(e);
                }
                LOG.info("Write to {} failed ({}), attempt {}; trying again", server.address(), state, attempt);
                pause(attempt + 2);
            }
        }
    }

    private <R> R writeOnFile(Function<Tx, R> work) {
        long start = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try {
                return writer.withHandle(handle -> inImmediateTransaction(handle, work));
            } catch (JdbiException e) {
                SQLiteException sqlite = findCause(e, SQLiteException.class);
                long waited = System.nanoTime() - start;
                if (sqlite == null || !isBusy(sqlite.getResultCode()) || waited > WRITE_PATIENCE_NANOS) {
                    throw translate(e);
                }
                LOG.info("{} is busy (attempt {}, {} ms); trying again", file, attempt, waited / 1_000_000);
                waiting.accept(java.time.Duration.ofNanos(waited));
                pause(attempt);
            }
        }
    }

    /**
     * BEGIN IMMEDIATE, the work, COMMIT, each as its own statement on a connection in autocommit
     * mode. sqlite-jdbc's {@code Connection.commit()} runs "commit; begin immediate;" in one call:
     * when another program took the lock between the two, the commit succeeded but the call failed
     * as busy, and a retry applied the same change twice (seen: an accepted claim accepted again).
     * Here a busy failure can only come from BEGIN or the work, both before anything is committed.
     */
    private static <R> R inImmediateTransaction(org.jdbi.v3.core.Handle handle, Function<Tx, R> work) {
        handle.execute("BEGIN IMMEDIATE");
        boolean committed = false;
        try {
            R result = work.apply(new HandleTx(handle));
            handle.execute("COMMIT");
            committed = true;
            return result;
        } finally {
            if (!committed) {
                rollback(handle);
            }
        }
    }

    private static void rollback(org.jdbi.v3.core.Handle handle) {
        try {
            handle.execute("ROLLBACK");
        } catch (JdbiException e) {
            // SQLite rolls back by itself after some errors (a full disk, for one): nothing is left open.
            LOG.debug("Rollback after a failed write: {}", e.getMessage());
        }
    }

    /** Tells {@code listener} each time a write waits for another program (on the writing thread). */
    public void onWaiting(java.util.function.Consumer<java.time.Duration> listener) {
        this.waiting = listener == null ? d -> {} : listener;
    }

    private static boolean isBusy(SQLiteErrorCode code) {
        return code == SQLiteErrorCode.SQLITE_BUSY
                || code.name().startsWith("SQLITE_BUSY_")
                || code == SQLiteErrorCode.SQLITE_LOCKED
                || code.name().startsWith("SQLITE_LOCKED_");
    }

    /** Growing pauses with jitter, so that waiting writers do not retry in step. */
    private static void pause(int attempt) {
        long base = Math.min(1_000, 25L << Math.min(attempt, 6));
        long millis =
                base / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(base / 2 + 1);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClaimDeskException(
                    Problem.CANCELLED, "The change was cancelled while waiting; nothing was saved.", e);
        }
    }

    /** Runs {@code work} in one read transaction: a consistent snapshot, never blocking writers. */
    public <R> R read(Function<Tx, R> work) {
        if (dialect == Dialect.POSTGRESQL) {
            for (int attempt = 1; ; attempt++) {
                try {
                    // One snapshot for the whole read, as SQLite's read transaction gives.
                    return reader.inTransaction(
                            org.jdbi.v3.core.transaction.TransactionIsolationLevel.REPEATABLE_READ,
                            handle -> work.apply(new HandleTx(handle, dialect)));
                } catch (JdbiException e) {
                    SQLException sql = findCause(e, SQLException.class);
                    String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
                    if (!state.startsWith("08") || attempt >= SERVER_ATTEMPTS) {
                        throw translate(e);
                    }
                    LOG.info("Read from {} failed ({}), attempt {}; trying again", server.address(), state, attempt);
                    pause(attempt + 2);
                }
            }
        }
        try {
            return reader.inTransaction(handle -> work.apply(new HandleTx(handle)));
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    private static void createParentFolder(Path file) {
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new ClaimDeskException(
                    Problem.IO, "ClaimDesk cannot create the folder for " + file + ". Choose another place.", e);
        }
    }

    /**
     * SQLite opens a file it may not write read-only without a word and fails only at the first
     * change; say so before the user starts working.
     */
    private static void requireWritable(Path file) {
        Path folder = file.getParent();
        if ((Files.exists(file) && !Files.isWritable(file)) || (folder != null && !Files.isWritable(folder))) {
            throw DatabaseInspector.readOnly(file, null);
        }
    }

    private static SQLiteDataSource dataSource(Path file, SQLiteConfig.TransactionMode mode) {
        SQLiteConfig config = new SQLiteConfig();
        // WAL is a property of the file, set once in enableWal(); setting it on every connection
        // would make each new connection wait for the others' locks.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(mode);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file);
        return ds;
    }

    private static void enableWal(Path file, SQLiteDataSource ds) {
        try (java.sql.Connection c = ds.getConnection();
                java.sql.Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            if (rs.next() && !"wal".equalsIgnoreCase(rs.getString(1))) {
                st.execute("PRAGMA journal_mode=WAL");
            }
        } catch (SQLException e) {
            throw DatabaseInspector.translate(file, e);
        }
    }

    private static void migrate(Path file, SQLiteDataSource ds) {
        try {
            Flyway.configure(Store.class.getClassLoader())
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            SQLException sql = findCause(e, SQLException.class);
            if (sql != null) {
                throw DatabaseInspector.translate(file, sql);
            }
            throw new ClaimDeskException(
                    Problem.CORRUPT_DATABASE,
                    "ClaimDesk could not prepare " + file.getFileName() + " for use. Restore a backup or choose"
                            + " another file.",
                    e);
        }
    }

    private static Jdbi configure(Jdbi jdbi) {
        return configure(jdbi, Dialect.SQLITE);
    }

    private static Jdbi configure(Jdbi jdbi, Dialect dialect) {
        jdbi.installPlugin(new SqlObjectPlugin());
        jdbi.getConfig(org.jdbi.v3.sqlobject.SqlObjects.class).setSqlLocator(new DialectSqlLocator(dialect));
        TextTimeTypes.register(jdbi, dialect);
        return jdbi;
    }

    private ClaimDeskException translate(JdbiException e) {
        if (dialect == Dialect.POSTGRESQL) {
            SQLException sql = findCause(e, SQLException.class);
            if (sql != null) {
                return server.translate(sql);
            }
            throw e;
        }
        SQLiteException sqlite = findCause(e, SQLiteException.class);
        if (sqlite != null && isConstraint(sqlite.getResultCode())) {
            String detail = sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY
                    ? "it refers to something that does not exist (any more)"
                    : "it breaks a rule of the data (for example a value that must be unique, or one that is"
                            + " required)";
            return new ClaimDeskException(Problem.INVALID_INPUT, "The change was not saved because " + detail + ".", e);
        }
        if (sqlite != null) {
            return DatabaseInspector.translate(file, sqlite);
        }
        SQLException sql = findCause(e, SQLException.class);
        if (sql != null) {
            return DatabaseInspector.translate(file, sql);
        }
        throw e;
    }

    private static boolean isConstraint(SQLiteErrorCode code) {
        return code == SQLiteErrorCode.SQLITE_CONSTRAINT || code.name().startsWith("SQLITE_CONSTRAINT_");
    }

    private static <T extends Throwable> T findCause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
