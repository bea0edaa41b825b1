package dev.claimdesk.ui;

import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.SimilarClaim;
import java.util.List;

/**
 * "Checked before" (decision 0023): linking a claim to the same claim of another article, reusing
 * that claim's verdict as a start, and showing a similar claim or fact-check.
 */
final class MatchingPresenter {
    private final Workbench w;
    private final ArticlePresenter articles;
    private final EvidencePresenter evidence;

    MatchingPresenter(Workbench w, ArticlePresenter articles, EvidencePresenter evidence) {
        this.w = w;
        this.articles = articles;
        this.evidence = evidence;
    }

    /** Records the claim as the same as a desk claim of another article; with {@code reuse}, starts from its verdict. */
    void link(Claim claim, SimilarClaim earlier, boolean reuse) {
        if (!earlier.isDeskClaim()) {
            return;
        }
        long earlierId = earlier.claimId();
        w.actions()
                .action(
                        reuse ? "Reusing the earlier verdict" : "Linking the claims",
                        c -> c.services().matching().linkSameAs(claim.id(), earlierId, reuse, c.reviewer()))
                .status(after -> reuse && after.verdictLabelId() != null
                        ? "Claim " + after.position() + " starts from the verdict \u201c" + earlier.verdict()
                                + "\u201d of \u201c" + source(earlier)
                                + "\u201d and its evidence; it still needs approval."
                        : "Claim " + after.position() + " is recorded as the same claim as one of \u201c"
                                + source(earlier) + "\u201d.")
                .onSuccess(after -> articles.claimsChanged(List.of(after)))
                .changesData()
                .run();
    }

    /** A desk claim is shown in its article; a fact-check's page opens in the browser. */
    void open(SimilarClaim match) {
        if (!match.isDeskClaim()) {
            evidence.openLink(match.url());
            return;
        }
        long id = match.claimId();
        w.actions()
                .action("Opening the claim", c -> c.services().claims().get(id))
                .onSuccess(c -> articles.showClaim(c.articleId(), c.id()))
                .run();
    }

    private static String source(SimilarClaim m) {
        return m.source() == null || m.source().isBlank() ? "an untitled article" : m.source();
    }
}
