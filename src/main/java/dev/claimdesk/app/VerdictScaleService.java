package dev.claimdesk.app;

import dev.claimdesk.domain.VerdictScale;
import dev.claimdesk.store.Store;
import java.util.List;

/** The verdict scales of this database; the default one first. */
public final class VerdictScaleService {
    private final Store store;

    public VerdictScaleService(Store store) {
        this.store = store;
    }

    public List<VerdictScale> list() {
        return store.read(tx -> tx.scales().list());
    }

    public VerdictScale defaultScale() {
        return store.read(tx -> tx.scales().defaultScale());
    }
}
