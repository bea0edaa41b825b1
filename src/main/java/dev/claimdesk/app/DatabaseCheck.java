package dev.claimdesk.app;

import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.store.DatabaseHealth;
import dev.claimdesk.store.Store;
import java.nio.file.Path;

/** The read-only health check behind {@code claimdesk check}. */
public final class DatabaseCheck {
    private DatabaseCheck() {}

    /** A summary of a healthy database; throws a ClaimDeskException when it is not one. */
    public record Report(int schemaVersion, long articles, long claims, long evidence, long auditEvents) {}

    /** As {@link #run(Path)}; a damaged file's message names its newest backup when there is one. */
    public static Report run(Path file, BackupService backups) {
        try {
            return run(file);
        } catch (ClaimDeskException e) {
            throw backups.explain(file, e);
        }
    }

    public static Report run(Path file) {
        DatabaseHealth h = Store.check(file);
        return new Report(h.schemaVersion(), h.articles(), h.claims(), h.evidence(), h.auditEvents());
    }
}
