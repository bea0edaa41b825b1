package dev.claimdesk.ui;

import dev.claimdesk.app.ArticleService;
import dev.claimdesk.app.DemoArticle;
import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.ClaimDeskException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Articles coming in: a file, several dropped files, pasted text, the demo article. */
final class ImportPresenter {
    private static final String NOTHING = "Nothing was imported.";

    private final Workbench w;
    private final ArticlePresenter articles;

    ImportPresenter(Workbench w, ArticlePresenter articles) {
        this.w = w;
        this.articles = articles;
    }

    /** Several files imported at once: the last article, and the files that could not be imported. */
    record Batch(ArticleService.Imported last, List<String> problems, int total) {}

    void importFile() {
        if (w.state().hasDatabase()) {
            w.dialogs().chooseArticleFile().ifPresent(this::importFile);
        }
    }

    void importFile(Path file) {
        w.actions()
                .action(
                        "Importing " + file.getFileName(),
                        c -> c.services().articles().importFile(file, null, c.reviewer()))
                .failureStatus(NOTHING)
                .changesData()
                .cancellable(w.view()::offerCancel)
                .onSuccess(r -> imported(r, FROM_FILE))
                .run();
    }

    /** Files dropped on the window: each is imported; the metadata form is offered for a single file. */
    void importFiles(List<Path> files) {
        if (!w.state().hasDatabase() || files.isEmpty()) {
            return;
        }
        if (files.size() == 1) {
            importFile(files.get(0));
            return;
        }
        w.actions()
                .action("Importing " + files.size() + " files", c -> {
                    List<String> problems = new ArrayList<>();
                    ArticleService.Imported last = null;
                    for (Path f : files) {
                        try {
                            last = c.services().articles().importFile(f, null, c.reviewer());
                        } catch (ClaimDeskException e) {
                            if (e.problem() == ClaimDeskException.Problem.CANCELLED) {
                                throw e;
                            }
                            problems.add(f.getFileName() + ": " + e.userMessage());
                        }
                    }
                    return new Batch(last, problems, files.size());
                })
                .failureStatus(NOTHING)
                .changesData()
                .cancellable(w.view()::offerCancel)
                .status(b -> "Imported " + (b.total() - b.problems().size()) + " of " + b.total() + " files.")
                .onSuccess(b -> {
                    articles.refreshArticles(
                            b.last() == null ? null : b.last().article().id());
                    if (!b.problems().isEmpty()) {
                        w.dialogs().showInfo("Some files were not imported", String.join("\n", b.problems()));
                    }
                })
                .run();
    }

    void pasteArticle() {
        if (!w.state().hasDatabase()) {
            return;
        }
        w.dialogs()
                .askPastedText()
                .ifPresent(text -> w.actions()
                        .action(
                                "Importing the pasted text",
                                c -> c.services()
                                        .articles()
                                        .importPasted(
                                                text, new ArticleMetadata(null, null, null, null, null), c.reviewer()))
                        .failureStatus(NOTHING)
                        .changesData()
                        .cancellable(w.view()::offerCancel)
                        .onSuccess(r -> imported(r, FROM_PASTE))
                        .run());
    }

    void openDemoArticle() {
        w.actions()
                .action(
                        "Opening the demo article",
                        c -> DemoArticle.importInto(c.services().articles(), c.reviewer()))
                .failureStatus(NOTHING)
                .changesData()
                .onSuccess(r -> imported(r, null))
                .run();
    }

    private static final String FROM_FILE =
            "Check the article's source details. ClaimDesk filled in what it found in the file.";
    private static final String FROM_PASTE =
            "Check the article's source details. ClaimDesk filled in what it found in the pasted text.";

    /** @param reviewHeading the heading of the source-details form to show, or null for none */
    private void imported(ArticleService.Imported result, String reviewHeading) {
        Article a = result.article();
        if (result.alreadyPresent()) {
            w.status("This article was imported before; showing it.");
            articles.refreshArticles(a.id());
            return;
        }
        // The learned ranker loads with the first import (in its background task); if it could not,
        // the status says the rules alone ranked the claims.
        String ranked =
                dev.claimdesk.app.DetectionService.notice().map(n -> " " + n).orElse("");
        w.status("Imported \"" + a.title() + "\" with " + result.proposals() + " proposed claims." + ranked);
        articles.refreshArticles(a.id());
        if (reviewHeading != null) {
            articles.editMetadata(a, reviewHeading);
        }
    }
}
