package dev.claimdesk.ui;

import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.ui.undo.EvidenceEdit;
import dev.claimdesk.ui.undo.EvidenceExistence;
import java.util.Locale;

/** Evidence of a claim (add, edit, delete) and the links in it. */
final class EvidencePresenter {
    private final Workbench w;
    private final ArticlePresenter articles;

    EvidencePresenter(Workbench w, ArticlePresenter articles) {
        this.w = w;
        this.articles = articles;
    }

    void addEvidence(Claim claim) {
        if (!w.state().hasDatabase()) {
            return;
        }
        if (claim.state() == ClaimState.PROPOSED) {
            w.status("Accept the claim (A) before adding evidence.");
            return;
        }
        if (claim.state() != ClaimState.OPEN && claim.state() != ClaimState.IN_RESEARCH) {
            w.status("Claim " + claim.position() + " is " + claim.state().label()
                    + ": its evidence can change only while it is researched (return or reopen it first).");
            return;
        }
        w.dialogs().editEvidence(claim, null, w.state().reviewer()).ifPresent(draft -> save(claim, null, draft));
    }

    void editEvidence(Claim claim, Evidence evidence) {
        if (!w.state().hasDatabase()) {
            return;
        }
        w.dialogs()
                .editEvidence(claim, evidence, w.state().reviewer())
                .ifPresent(draft -> save(claim, evidence, draft));
    }

    private void save(Claim claim, Evidence before, Evidence draft) {
        w.actions()
                .action(
                        "Saving the evidence",
                        c -> before == null
                                ? c.services().evidence().add(draft, c.reviewer())
                                : c.services().evidence().update(draft, c.reviewer()))
                .undoable(saved -> before == null
                        ? new EvidenceExistence("Add evidence", saved, true)
                        : new EvidenceEdit(before, saved))
                .status(saved -> (before == null ? "Added " : "Saved ") + stanceWords(saved) + " evidence to claim "
                        + claim.position() + ".")
                .onSuccess(saved -> articles.refreshClaim(claim.id()))
                .onFailure(e -> {
                    w.dialogs().showError(e.problem().title(), e.userMessage());
                    Evidence retry = draft;
                    Evidence basis = before;
                    if (e instanceof dev.claimdesk.domain.ChangedMeanwhileException changed) {
                        // Someone else's edit is shown; saving the draft again is then a choice made knowingly.
                        articles.refreshClaim(claim.id());
                        if (changed.currentEvidence().isEmpty()) {
                            return;
                        }
                        basis = changed.currentEvidence().get();
                        retry = draft.withVersion(basis.version());
                    }
                    // Nothing typed is lost: the editor opens again with the draft.
                    Evidence again0 = basis;
                    w.dialogs()
                            .editEvidence(claim, retry, w.state().reviewer())
                            .ifPresent(again -> save(claim, again0, again));
                })
                .run();
    }

    void deleteEvidence(Claim claim, Evidence evidence) {
        w.actions()
                .action("Deleting the evidence", c -> {
                    c.services().evidence().delete(evidence.id(), c.reviewer());
                    return evidence;
                })
                .undoable(gone -> new EvidenceExistence("Delete evidence", gone, false))
                .status(gone -> "Deleted the evidence item (Ctrl+Z brings it back).")
                .onSuccess(gone -> articles.refreshClaim(claim.id()))
                .run();
    }

    private static String stanceWords(Evidence e) {
        return switch (e.stance()) {
            case SUPPORTS -> "supporting";
            case REFUTES -> "refuting";
            case CONTEXT -> "context";
        };
    }

    /**
     * Saves the local copy the database keeps for an evidence item where the reviewer chooses (any
     * reviewer of the desk, on any computer); the bytes are checked against the recorded SHA-256.
     */
    void saveLocalCopy(Evidence e) {
        String name = localCopyName(e);
        java.util.Optional<java.nio.file.Path> target = w.dialogs().chooseLocalCopyTarget(name);
        if (target.isEmpty()) {
            return;
        }
        java.nio.file.Path to = target.get();
        w.actions()
                .action("Saving the local copy", c -> {
                    dev.claimdesk.domain.Attachment a = c.services()
                            .evidence()
                            .localCopy(e)
                            .orElseThrow(() -> new dev.claimdesk.domain.ClaimDeskException(
                                    dev.claimdesk.domain.ClaimDeskException.Problem.NOT_FOUND,
                                    "The database does not keep this file: it was attached on another computer"
                                            + " before ClaimDesk kept local copies, and is not there any more."
                                            + " Attach it again from where it is."));
                    try {
                        java.nio.file.Files.write(to, a.content());
                    } catch (java.io.IOException io) {
                        throw new dev.claimdesk.domain.ClaimDeskException(
                                dev.claimdesk.domain.ClaimDeskException.Problem.IO,
                                "The copy could not be written to " + to + ". Choose a folder you may write to.",
                                io);
                    }
                    return a;
                })
                .onSuccess(a -> w.status("Saved the local copy to " + to + " (" + a.byteSize() + " bytes, SHA-256 "
                        + a.sha256().substring(0, 12) + "…)."))
                .run();
    }

    /** The attached file's own name, or a name made from its hash. */
    static String localCopyName(Evidence e) {
        String path = e.attachmentPath();
        if (path != null && !path.isBlank()) {
            String name = path.strip().replace('\\', '/');
            name = name.substring(name.lastIndexOf('/') + 1);
            if (!name.isBlank()) {
                return name;
            }
        }
        return "evidence-" + e.attachmentSha256().substring(0, 12);
    }

    /** Opens web links in the browser; anything else (file:, javascript: …) is only copied. */
    void openLink(String url) {
        String u = url == null ? "" : url.strip();
        String scheme = u.contains(":") ? u.substring(0, u.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        boolean web = scheme.equals("http") || scheme.equals("https");
        if (web && w.dialogs().browse(u)) {
            w.status("Opened " + u + " in the browser.");
            return;
        }
        w.dialogs().copyToClipboard(u);
        w.status(
                web
                        ? "No browser could be opened; the link is copied: " + u
                        : "Only web links open in the browser; the address is copied: " + u);
    }
}
