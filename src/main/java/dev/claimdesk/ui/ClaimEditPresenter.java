package dev.claimdesk.ui;

import dev.claimdesk.domain.Claim;
import dev.claimdesk.ui.undo.ClaimVersions;
import java.util.List;

/** Claims made from a text selection, split, merged, or marked as duplicates. */
final class ClaimEditPresenter {
    private final Workbench w;
    private final ArticlePresenter articles;

    ClaimEditPresenter(Workbench w, ArticlePresenter articles) {
        this.w = w;
        this.articles = articles;
    }

    /** Offsets of the text shown, which is always the current article's (stale loads are dropped). */
    void markClaim(int start, int end) {
        Long articleId = w.state().articleId();
        if (!w.state().hasDatabase() || articleId == null) {
            return;
        }
        if (end <= start) {
            w.status("Select the words of the claim in the article text first.");
            return;
        }
        w.actions()
                .action("Adding the claim", c -> c.services().claims().addManual(articleId, start, end, c.reviewer()))
                .undoable(c -> ClaimVersions.of("New claim", ClaimVersions.withdrawn(c), c))
                .status(c -> "Claim " + c.position() + " added from the selection.")
                .onSuccess(c -> {
                    if (articleId.equals(w.state().articleId())) {
                        w.view().showClaimsChanged(List.of(c));
                        w.view().selectClaim(c.id());
                    }
                })
                .run();
    }

    /** The claim before a split and its two parts. */
    record Split(Claim before, Claim first, Claim second) {}

    void split(Claim claim, int at) {
        w.actions()
                .action("Splitting the claim", c -> {
                    Claim before = c.services().claims().get(claim.id());
                    List<Claim> parts = c.services().claims().split(claim.id(), at, c.reviewer());
                    return new Split(before, parts.get(0), parts.get(1));
                })
                .undoable(r -> new ClaimVersions(
                        "Split claim",
                        List.of(r.before(), ClaimVersions.withdrawn(r.second())),
                        List.of(r.first(), r.second())))
                .status(r -> "Claim " + claim.position() + " split; the rest is claim "
                        + r.second().position() + ".")
                .onSuccess(r -> articles.claimsChanged(List.of(r.first(), r.second())))
                .run();
    }

    /** Two claims before a merge and after it. */
    record Merge(Claim first, Claim second, Claim grown, Claim gone) {}

    void merge(Claim first, Claim second) {
        if (second == null) {
            w.status("There is no later claim in the text to merge with.");
            return;
        }
        w.actions()
                .action("Merging the claims", c -> {
                    Claim a = c.services().claims().get(first.id());
                    Claim b = c.services().claims().get(second.id());
                    List<Claim> merged = c.services().claims().merge(first.id(), second.id(), c.reviewer());
                    return new Merge(a, b, merged.get(0), merged.get(1));
                })
                .undoable(r ->
                        new ClaimVersions("Merge claims", List.of(r.first(), r.second()), List.of(r.grown(), r.gone())))
                .status(r -> "Claims " + first.position() + " and " + second.position() + " merged.")
                .onSuccess(r -> articles.claimsChanged(List.of(r.grown(), r.gone())))
                .run();
    }

    void markDuplicate(Claim claim, List<Claim> candidates) {
        if (candidates.isEmpty()) {
            w.status("There is no other claim in this article to be a duplicate of.");
            return;
        }
        w.dialogs()
                .chooseOriginal(claim, candidates)
                .ifPresent(original -> w.actions()
                        .action("Marking the duplicate", c -> {
                            Claim before = c.services().claims().get(claim.id());
                            return new ReviewPresenter.Versions(
                                    before,
                                    c.services().claims().markDuplicate(claim.id(), original.id(), c.reviewer()));
                        })
                        .undoable(v -> ClaimVersions.of("Mark as duplicate", v.before(), v.after()))
                        .status(v ->
                                "Claim " + claim.position() + " is a duplicate of claim " + original.position() + ".")
                        .onSuccess(v -> articles.claimsChanged(List.of(v.after())))
                        .run());
    }
}
