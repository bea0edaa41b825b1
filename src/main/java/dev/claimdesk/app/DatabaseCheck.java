package dev.claimdesk.app;

import dev.claimdesk.store.DatabaseHealth;
import dev.claimdesk.store.Store;
import java.nio.file.Path;

/** The read-only health check behind {@code claimdesk check}. */
public final class DatabaseCheck {
    private DatabaseCheck() {}

    /** A summary of a healthy database; throws a ClaimDeskException when it is not one. */
    public record Report(int schemaVersion, long articles, long claims, long evidence, long auditEvents) {}

    public static Report run(Path file) {
        DatabaseHealth h = Store.check(file);
        return new Report(h.schemaVersion(), h.articles(), h.claims(), h.evidence(), h.auditEvents());
    }
}
