package dev.claimdesk.app;

import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.store.Store;
import java.nio.file.Path;
import java.time.Clock;

/** The services of one open database: what the UI and the CLI work with. */
public final class AppServices {
    private final Path databaseFile;
    private final ArticleService articles;
    private final ClaimService claims;
    private final EvidenceService evidence;
    private final ReviewerService reviewers;
    private final VerdictScaleService scales;
    private final BlindReviewService blind;
    private final StatsService stats;
    private final ExportService exports;
    private final MatchingService matching;

    private final Store store;

    private AppServices(Store store, Clock clock, ExportJournal journal) {
        this.store = store;
        this.databaseFile = store.file();
        store.useClock(clock);
        this.articles = new ArticleService(store, clock);
        this.claims = new ClaimService(store, clock);
        this.evidence = new EvidenceService(store, clock);
        this.reviewers = new ReviewerService(store);
        this.scales = new VerdictScaleService(store, clock);
        this.blind = new BlindReviewService(store, clock);
        this.stats = new StatsService(store, blind);
        this.exports = new ExportService(store, journal, blind);
        this.matching = new MatchingService(store, clock);
    }

    /**
     * Opens (creating or migrating) the database; throws a ClaimDeskException with a user message.
     * The data folder is the system's ({@link AppPaths#fromSystem}).
     */
    public static AppServices open(Path databaseFile, Clock clock) {
        return open(AppPaths.fromSystem(databaseFile), clock);
    }

    /**
     * Opens the database of {@code paths}. Every start of the GUI and of the CLI comes through
     * here, so this is where the temporary files of exports killed in an earlier run are removed.
     */
    public static AppServices open(AppPaths paths, Clock clock) {
        ExportJournal journal = new ExportJournal(paths.exportJournalDir());
        journal.cleanUp();
        return new AppServices(Store.open(paths.database()), clock, journal);
    }

    /**
     * Tells {@code listener} a plain progress message each time a change waits because another
     * program is writing to the same database (called on the thread doing the change).
     */
    public void onWaitingForDatabase(java.util.function.Consumer<String> listener) {
        store.onWaiting(waited -> listener.accept("Waiting for another program to finish saving to "
                + databaseFile.getFileName() + " (" + Math.max(1, waited.toSeconds()) + " s)…"));
    }

    /**
     * Opens the database as the app does: an older file is backed up before it is upgraded, and a
     * damaged one is reported with its newest backup when there is one. The daily backup is left to
     * the caller ({@link BackupService#dailyIfDue}), so the window need not wait for it.
     */
    public static AppServices open(Path databaseFile, Clock clock, BackupService backups) {
        return open(AppPaths.fromSystem(databaseFile), clock, backups);
    }

    /** As {@link #open(AppPaths, Clock)}, with a backup before an upgrade and the backup offer for damage. */
    public static AppServices open(AppPaths paths, Clock clock, BackupService backups) {
        ExportJournal journal = new ExportJournal(paths.exportJournalDir());
        journal.cleanUp();
        try {
            return new AppServices(Store.open(paths.database(), backups::beforeUpgrade), clock, journal);
        } catch (ClaimDeskException e) {
            throw backups.explain(paths.database(), e);
        }
    }

    /** The database file; null on a team server ({@link #isServer}). */
    public Path databaseFile() {
        return databaseFile;
    }

    /**
     * Connects to a team server (no data folder of its own: backups are the server's, with
     * pg_dump). The signed-in login is the reviewer of every change ({@link #signedInReviewer}).
     */
    public static AppServices openServer(dev.claimdesk.store.postgres.ServerLogin login, AppPaths paths, Clock clock) {
        ExportJournal journal = new ExportJournal(paths.exportJournalDir());
        journal.cleanUp();
        return new AppServices(Store.openServer(login), clock, journal);
    }

    /** True when this is a team server rather than a database file. */
    public boolean isServer() {
        return store.isServer();
    }

    /** The team server's address; empty for a file. */
    public java.util.Optional<dev.claimdesk.domain.ServerAddress> server() {
        return store.server();
    }

    /**
     * On a team server, the signed-in login: the reviewer of everything done here, whatever name
     * is passed to the services (the server writes it). Empty for a file.
     */
    public java.util.Optional<String> signedInReviewer() {
        return store.signedInReviewer();
    }

    /**
     * The reviewer to act as: on a team server always the signed-in login ("switch reviewer" does
     * not exist there), else {@code chosen}.
     */
    public String reviewerFor(String chosen) {
        return store.signedInReviewer().orElse(chosen);
    }

    /** Where this database is: the file, or the team server (without any password). */
    public DatabaseLocation location() {
        return store.server()
                .<DatabaseLocation>map(a -> new DatabaseLocation.Server(a, null))
                .orElseGet(() -> new DatabaseLocation.File(databaseFile));
    }

    /**
     * Other people's changes as they are committed on a team server, until the handle is closed
     * (see {@link dev.claimdesk.store.Store#listenForChanges}); nothing on a file.
     */
    public AutoCloseable listenForChanges(
            java.util.function.Consumer<dev.claimdesk.domain.DataChange> changes,
            java.util.function.BiConsumer<Boolean, String> status) {
        return store.listenForChanges(changes, status);
    }

    /** The file, or the server as it may be shown. */
    public String displayName() {
        return store.displayName();
    }

    public ArticleService articles() {
        return articles;
    }

    public ClaimService claims() {
        return claims;
    }

    public EvidenceService evidence() {
        return evidence;
    }

    public ReviewerService reviewers() {
        return reviewers;
    }

    public StatsService stats() {
        return stats;
    }

    public BlindReviewService blind() {
        return blind;
    }

    public VerdictScaleService scales() {
        return scales;
    }

    public ExportService exports() {
        return exports;
    }

    /** "Checked before": embeddings, the fact-check archive, similar claims (decision 0023). */
    public MatchingService matching() {
        return matching;
    }
}
