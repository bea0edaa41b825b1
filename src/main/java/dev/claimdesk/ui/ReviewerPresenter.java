package dev.claimdesk.ui;

import dev.claimdesk.domain.Reviewer;
import java.util.List;
import java.util.Optional;

/** Who reviews: the remembered reviewer of this computer, or the question "Who are you?". */
final class ReviewerPresenter {
    static final String REVIEWER_SETTING = "reviewer.name";

    private final Workbench w;

    ReviewerPresenter(Workbench w) {
        this.w = w;
    }

    /** After a database opened: the remembered reviewer if this database knows them, else the question. */
    void afterOpen() {
        java.util.Optional<String> signedIn = w.state().services().signedInReviewer();
        if (signedIn.isPresent()) {
            signIn(signedIn.get());
            return;
        }
        String saved = w.settings().get(REVIEWER_SETTING).orElse(null);
        w.actions()
                .action("Loading reviewers", c -> c.services().reviewers().list())
                .onSuccess(known -> {
                    Optional<Reviewer> match =
                            known.stream().filter(r -> r.name().equals(saved)).findFirst();
                    if (match.isPresent()) {
                        use(match.get());
                    } else {
                        // Asked after this callback returns, so other results can reach the window first.
                        java.awt.EventQueue.invokeLater(() -> ask(known, true));
                    }
                })
                .run();
    }

    /** On a team server the reviewer is the login signed in: no question, and nothing remembered. */
    private void signIn(String login) {
        w.actions()
                .action("Loading reviewers", c -> c.services().reviewers().list())
                .onSuccess(known -> {
                    String initials = known.stream()
                            .filter(r -> r.name().equals(login))
                            .map(Reviewer::initials)
                            .findFirst()
                            .orElse(Reviewer.initialsOf(login));
                    w.state().reviewerChanged(login);
                    w.view().reviewerChanged(login);
                    afterChange.run();
                    w.view().showReviewer(login + " (" + initials + "), signed in");
                })
                .run();
    }

    /** File > Switch reviewer. */
    void switchReviewer() {
        if (w.state().hasDatabase() && w.state().services().isServer()) {
            w.dialogs()
                    .showInfo(
                            "Switch reviewer",
                            "On a team server you are the login you signed in with ("
                                    + w.state().services().signedInReviewer().orElse("") + "). To work as"
                                    + " someone else, connect with their login: File > Connect to team server….");
            return;
        }
        w.actions()
                .action("Loading reviewers", c -> c.services().reviewers().list())
                .onSuccess(known -> ask(known, false))
                .run();
    }

    private void ask(List<Reviewer> known, boolean firstRun) {
        Optional<DialogService.ReviewerInput> input =
                w.dialogs().askReviewer(known, w.state().reviewer(), firstRun);
        if (input.isEmpty()) {
            if (w.state().reviewer() == null) {
                w.status("Choose who you are (File > Switch reviewer) before making changes.");
            }
            return;
        }
        w.actions()
                .action(
                        "Saving the reviewer",
                        c -> c.services()
                                .reviewers()
                                .findOrCreate(input.get().name(), input.get().initials()))
                .onSuccess(this::use)
                .onFailure(e -> {
                    w.dialogs().showError(e.problem().title(), e.userMessage());
                    ask(known, firstRun);
                })
                .run();
    }

    /** Runs after another reviewer signed in (the detail is loaded again as they may see it). */
    void onChange(Runnable r) {
        afterChange = r;
    }

    private Runnable afterChange = () -> {};

    private void use(Reviewer r) {
        w.state().reviewerChanged(r.name());
        w.view().reviewerChanged(r.name());
        afterChange.run();
        w.view().showReviewer(r.name() + " (" + r.initials() + ")");
        w.settings().put(REVIEWER_SETTING, r.name());
        w.saveSettings();
    }
}
