package dev.claimdesk.ui;

import dev.claimdesk.domain.Checklist;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.ClaimDetail;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.ClaimWorkflow;
import dev.claimdesk.domain.DismissReason;
import dev.claimdesk.domain.GuardRailWarning;
import dev.claimdesk.domain.Transition;
import dev.claimdesk.domain.TransitionRequest;
import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.ui.undo.ChecklistTick;
import dev.claimdesk.ui.undo.ClaimVersions;
import java.util.List;

/** The review workflow of a claim: accept, dismiss, verdict, submit, approve, return, reopen, assign, checklist. */
final class ReviewPresenter {
    private final Workbench w;
    private final ArticlePresenter articles;

    ReviewPresenter(Workbench w, ArticlePresenter articles) {
        this.w = w;
        this.articles = articles;
    }

    /** A claim's version before and after a change. */
    record Versions(Claim before, Claim after) {}

    /** A saved verdict, the claim before it, and the guard-rail warnings about it. */
    record VerdictSaved(Claim before, Claim claim, List<GuardRailWarning> warnings) {}

    void accept(Claim claim) {
        act(claim, ClaimAction.ACCEPT, null, null, "Accept");
    }

    /** Dismisses a claim after asking why (opinion, prediction, not significant, duplicate). */
    void dismiss(Claim claim) {
        if (claim.state() != ClaimState.PROPOSED && claim.state() != ClaimState.OPEN) {
            w.status("Only proposed and open claims can be dismissed.");
            return;
        }
        w.dialogs()
                .askDismissReason(claim.text())
                .ifPresent(reason -> act(claim, ClaimAction.DISMISS, reason, null, "Dismiss"));
    }

    /** Proposes (or changes) the verdict, then tells the reviewer what the guard rails warn about. */
    void saveVerdict(Claim claim, VerdictLabel label, String rationale) {
        w.actions()
                .action("Saving the verdict", c -> {
                    Claim before = c.services().claims().get(claim.id());
                    Claim changed = c.services()
                            .claims()
                            .setVerdict(claim.id(), claim.version(), label.id(), rationale, c.reviewer());
                    return new VerdictSaved(
                            before, changed, c.services().claims().warnings(claim.id()));
                })
                .undoable(v -> ClaimVersions.of("Verdict \"" + label.name() + "\"", v.before(), v.claim()))
                .status(v -> v.warnings().isEmpty()
                        ? "Verdict \"" + label.name() + "\" saved."
                        : "Verdict saved. Check: "
                                + String.join(
                                        " ",
                                        v.warnings().stream()
                                                .map(GuardRailWarning::message)
                                                .toList()))
                .onSuccess(v -> articles.claimsChanged(List.of(v.claim())))
                .onFailure(this::refused)
                .run();
    }

    /**
     * A refused change in words; when someone else changed the claim meanwhile, the claim is shown
     * again as it is now (queue and detail), so the reviewer decides on what is really there. The
     * verdict and the claim actions pass the version of the claim the reviewer saw; the reviewer's
     * own changes since (a second step before the window showed the first) do not count
     * (ClaimService.find).
     */
    private void refused(dev.claimdesk.domain.ClaimDeskException e) {
        w.dialogs().showError(e.problem().title(), e.userMessage());
        if (e instanceof dev.claimdesk.domain.ChangedMeanwhileException changed) {
            changed.currentClaim().ifPresent(now -> articles.claimsChanged(List.of(now)));
        }
    }

    void submit(Claim claim) {
        act(claim, ClaimAction.SUBMIT_FOR_REVIEW, null, null, "Submit for review");
    }

    /**
     * Shows what is being approved (claim, verdict, rationale, evidence and stances, unticked
     * checks) and asks for an optional comment; approves only when confirmed.
     */
    void approve(Claim claim) {
        w.actions()
                .action(
                        "Loading the claim",
                        c -> new ApprovalSummary.Loaded(
                                c.services().claims().detail(claim.id()),
                                c.services().scales().scaleFor(claim.articleId())))
                .onSuccess(loaded -> {
                    ClaimDetail d = loaded.detail();
                    String who = w.state().reviewer();
                    Transition t = who == null
                            ? null
                            : ClaimWorkflow.decide(
                                    d.claim().state(),
                                    new TransitionRequest(
                                            ClaimAction.APPROVE,
                                            who,
                                            null,
                                            null,
                                            d.claim().verdictBy()));
                    if (t instanceof Transition.Rejected refused) {
                        // Said before the summary is shown: the four-eyes rule, a claim not in review.
                        w.dialogs()
                                .showError(
                                        dev.claimdesk.domain.ClaimDeskException.Problem.RULE_VIOLATION.title(),
                                        refused.reason());
                        return;
                    }
                    ApprovalSummary summary = ApprovalSummary.of(d, loaded.scale(), Checklist.questionsFor(d.claim()));
                    w.dialogs()
                            .confirmApproval(summary)
                            .ifPresentOrElse(
                                    comment -> act(
                                            d.claim(),
                                            ClaimAction.APPROVE,
                                            null,
                                            comment.isBlank() ? null : comment.strip(),
                                            "Approve"),
                                    () -> w.status("Not approved: claim " + claim.position() + " is unchanged."));
                })
                .run();
    }

    /** Returns a claim to research with a comment for the reviewer who proposed the verdict. */
    void giveBack(Claim claim) {
        w.dialogs()
                .askComment("Return the claim", "What needs more work? The reviewer who proposed the verdict sees it.")
                .ifPresent(comment -> act(claim, ClaimAction.RETURN, null, comment, "Return"));
    }

    /** Reopens an approved claim, with the reason in the history. */
    void reopen(Claim claim) {
        w.dialogs()
                .askComment(
                        "Reopen the claim", "Why is the approved verdict reopened? The reason goes into the history.")
                .ifPresent(comment -> act(claim, ClaimAction.REOPEN, null, comment, "Reopen"));
    }

    private void act(Claim claim, ClaimAction action, DismissReason reason, String comment, String name) {
        w.actions()
                .action("Updating the claim", c -> {
                    Claim before = c.services().claims().get(claim.id());
                    return new Versions(
                            before,
                            c.services()
                                    .claims()
                                    .act(claim.id(), claim.version(), action, comment, reason, c.reviewer()));
                })
                .undoable(v -> ClaimVersions.of(name, v.before(), v.after()))
                .status(v -> name + ": claim " + v.after().position() + " is now "
                        + v.after().state().label() + ".")
                .onSuccess(v -> articles.claimsChanged(List.of(v.after())))
                .onFailure(this::refused)
                .run();
    }

    /** Accepts every claim selected in the queue: one undo step; claims it does not apply to are listed. */
    void acceptMany(List<Claim> claims) {
        bulk(claims, ClaimAction.ACCEPT, null, "Accept");
    }

    /** Dismisses every selected claim with one reason, asked once. */
    void dismissMany(List<Claim> claims) {
        w.dialogs()
                .askDismissReason(claims.size() + " selected claims")
                .ifPresent(reason -> bulk(claims, ClaimAction.DISMISS, reason, "Dismiss"));
    }

    /** Hands every selected claim to one reviewer (or to nobody). */
    void assignMany(List<Claim> claims) {
        w.actions()
                .action("Loading reviewers", c -> c.services().reviewers().list())
                .onSuccess(known -> w.dialogs()
                        .chooseAssignee(claims.get(0), known)
                        .ifPresent(name -> w.actions()
                                .action(
                                        "Assigning " + claims.size() + " claims",
                                        c -> c.services().claims().assignMany(ids(claims), name, c.reviewer()))
                                .undoable(b -> undoStep("Assign", b))
                                .status(b -> summary(
                                        b, name == null ? "assigned to nobody" : "assigned to " + name, "assigned"))
                                .onSuccess(this::bulkDone)
                                .onFailure(this::refused)
                                .run()))
                .run();
    }

    private void bulk(List<Claim> claims, ClaimAction action, DismissReason reason, String name) {
        w.actions()
                .action(
                        "Updating " + claims.size() + " claims",
                        c -> c.services().claims().actOnMany(ids(claims), action, reason, c.reviewer()))
                .undoable(b -> undoStep(name, b))
                .status(b -> summary(
                        b,
                        action == ClaimAction.ACCEPT ? "accepted" : "dismissed",
                        name.toLowerCase(java.util.Locale.ROOT) + "ed"))
                .onSuccess(this::bulkDone)
                .onFailure(this::refused)
                .run();
    }

    private static List<Long> ids(List<Claim> claims) {
        return claims.stream().map(Claim::id).toList();
    }

    /** The whole bulk action is one step of Edit > Undo (none when nothing changed). */
    private static ClaimVersions undoStep(String name, dev.claimdesk.app.ClaimService.Bulk b) {
        return b.after().isEmpty()
                ? null
                : new ClaimVersions(name + " " + b.after().size() + " claims", b.before(), b.after());
    }

    /** "7 claims accepted; not changed: claims 3, 9" (the reasons follow in a message). */
    static String summary(dev.claimdesk.app.ClaimService.Bulk b, String done, String verb) {
        String changed = b.after().size() == 1 ? "1 claim " + done : b.after().size() + " claims " + done;
        if (b.refused().isEmpty()) {
            return changed + ".";
        }
        return changed + "; not " + verb + ": " + numbers(b.refused()) + ".";
    }

    private static String numbers(List<dev.claimdesk.app.ClaimService.Refused> refused) {
        return (refused.size() == 1 ? "claim " : "claims ")
                + String.join(
                        ", ",
                        refused.stream().map(r -> String.valueOf(r.position())).toList());
    }

    private void bulkDone(dev.claimdesk.app.ClaimService.Bulk b) {
        if (!b.after().isEmpty()) {
            articles.claimsChanged(b.after());
        }
        if (!b.refused().isEmpty()) {
            StringBuilder why = new StringBuilder();
            for (var r : b.refused()) {
                why.append("Claim ")
                        .append(r.position())
                        .append(": ")
                        .append(r.reason())
                        .append('\n');
            }
            w.dialogs()
                    .showInfo(
                            "Not changed: " + numbers(b.refused()),
                            why.toString().strip());
        }
    }

    /** Hands the claim to a reviewer of this database (or to nobody). */
    void assign(Claim claim) {
        w.actions()
                .action("Loading reviewers", c -> c.services().reviewers().list())
                .onSuccess(known -> w.dialogs()
                        .chooseAssignee(claim, known)
                        .ifPresent(name -> w.actions()
                                .action("Assigning the claim", c -> {
                                    Claim before = c.services().claims().get(claim.id());
                                    return new Versions(
                                            before, c.services().claims().assign(claim.id(), name, c.reviewer()));
                                })
                                .undoable(v -> ClaimVersions.of("Assign", v.before(), v.after()))
                                .status(v -> v.after().assignee() == null
                                        ? "Claim " + v.after().position() + " is assigned to nobody."
                                        : "Claim " + v.after().position() + " is assigned to "
                                                + v.after().assignee() + ".")
                                .onSuccess(v -> articles.claimsChanged(List.of(v.after())))
                                .onFailure(this::refused)
                                .run()))
                .run();
    }

    void setChecked(Claim claim, String item, boolean checked) {
        w.actions()
                .action("Saving the checklist", c -> {
                    c.services().claims().setChecked(claim.id(), item, checked, c.reviewer());
                    return item;
                })
                .undoable(done -> new ChecklistTick(claim.id(), item, checked))
                .status(done -> (checked ? "Ticked: " : "Unticked: ") + item)
                .onSuccess(done -> articles.loadDetail(claim.id()))
                .onFailure(e -> {
                    w.dialogs().showError(e.problem().title(), e.userMessage());
                    articles.loadDetail(claim.id());
                })
                .run();
    }
}
