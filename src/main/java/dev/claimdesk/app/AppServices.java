package dev.claimdesk.app;

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
