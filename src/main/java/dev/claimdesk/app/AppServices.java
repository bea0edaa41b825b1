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
    private final ExportService exports;

    private AppServices(Store store, Clock clock) {
        this.databaseFile = store.file();
        this.articles = new ArticleService(store, clock);
        this.claims = new ClaimService(store, clock);
        this.evidence = new EvidenceService(store, clock);
        this.reviewers = new ReviewerService(store);
        this.scales = new VerdictScaleService(store);
        this.exports = new ExportService(store);
    }

    /** Opens (creating or migrating) the database; throws a ClaimDeskException with a user message. */
    public static AppServices open(Path databaseFile, Clock clock) {
        return new AppServices(Store.open(databaseFile), clock);
    }

    /**
     * Opens the database as the app does: an older file is backed up before it is upgraded, and a
     * damaged one is reported with its newest backup when there is one. The daily backup is left to
     * the caller ({@link BackupService#dailyIfDue}), so the window need not wait for it.
     */
    public static AppServices open(Path databaseFile, Clock clock, BackupService backups) {
        try {
            return new AppServices(Store.open(databaseFile, backups::beforeUpgrade), clock);
        } catch (ClaimDeskException e) {
            throw backups.explain(databaseFile, e);
        }
    }

    public Path databaseFile() {
        return databaseFile;
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

    public VerdictScaleService scales() {
        return scales;
    }

    public ExportService exports() {
        return exports;
    }
}
