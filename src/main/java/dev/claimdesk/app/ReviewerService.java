package dev.claimdesk.app;

import dev.claimdesk.domain.Reviewer;
import dev.claimdesk.store.Store;
import java.util.List;

/** The people who review claims in this database. */
public final class ReviewerService {
    private final Store store;

    public ReviewerService(Store store) {
        this.store = store;
    }

    public List<Reviewer> list() {
        return store.read(tx -> tx.reviewers().list());
    }

    /** Returns the reviewer with this name, creating them (with these initials) when new. */
    public Reviewer findOrCreate(String name, String initials) {
        Reviewer wanted = Reviewer.validated(name, initials);
        return store.write(tx -> tx.reviewers().findByName(wanted.name()).orElseGet(() -> {
            long id = tx.reviewers().insert(wanted);
            return new Reviewer(id, wanted.name(), wanted.initials());
        }));
    }
}
