package dev.claimdesk.ui.undo;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.domain.Evidence;

/** An evidence item's fields: undo writes the old ones back, redo the new ones. */
public final class EvidenceEdit implements Change {
    private final Evidence before;
    private final Evidence after;

    public EvidenceEdit(Evidence before, Evidence after) {
        this.before = before;
        this.after = after;
    }

    @Override
    public String name() {
        return "Edit evidence";
    }

    @Override
    public Refresh apply(AppServices services, String reviewer, boolean undo) {
        // Undo puts the old fields back only over the row this edit left (its version); redo goes
        // over whatever the undo left.
        Evidence e = undo ? before.withVersion(after.version()) : after.withVersion(0);
        services.evidence().update(e, reviewer);
        return Refresh.claim(e.claimId());
    }
}
