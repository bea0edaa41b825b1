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
        java.util.Optional<String> login = store.signedInReviewer();
        if (login.isPresent() && !login.get().equals(wanted.name())) {
            // The server writes the signed-in login into every change: another name cannot be used.
            throw new dev.claimdesk.domain.ClaimDeskException(
                    dev.claimdesk.domain.ClaimDeskException.Problem.RULE_VIOLATION,
                    "On a team server you work as your login, " + login.get() + "; to work as " + wanted.name()
                            + ", connect with that login instead.");
        }
        return store.write(tx -> tx.reviewers().findByName(wanted.name()).orElseGet(() -> {
            long id = tx.reviewers().insert(wanted);
            return new Reviewer(id, wanted.name(), wanted.initials());
        }));
    }
}
