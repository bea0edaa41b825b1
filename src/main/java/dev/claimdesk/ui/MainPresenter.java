package dev.claimdesk.ui;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.ArticleService;
import dev.claimdesk.app.DemoArticle;
import dev.claimdesk.app.ExportService;
import dev.claimdesk.app.Settings;
import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.Reviewer;
import dev.claimdesk.ui.task.BackgroundTask;
import dev.claimdesk.ui.task.TaskHandle;
import dev.claimdesk.ui.task.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The main window's logic: opening the database, knowing who reviews, importing and showing
 * articles. It runs on the EDT and sends every database call through the task runner.
 */
final class MainPresenter implements VerdictPanel.Listener {
    static final String REVIEWER_SETTING = "reviewer.name";

    private final MainView view;
    private final DialogService dialogs;
    private final TaskRunner runner;
    private final Settings settings;
    private final Function<Path, AppServices> opener;
    private final Runnable quit;

    private AppServices services;
    private boolean importRunning;
    private Long currentArticleId;
    private String reviewer;

    MainPresenter(
            MainView view,
            DialogService dialogs,
            TaskRunner runner,
            Settings settings,
            Function<Path, AppServices> opener,
            Runnable quit) {
        this.view = view;
        this.dialogs = dialogs;
        this.runner = runner;
        this.settings = settings;
        this.opener = opener;
        this.quit = quit;
        runner.setDefaultFailureHandler(e -> dialogs.showError(e.problem().title(), e.userMessage()));
    }

    /** Opens a database in the background; on trouble, explains and offers a way out. */
    void openDatabase(Path file) {
        view.setDatabaseReady(false);
        view.showStatus("Opening " + file + " …");
        BackgroundTask.wrap("Opening the database", () -> opener.apply(file))
                .onSuccess(this::databaseOpened)
                .onFailure(e -> databaseFailed(file, e))
                .executeWith(runner);
    }

    private void databaseOpened(AppServices opened) {
        services = opened;
        BackgroundTask.wrap("Loading the verdict scale", () -> opened.scales().defaultScale())
                .onSuccess(view::showScale)
                .executeWith(runner);
        view.showDatabase(opened.databaseFile());
        view.setDatabaseReady(true);
        view.showStatus("Ready.");
        refreshArticles(null);
        String saved = settings.get(REVIEWER_SETTING).orElse(null);
        BackgroundTask.wrap("Loading reviewers", () -> opened.reviewers().list())
                .onSuccess(known -> {
                    Optional<Reviewer> match =
                            known.stream().filter(r -> r.name().equals(saved)).findFirst();
                    if (match.isPresent()) {
                        useReviewer(match.get());
                    } else {
                        // Asked after this callback returns, so other results can reach the window first.
                        java.awt.EventQueue.invokeLater(() -> askReviewer(known, true));
                    }
                })
                .executeWith(runner);
    }

    private void databaseFailed(Path file, ClaimDeskException e) {
        view.showStatus("Could not open " + file.getFileName() + ".");
        switch (dialogs.askAfterDatabaseProblem(e.problem().title(), e.userMessage())) {
            case OPEN_OTHER ->
                dialogs.chooseDatabaseFile().ifPresentOrElse(this::openDatabase, () -> databaseFailed(file, e));
            case CREATE_NEW ->
                dialogs.chooseDatabaseFile().ifPresentOrElse(this::openDatabase, () -> databaseFailed(file, e));
            case QUIT -> quit.run();
        }
    }

    void switchReviewer() {
        if (services == null) {
            return;
        }
        BackgroundTask.wrap("Loading reviewers", () -> services.reviewers().list())
                .onSuccess(known -> askReviewer(known, false))
                .executeWith(runner);
    }

    private void askReviewer(List<Reviewer> known, boolean firstRun) {
        Optional<DialogService.ReviewerInput> input = dialogs.askReviewer(known, reviewer, firstRun);
        if (input.isEmpty()) {
            if (reviewer == null) {
                view.showStatus("Choose who you are (File > Switch reviewer) before making changes.");
            }
            return;
        }
        AppServices s = services;
        BackgroundTask.wrap(
                        "Saving the reviewer",
                        () -> s.reviewers()
                                .findOrCreate(input.get().name(), input.get().initials()))
                .onSuccess(this::useReviewer)
                .onFailure(e -> {
                    dialogs.showError(e.problem().title(), e.userMessage());
                    askReviewer(known, firstRun);
                })
                .executeWith(runner);
    }

    private void useReviewer(Reviewer r) {
        reviewer = r.name();
        view.reviewerChanged(r.name());
        view.showReviewer(r.name() + " (" + r.initials() + ")");
        settings.put(REVIEWER_SETTING, r.name());
        BackgroundTask.wrap("Saving settings", settings::save).executeWith(runner);
    }

    void importFile() {
        if (services == null) {
            return;
        }
        dialogs.chooseArticleFile().ifPresent(this::importFile);
    }

    void importFile(Path file) {
        AppServices s = services;
        String who = reviewer;
        importRunning = true;
        TaskHandle handle = BackgroundTask.wrap(
                        "Importing " + file.getFileName(), () -> s.articles().importFile(file, null, who))
                .onSuccess(r -> imported(r, true))
                .onFailure(this::importFailed)
                .executeWith(runner);
        offerCancelWhileRunning(handle);
    }

    void pasteArticle() {
        if (services == null) {
            return;
        }
        dialogs.askPastedText().ifPresent(text -> {
            AppServices s = services;
            String who = reviewer;
            importRunning = true;
            TaskHandle handle = BackgroundTask.wrap(
                            "Importing the pasted text",
                            () -> s.articles()
                                    .importPasted(text, new ArticleMetadata(null, null, null, null, null), who))
                    .onSuccess(r -> imported(r, true))
                    .onFailure(this::importFailed)
                    .executeWith(runner);
            offerCancelWhileRunning(handle);
        });
    }

    void openDemoArticle() {
        if (services == null) {
            return;
        }
        AppServices s = services;
        String who = reviewer;
        BackgroundTask.wrap("Opening the demo article", () -> DemoArticle.importInto(s.articles(), who))
                .onSuccess(r -> imported(r, false))
                .executeWith(runner);
    }

    private void offerCancelWhileRunning(TaskHandle handle) {
        if (importRunning) {
            view.offerCancel(handle);
        }
    }

    private void importFailed(ClaimDeskException e) {
        importRunning = false;
        view.offerCancel(null);
        if (e.problem() == ClaimDeskException.Problem.CANCELLED) {
            view.showStatus(e.userMessage());
        } else {
            view.showStatus("Nothing was imported.");
            dialogs.showError(e.problem().title(), e.userMessage());
        }
    }

    private void imported(ArticleService.Imported result, boolean reviewMetadata) {
        importRunning = false;
        view.offerCancel(null);
        Article a = result.article();
        if (result.alreadyPresent()) {
            view.showStatus("This article was imported before; showing it.");
            refreshArticles(a.id());
            return;
        }
        view.showStatus("Imported \"" + a.title() + "\" with " + result.proposals() + " proposed claims.");
        refreshArticles(a.id());
        if (reviewMetadata) {
            dialogs.editMetadata(
                            "Check the article's source details. ClaimDesk filled in what it found in the file.",
                            a.metadata())
                    .filter(m -> !m.equals(a.metadata()))
                    .ifPresent(m -> saveMetadata(a.id(), m));
        }
    }

    /** File > Export: asks what and where, then exports in the background (cancellable). */
    void export(Article current) {
        if (services == null) {
            return;
        }
        ExportService.Options defaults = new ExportService.Options(
                ExportService.Kind.valueOf(settings.get("export.kind").orElse("CSV")),
                0,
                settings.get("export.bom").map(Boolean::parseBoolean).orElse(false),
                false,
                settings.get("export.orgName").orElse(null),
                settings.get("export.orgUrl").orElse(null),
                settings.get("export.urlPattern").orElse(null));
        Long articleId = current == null ? null : current.id();
        dialogs.askExport(articleId, current == null ? null : current.title(), defaults)
                .ifPresent(choice -> {
                    ExportService.Options o = choice.options();
                    settings.put("export.kind", o.kind().name());
                    settings.put("export.bom", Boolean.toString(o.bom()));
                    settings.put("export.orgName", o.orgName());
                    settings.put("export.orgUrl", o.orgUrl());
                    settings.put("export.urlPattern", o.urlPattern());
                    AppServices s = services;
                    importRunning = true;
                    TaskHandle handle = BackgroundTask.wrap(
                                    "Exporting to " + choice.file().getFileName(), () -> {
                                        ExportService.Result r = s.exports().exportToFile(o, choice.file());
                                        settings.save();
                                        return r;
                                    })
                            .onSuccess(r -> {
                                importRunning = false;
                                view.offerCancel(null);
                                String what = o.kind() == ExportService.Kind.EVIDENCE ? " evidence items" : " claims";
                                view.showStatus("Exported " + r.rows() + what + " to " + choice.file() + ".");
                                if (!r.problems().isEmpty()) {
                                    dialogs.showInfo("Some claims were left out", String.join("\n", r.problems()));
                                }
                            })
                            .onFailure(this::importFailed)
                            .executeWith(runner);
                    offerCancelWhileRunning(handle);
                });
    }

    /** Accepts a proposed claim: it joins the claims to check. */
    void accept(Claim claim) {
        act(claim, dev.claimdesk.domain.ClaimAction.ACCEPT, null, null, "Accepted");
    }

    /** Dismisses a claim after asking why (opinion, prediction, not significant, duplicate). */
    void dismiss(Claim claim) {
        dialogs.askDismissReason(claim.text())
                .ifPresent(reason -> act(claim, dev.claimdesk.domain.ClaimAction.DISMISS, reason, null, "Dismissed"));
    }

    /** Proposes (or changes) the verdict, then tells the reviewer what the guard rails warn about. */
    @Override
    public void saveVerdict(Claim claim, dev.claimdesk.domain.VerdictLabel label, String rationale) {
        if (services == null) {
            return;
        }
        AppServices s = services;
        String who = reviewer;
        BackgroundTask.wrap("Saving the verdict", () -> {
                    Claim changed = s.claims().setVerdict(claim.id(), label.id(), rationale, who);
                    return new VerdictSaved(changed, s.claims().warnings(claim.id()));
                })
                .onSuccess(v -> {
                    view.showClaimChanged(v.claim());
                    view.showStatus(
                            v.warnings().isEmpty()
                                    ? "Verdict \"" + label.name() + "\" saved."
                                    : "Verdict saved. Check: "
                                            + String.join(
                                                    " ",
                                                    v.warnings().stream()
                                                            .map(dev.claimdesk.domain.GuardRailWarning::message)
                                                            .toList()));
                })
                .executeWith(runner);
    }

    /** A saved verdict and the guard-rail warnings about it. */
    record VerdictSaved(Claim claim, List<dev.claimdesk.domain.GuardRailWarning> warnings) {}

    /** Shows who did what to the claim, oldest first. */
    @Override
    public void history(Claim claim) {
        if (services == null) {
            return;
        }
        AppServices s = services;
        BackgroundTask.wrap("Loading the history", () -> s.claims().historyEntries(claim.id()))
                .onSuccess(entries -> dialogs.showHistory(claim.text(), entries))
                .executeWith(runner);
    }

    @Override
    public void submit(Claim claim) {
        act(claim, dev.claimdesk.domain.ClaimAction.SUBMIT_FOR_REVIEW, null, null, "Submitted for review:");
    }

    @Override
    public void approve(Claim claim) {
        act(claim, dev.claimdesk.domain.ClaimAction.APPROVE, null, null, "Approved");
    }

    /** Returns a claim to research with a comment for the reviewer who proposed the verdict. */
    @Override
    public void giveBack(Claim claim) {
        dialogs.askComment("Return the claim", "What needs more work? The reviewer who proposed the verdict sees it.")
                .ifPresent(comment -> act(claim, dev.claimdesk.domain.ClaimAction.RETURN, null, comment, "Returned"));
    }

    private void act(
            Claim claim,
            dev.claimdesk.domain.ClaimAction action,
            dev.claimdesk.domain.DismissReason reason,
            String comment,
            String done) {
        if (services == null) {
            return;
        }
        AppServices s = services;
        String who = reviewer;
        BackgroundTask.wrap("Updating the claim", () -> s.claims().act(claim.id(), action, comment, reason, who))
                .onSuccess(changed -> {
                    view.showClaimChanged(changed);
                    view.showStatus(done + " claim " + changed.position() + ".");
                })
                .executeWith(runner);
    }

    void editMetadata(Article a) {
        dialogs.editMetadata("The article's source details.", a.metadata())
                .filter(m -> !m.equals(a.metadata()))
                .ifPresent(m -> saveMetadata(a.id(), m));
    }

    private void saveMetadata(long articleId, ArticleMetadata m) {
        AppServices s = services;
        String who = reviewer;
        BackgroundTask.wrap("Saving the article details", () -> s.articles().updateMetadata(articleId, m, who))
                .onSuccess(saved -> {
                    view.showStatus("Saved the details of \"" + saved.title() + "\".");
                    refreshArticles(articleId);
                })
                .executeWith(runner);
    }

    void selectArticle(long articleId) {
        currentArticleId = articleId;
        AppServices s = services;
        BackgroundTask.wrap(
                        "Loading the article",
                        () -> new ArticleWithClaims(
                                s.articles().get(articleId), s.claims().listByArticle(articleId)))
                .onSuccess(v -> view.showArticle(v.article(), v.claims()))
                .executeWith(runner);
    }

    /** An article and its claims, loaded together off the EDT. */
    record ArticleWithClaims(Article article, List<Claim> claims) {}

    /** Reloads the article list and shows {@code select}, else the article shown before, else the newest. */
    private void refreshArticles(Long select) {
        AppServices s = services;
        BackgroundTask.wrap("Loading articles", () -> s.articles().list())
                .onSuccess(list -> {
                    Long wanted = select != null ? select : currentArticleId;
                    Long chosen = list.stream().anyMatch(a -> wanted != null && a.id() == wanted)
                            ? wanted
                            : list.isEmpty() ? null : list.get(0).id();
                    view.showArticles(list, chosen);
                    if (chosen != null) {
                        selectArticle(chosen);
                    }
                })
                .executeWith(runner);
    }

    void themeChanged(Theme theme) {
        settings.put(Theme.SETTING, theme.name());
        BackgroundTask.wrap("Saving settings", settings::save).executeWith(runner);
    }

    /** Saves the settings, then quits. */
    void closing() {
        BackgroundTask.wrap("Saving settings", settings::save)
                .onSuccess(v -> quit.run())
                .onFailure(e -> quit.run())
                .executeWith(runner);
    }

    String reviewer() {
        return reviewer;
    }
}
