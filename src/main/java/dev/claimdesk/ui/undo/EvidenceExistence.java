package dev.claimdesk.ui.undo;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.domain.Evidence;

/**
 * An evidence item that an edit added or deleted: undo and redo delete it or put it back (with a
 * new id, remembered for the next step).
 */
public final class EvidenceExistence implements Change {
    private final String name;
    private final boolean added;
    private volatile Evidence current;

    /** @param added true when the edit added {@code evidence}, false when it deleted it */
    public EvidenceExistence(String name, Evidence evidence, boolean added) {
        this.name = name;
        this.current = evidence;
        this.added = added;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Refresh apply(AppServices services, String reviewer, boolean undo) {
        boolean present = undo != added;
        Evidence e = current;
        if (present) {
            current = services.evidence().restore(e, reviewer);
        } else {
            services.evidence().delete(e.id(), reviewer);
        }
        return Refresh.claim(e.claimId());
    }
}
