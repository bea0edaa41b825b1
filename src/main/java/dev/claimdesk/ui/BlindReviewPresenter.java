package dev.claimdesk.ui;

import dev.claimdesk.app.BlindReviewService.Mode;
import dev.claimdesk.app.BlindReviewService.Outcome;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.ui.WorkspaceState.Scope;
import java.util.List;

/**
 * Blind double review in the workspace (decision 0027): the article's review mode, blind verdicts,
 * the adjudication queue, deciding and sending back. Every call goes through the action runner; the
 * service's refusals are shown in its words.
 */
final class BlindReviewPresenter {
    private final Workbench w;
    private final ArticlePresenter articles;

    BlindReviewPresenter(Workbench w, ArticlePresenter articles) {
        this.w = w;
        this.articles = articles;
    }

    /** Asks for the shown article's review mode and saves it (refused in words after the first verdict). */
    void chooseMode() {
        Long article = w.state().articleId();
        if (article == null) {
            w.status("Open an article first: the review mode is chosen per article.");
            return;
        }
        w.actions()
                .action("Loading the review mode", c -> c.services().blind().mode(article))
                .onSuccess(current -> w.dialogs()
                        .chooseReviewMode(current)
                        .filter(m -> !m.equals(current))
                        .ifPresent(m -> w.actions()
                                .action(
                                        "Saving the review mode",
                                        c -> c.services()
                                                .blind()
                                                .setMode(article, m.mode(), m.onAgreement(), c.reviewer()))
                                .status(saved -> "This article is now reviewed by " + describe(saved) + ".")
                                .onSuccess(saved -> articles.loadBlindProgress(article))
                                .changesData()
                                .run()))
                .run();
    }

    static String describe(Mode m) {
        return switch (m.mode()) {
            case FOUR_EYES -> "four-eyes";
            case BLIND ->
                "blind double review ("
                        + (m.onAgreement() == dev.claimdesk.domain.ReviewMode.OnAgreement.APPROVE
                                ? "agreeing verdicts are approved at once"
                                : "agreeing verdicts go to a third person for approval")
                        + ")";
        };
    }

    void submit(Claim claim, VerdictLabel label, String rationale) {
        w.actions()
                .action("Saving your blind verdict", c -> {
                    Outcome o = c.services().blind().submit(claim.id(), label.id(), rationale, c.reviewer());
                    return new Done(o, c.services().claims().get(claim.id()));
                })
                .status(d -> "Blind verdict on claim " + claim.position() + " saved: "
                        + switch (d.outcome()) {
                            case WAITING -> "the second reviewer's verdict is awaited.";
                            case AGREED_FOR_REVIEW -> "both verdicts agree; it waits for approval.";
                            case AGREED_APPROVED -> "both verdicts agree; it is approved.";
                            case TO_ADJUDICATION -> "the verdicts differ; it waits for an adjudicator.";
                        })
                .onSuccess(d -> articles.claimsChanged(List.of(d.claim())))
                .changesData()
                .run();
    }

    /** What a blind verdict led to, and the claim after it. */
    record Done(Outcome outcome, Claim claim) {}

    void adjudicate(Claim claim, VerdictLabel label, String rationale) {
        w.actions()
                .action(
                        "Deciding the claim",
                        c -> c.services().blind().adjudicate(claim.id(), label.id(), rationale, c.reviewer()))
                .status(after -> "Decided: claim " + after.position() + " is approved as \"" + label.name() + "\".")
                .onSuccess(after -> articles.claimsChanged(List.of(after)))
                .changesData()
                .run();
    }

    void sendBack(Claim claim) {
        w.dialogs()
                .askComment(
                        "Send back to both", "What should both reviewers look at again? They give new blind verdicts.")
                .ifPresent(comment -> w.actions()
                        .action("Sending the claim back", c -> {
                            c.services().blind().sendBack(claim.id(), comment, c.reviewer());
                            return c.services().claims().get(claim.id());
                        })
                        .status(after -> "Claim " + after.position() + " is back with both reviewers.")
                        .onSuccess(after -> articles.claimsChanged(List.of(after)))
                        .changesData()
                        .run());
    }

    /** Lists the adjudication queue and opens the claim chosen. */
    void showQueue() {
        w.actions()
                .action(
                        "Loading the adjudication queue",
                        c -> c.services().blind().adjudicationQueue())
                .onSuccess(queue -> {
                    if (queue.isEmpty()) {
                        w.status("No claim awaits adjudication.");
                        return;
                    }
                    w.dialogs().chooseToAdjudicate(queue).ifPresent(this::open);
                })
                .run();
    }

    private void open(Claim c) {
        if (!java.util.Objects.equals(w.state().articleId(), c.articleId())) {
            articles.selectArticle(c.articleId());
        }
        w.actions()
                .action("Opening the claim", x -> c)
                .scope(Scope.ARTICLE)
                .onSuccess(claim -> w.view().selectClaim(claim.id()))
                .run();
    }
}
