package dev.claimdesk.ui;

import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.ArticleProgress;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.SearchQuery;
import dev.claimdesk.ui.WorkspaceState.Scope;
import dev.claimdesk.ui.undo.ArticleDetails;
import dev.claimdesk.ui.undo.Refresh;
import java.util.List;
import java.util.Map;

/**
 * The article list, the article shown with its claims, the claim selected with its detail, the
 * search and the source details. Every load is keyed, so only the latest of each kind is shown.
 */
final class ArticlePresenter {
    private final Workbench w;
    /** The status line that a shown search result wrote (null: no search shown). */
    private String searchStatus;

    ArticlePresenter(Workbench w) {
        this.w = w;
    }

    /** An article and its claims, loaded together off the EDT. */
    /** An article with its claims and the scale its verdicts are given on (its own or the desk's). */
    record ArticleWithClaims(Article article, List<Claim> claims, dev.claimdesk.domain.VerdictScale scale) {}

    /** The articles and their review progress, loaded together. */
    record ArticleList(List<Article> articles, Map<Long, ArticleProgress> progress) {}

    /** Reloads the article list and shows {@code select}, else the article shown before, else the newest. */
    void refreshArticles(Long select) {
        w.actions()
                .action(
                        "Loading articles",
                        c -> new ArticleList(
                                c.services().articles().list(),
                                c.services().articles().progress()))
                .latest("articles")
                .onSuccess(loaded -> {
                    List<Article> list = loaded.articles();
                    Long wanted = select != null ? select : w.state().articleId();
                    Long chosen = list.stream().anyMatch(a -> wanted != null && a.id() == wanted)
                            ? wanted
                            : list.isEmpty() ? null : list.get(0).id();
                    w.view().showArticles(list, loaded.progress(), chosen);
                    if (chosen != null) {
                        selectArticle(chosen);
                    } else {
                        w.state().articleShown(null);
                    }
                })
                .run();
    }

    void selectArticle(long articleId) {
        Long shown = w.state().articleId();
        boolean another = shown == null || shown != articleId;
        w.state().articleShown(articleId);
        if (another) {
            clearSearch(false);
        }
        w.actions()
                .action(
                        "Loading the article",
                        c -> new ArticleWithClaims(
                                c.services().articles().get(articleId),
                                c.services().claims().listByArticle(articleId),
                                c.services().scales().scaleFor(articleId)))
                .scope(Scope.ARTICLE)
                .latest("article")
                .onSuccess(v -> {
                    w.view().showScale(v.scale());
                    w.view().showArticle(v.article(), v.claims());
                    loadBlindProgress(articleId);
                    Long pending = claimToShow;
                    claimToShow = null;
                    if (pending != null && v.claims().stream().anyMatch(c -> c.id() == pending)) {
                        w.view().selectClaim(pending);
                    }
                })
                .run();
    }

    /** The blind progress of the article's claims ("1 of 2 verdicts"), for the queue (decision 0027). */
    void loadBlindProgress(long articleId) {
        w.actions()
                .action("Loading the review progress", c -> c.services().blind().progress(articleId))
                .scope(Scope.ARTICLE)
                .latest("blindProgress")
                .onSuccess(w.view()::showBlindProgress)
                .run();
    }

    /** A claim's detail as the signed-in reviewer may see it, with their view of its blind review. */
    record DetailLoaded(dev.claimdesk.domain.ClaimDetail detail, dev.claimdesk.app.BlindReviewService.View blind) {}

    /** How many claims and fact-checks "checked before" asks for (those close enough are shown). */
    static final int SIMILAR_ASKED = 8;

    /** A claim to select once its article, being loaded, is shown (null: none). */
    private Long claimToShow;

    void claimSelected(Claim claim) {
        w.state().claimSelected(claim.id());
        loadDetail(claim.id());
        loadSimilar(claim.id());
    }

    /**
     * "Checked before": the claims of other articles and the archive's fact-checks most like the
     * selected claim. The first search loads the embedding model, off the EDT.
     */
    void loadSimilar(long claimId) {
        w.view().showSimilarLoading(claimId);
        w.actions()
                .action(
                        "Looking for claims checked before",
                        c -> c.services().matching().similarTo(claimId, SIMILAR_ASKED))
                .scope(Scope.CLAIM)
                .latest("similar")
                .onSuccess(found -> w.view().showSimilar(claimId, found))
                .onFailure(e -> {
                    w.view().showSimilar(claimId, List.of());
                    if (e.problem() != ClaimDeskException.Problem.NOT_FOUND) {
                        w.status("Claims checked before could not be looked up: " + e.userMessage());
                    }
                })
                .run();
    }

    /** Shows a claim of any article: its article first, then the claim selected in it. */
    void showClaim(long articleId, long claimId) {
        if (java.util.Objects.equals(w.state().articleId(), articleId)) {
            w.view().selectClaim(claimId);
            return;
        }
        claimToShow = claimId;
        refreshArticles(articleId); // the list shows that article chosen, then the article loads
    }

    /** Loads the detail of the selected claim (nothing, if {@code claimId} is no longer selected). */
    void loadDetail(long claimId) {
        Long selected = w.state().claimId();
        if (selected == null || selected != claimId) {
            return;
        }
        w.actions()
                .action(
                        "Loading the claim",
                        c -> new DetailLoaded(
                                c.services().claims().detail(claimId, c.reviewer()),
                                c.services().blind().view(claimId, c.reviewer())))
                .scope(Scope.CLAIM)
                .latest("detail")
                .onSuccess(loaded -> {
                    w.view().showBlindView(claimId, loaded.blind());
                    w.view().showClaimDetail(loaded.detail());
                })
                .onFailure(e -> {
                    if (e.problem() != ClaimDeskException.Problem.NOT_FOUND) {
                        w.dialogs().showError(e.problem().title(), e.userMessage());
                    }
                })
                .run();
    }

    /** Claims changed: their rows, the shown detail and the articles' progress follow. */
    void claimsChanged(List<Claim> changed) {
        w.view().showClaimsChanged(changed);
        Long selected = w.state().claimId();
        if (selected != null && changed.stream().anyMatch(c -> c.id() == selected)) {
            loadDetail(selected);
        }
        w.actions()
                .action("Updating progress", c -> c.services().articles().progress())
                .latest("progress")
                .onSuccess(w.view()::showProgress)
                .run();
        Long article = w.state().articleId();
        if (article != null) {
            loadBlindProgress(article);
        }
    }

    /**
     * Another person committed a change on the team server: a change of one claim reloads that
     * claim's row and detail (and the progress); anything else (an import, an article's details,
     * changes that may have been missed) reloads the list and the shown article, keeping the
     * selected claim. The reviewer's unsaved rationale stays ({@link VerdictPanel#show}).
     */
    void othersChanged(dev.claimdesk.domain.DataChange change) {
        Long shown = w.state().articleId();
        if (change.isEverything() || change.claimId() == 0) {
            claimToShow = w.state().claimId();
            refreshArticles(shown);
        } else if (shown != null && change.touchesArticle(shown)) {
            refreshClaim(change.claimId());
        } else {
            w.actions()
                    .action("Updating progress", c -> c.services().articles().progress())
                    .latest("progress")
                    .onSuccess(w.view()::showProgress)
                    .run();
        }
    }

    /** Reloads one claim (its state may have moved to "in research") and its detail. */
    void refreshClaim(long claimId) {
        w.actions()
                .action("Loading the claim", c -> c.services().claims().get(claimId))
                .onSuccess(c -> claimsChanged(List.of(c)))
                .run();
    }

    /** Shows what an undo or redo step changed. */
    void show(Refresh r) {
        if (!r.claims().isEmpty()) {
            claimsChanged(r.claims());
        }
        if (r.claimId() != null) {
            refreshClaim(r.claimId());
        }
        if (r.articleId() != null) {
            refreshArticles(r.articleId());
        }
    }

    /** Full-text search of the current article's claims (text, rationale, evidence); blank clears it. */
    void search(String query) {
        Long articleId = w.state().articleId();
        if (articleId == null) {
            return;
        }
        SearchQuery words = SearchQuery.parse(query);
        if (words.isEmpty()) {
            boolean typed = query != null && !query.isBlank();
            clearSearch(!typed);
            if (typed) {
                w.status("Type a word to search for: punctuation alone matches nothing, so every claim is shown.");
            }
            return;
        }
        w.actions()
                .action("Searching", c -> c.services().claims().search(articleId, words))
                .scope(Scope.ARTICLE)
                .latest("search")
                .onSuccess(ids -> {
                    w.view().showSearchResult(ids);
                    searchStatus = ids.isEmpty()
                            ? "No claim matches \"" + words.text() + "\"."
                            : ids.size() + (ids.size() == 1 ? " claim matches." : " claims match.");
                    w.status(searchStatus);
                })
                .run();
    }

    /** Ends a shown search result: every claim is shown again, and the count no longer stands in the status bar. */
    private void clearSearch(boolean say) {
        w.state().ticket(Scope.ARTICLE, "search"); // a search still running is stale now
        w.view().showSearchResult(null);
        if (searchStatus != null) {
            w.replaceStatus(searchStatus, say ? "Search cleared: every claim is shown." : "Ready.");
            searchStatus = null;
        }
    }

    void editDetails() {
        Long id = w.state().articleId();
        if (id == null) {
            return;
        }
        w.actions()
                .action("Loading the article", c -> c.services().articles().get(id))
                .scope(Scope.ARTICLE)
                .onSuccess(this::editMetadata)
                .run();
    }

    void editMetadata(Article a) {
        editMetadata(a, "The article's source details.");
    }

    void editMetadata(Article a, String heading) {
        w.dialogs()
                .editMetadata(heading, a.metadata())
                .filter(m -> !m.equals(a.metadata()))
                .ifPresent(m -> saveMetadata(a.id(), a.metadata(), m));
    }

    private void saveMetadata(long articleId, ArticleMetadata before, ArticleMetadata m) {
        w.actions()
                .action(
                        "Saving the article details",
                        c -> c.services().articles().updateMetadata(articleId, m, c.reviewer()))
                .undoable(saved -> new ArticleDetails(articleId, before, m))
                .status(saved -> "Saved the details of \"" + saved.title() + "\".")
                .onSuccess(saved -> refreshArticles(articleId))
                .run();
    }

    /** View > Refresh (F5): reloads the articles and the open article, with what others changed meanwhile. */
    void refresh() {
        if (!w.state().hasDatabase()) {
            return;
        }
        refreshArticles(w.state().articleId());
        Long claim = w.state().claimId();
        if (claim != null) {
            loadDetail(claim);
        }
        w.status("Refreshed from " + w.state().services().displayName() + ".");
    }
}
