package dev.claimdesk.ui;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.ArticleService;
import dev.claimdesk.app.DamagedDatabaseException;
import dev.claimdesk.app.DemoArticle;
import dev.claimdesk.app.ExportService;
import dev.claimdesk.app.Settings;
import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.DismissReason;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.GuardRailWarning;
import dev.claimdesk.domain.Reviewer;
import dev.claimdesk.domain.SearchQuery;
import dev.claimdesk.domain.VerdictLabel;
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
final class MainPresenter implements ArticleView.Listener {
    static final String REVIEWER_SETTING = "reviewer.name";

    private final MainView view;
    private final DialogService dialogs;
    private final TaskRunner runner;
    private final Settings settings;
    private final Function<Path, AppServices> opener;
    private final Runnable quit;

    static final String RECENT_SETTING = "recent.databases";
    static final int RECENT_MAX = 6;

    private AppServices services;
    private final UndoHistory undo;
    private boolean importRunning;
    private Long currentArticleId;
    private Long currentClaimId;
    private String reviewer;
    private BackupPresenter backups;
    private Path lastOpened;

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
        this.undo = new UndoHistory(this::undoChanged);
    }

    /** Backups after each open, after damage and from the File menu; null: none (tests without them). */
    void useBackups(BackupPresenter presenter) {
        this.backups = presenter;
    }

    /** File > Restore from backup…: the backups of the open database (or of the one that failed to open). */
    void restoreFromBackup() {
        Path db = services != null ? services.databaseFile() : lastOpened;
        if (backups != null && db != null) {
            backups.chooseAndRestore(db);
        }
    }

    /** Opens a database in the background; on trouble, explains and offers a way out. */
    void openDatabase(Path file) {
        lastOpened = file;
        view.showRecentDatabases(recentDatabases());
        view.setDatabaseReady(false);
        view.showStatus("Opening " + file + " …");
        BackgroundTask.wrap("Opening the database", () -> opener.apply(file))
                .onSuccess(this::databaseOpened)
                .onFailure(e -> databaseFailed(file, e))
                .executeWith(runner);
    }

    private void databaseOpened(AppServices opened) {
        services = opened;
        opened.onWaitingForDatabase(message -> javax.swing.SwingUtilities.invokeLater(() -> view.showStatus(message)));
        currentArticleId = null;
        currentClaimId = null;
        undo.clear();
        rememberRecent(opened.databaseFile());
        BackgroundTask.wrap("Loading the verdict scale", () -> opened.scales().defaultScale())
                .onSuccess(view::showScale)
                .executeWith(runner);
        view.showDatabase(opened.databaseFile());
        view.setDatabaseReady(true);
        view.showStatus(settings.loadProblem().orElse("Ready."));
        if (backups != null) {
            backups.afterOpen(opened.databaseFile());
        }
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
        if (services != null) {
            // Another database is open: keep working in it.
            dialogs.showError(e.problem().title(), e.userMessage());
            view.setDatabaseReady(true);
            view.showStatus("Still working in " + services.databaseFile().getFileName() + ".");
            return;
        }
        DamagedDatabaseException damaged = backups != null && e instanceof DamagedDatabaseException d ? d : null;
        DialogService.DatabaseProblemChoice choice = damaged != null
                ? dialogs.askAfterDamage(e.problem().title(), e.userMessage())
                : dialogs.askAfterDatabaseProblem(e.problem().title(), e.userMessage());
        switch (choice) {
            case RESTORE_NEWEST -> backups.restoreOver(damaged.newestBackup(), file, () -> databaseFailed(file, e));
            case OPEN_OTHER ->
                dialogs.chooseDatabaseFile().ifPresentOrElse(this::openDatabase, () -> databaseFailed(file, e));
            case CREATE_NEW ->
                dialogs.chooseDatabaseFile().ifPresentOrElse(this::openDatabase, () -> databaseFailed(file, e));
            case QUIT -> quit.run();
        }
    }

    /** File > New database: asks where, then creates and opens it. */
    void newDatabase() {
        dialogs.chooseNewDatabaseFile().ifPresent(this::openDatabase);
    }

    /** File > Open database: an existing ClaimDesk database. */
    void openOtherDatabase() {
        dialogs.chooseDatabaseFile().ifPresent(this::openDatabase);
    }

    /** The databases opened last, newest first (the File > Open recent menu). */
    List<Path> recentDatabases() {
        return settings.get(RECENT_SETTING).stream()
                .flatMap(v -> java.util.Arrays.stream(v.split("\n")))
                .filter(p -> !p.isBlank())
                .map(Path::of)
                .toList();
    }

    private void rememberRecent(Path file) {
        List<Path> recent = new java.util.ArrayList<>(recentDatabases());
        Path abs = file.toAbsolutePath().normalize();
        recent.remove(abs);
        recent.add(0, abs);
        List<Path> kept = recent.subList(0, Math.min(RECENT_MAX, recent.size()));
        settings.put(
                RECENT_SETTING,
                String.join("\n", kept.stream().map(Path::toString).toList()));
        view.showRecentDatabases(List.copyOf(kept));
        BackgroundTask.wrap("Saving settings", settings::save).executeWith(runner);
    }

    /** Files dropped on the window: each is imported; the metadata form is offered for a single file. */
    void importFiles(List<Path> files) {
        if (services == null || files.isEmpty()) {
            return;
        }
        if (files.size() == 1) {
            importFile(files.get(0));
            return;
        }
        AppServices s = services;
        String who = reviewer;
        importRunning = true;
        TaskHandle handle = BackgroundTask.wrap("Importing " + files.size() + " files", () -> {
                    List<String> problems = new java.util.ArrayList<>();
                    ArticleService.Imported last = null;
                    for (Path f : files) {
                        try {
                            last = s.articles().importFile(f, null, who);
                        } catch (ClaimDeskException e) {
                            if (e.problem() == ClaimDeskException.Problem.CANCELLED) {
                                throw e;
                            }
                            problems.add(f.getFileName() + ": " + e.userMessage());
                        }
                    }
                    return new Batch(last, problems, files.size());
                })
                .onSuccess(b -> {
                    importRunning = false;
                    view.offerCancel(null);
                    int ok = b.total() - b.problems().size();
                    view.showStatus("Imported " + ok + " of " + b.total() + " files.");
                    refreshArticles(b.last() == null ? null : b.last().article().id());
                    if (!b.problems().isEmpty()) {
                        dialogs.showInfo("Some files were not imported", String.join("\n", b.problems()));
                    }
                })
                .onFailure(this::importFailed)
                .executeWith(runner);
        offerCancelWhileRunning(handle);
    }

    /** Several files imported at once: the last article, and the files that could not be imported. */
    record Batch(ArticleService.Imported last, List<String> problems, int total) {}

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
                    .ifPresent(m -> saveMetadata(a.id(), a.metadata(), m));
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
                    BackgroundTask.wrap("Saving settings", settings::save).executeWith(runner);
                    AppServices s = services;
                    importRunning = true;
                    TaskHandle handle = BackgroundTask.wrap(
                                    "Exporting to " + choice.file().getFileName(), () -> {
                                        return s.exports().exportToFile(o, choice.file());
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
    @Override
    public void accept(Claim claim) {
        act(claim, ClaimAction.ACCEPT, null, null, "Accept");
    }

    /** Dismisses a claim after asking why (opinion, prediction, not significant, duplicate). */
    @Override
    public void dismiss(Claim claim) {
        if (claim.state() != ClaimState.PROPOSED && claim.state() != ClaimState.OPEN) {
            view.showStatus("Only proposed and open claims can be dismissed.");
            return;
        }
        dialogs.askDismissReason(claim.text())
                .ifPresent(reason -> act(claim, ClaimAction.DISMISS, reason, null, "Dismiss"));
    }

    /** Proposes (or changes) the verdict, then tells the reviewer what the guard rails warn about. */
    @Override
    public void saveVerdict(Claim claim, VerdictLabel label, String rationale) {
        if (services == null) {
            return;
        }
        AppServices s = services;
        String who = reviewer;
        BackgroundTask.wrap("Saving the verdict", () -> {
                    Claim before = s.claims().get(claim.id());
                    Claim changed = s.claims().setVerdict(claim.id(), label.id(), rationale, who);
                    return new VerdictSaved(before, changed, s.claims().warnings(claim.id()));
                })
                .onSuccess(v -> {
                    undo.add(new ClaimChange(
                            "Verdict \"" + label.name() + "\"", List.of(v.before()), List.of(v.claim())));
                    claimsChanged(List.of(v.claim()));
                    view.showStatus(
                            v.warnings().isEmpty()
                                    ? "Verdict \"" + label.name() + "\" saved."
                                    : "Verdict saved. Check: "
                                            + String.join(
                                                    " ",
                                                    v.warnings().stream()
                                                            .map(GuardRailWarning::message)
                                                            .toList()));
                })
                .executeWith(runner);
    }

    /** A saved verdict, the claim before it, and the guard-rail warnings about it. */
    record VerdictSaved(Claim before, Claim claim, List<GuardRailWarning> warnings) {}

    @Override
    public void submit(Claim claim) {
        act(claim, ClaimAction.SUBMIT_FOR_REVIEW, null, null, "Submit for review");
    }

    @Override
    public void approve(Claim claim) {
        act(claim, ClaimAction.APPROVE, null, null, "Approve");
    }

    /** Returns a claim to research with a comment for the reviewer who proposed the verdict. */
    @Override
    public void giveBack(Claim claim) {
        dialogs.askComment("Return the claim", "What needs more work? The reviewer who proposed the verdict sees it.")
                .ifPresent(comment -> act(claim, ClaimAction.RETURN, null, comment, "Return"));
    }

    /** Reopens an approved claim, with the reason in the history. */
    @Override
    public void reopen(Claim claim) {
        dialogs.askComment(
                        "Reopen the claim", "Why is the approved verdict reopened? The reason goes into the history.")
                .ifPresent(comment -> act(claim, ClaimAction.REOPEN, null, comment, "Reopen"));
    }

    private void act(Claim claim, ClaimAction action, DismissReason reason, String comment, String name) {
        if (services == null) {
            return;
        }
        AppServices s = services;
        String who = reviewer;
        BackgroundTask.wrap("Updating the claim", () -> {
                    Claim before = s.claims().get(claim.id());
                    return List.of(before, s.claims().act(claim.id(), action, comment, reason, who));
                })
                .onSuccess(pair -> {
                    Claim changed = pair.get(1);
                    undo.add(new ClaimChange(name, List.of(pair.get(0)), List.of(changed)));
                    claimsChanged(List.of(changed));
                    view.showStatus(name + ": claim " + changed.position() + " is now "
                            + changed.state().label() + ".");
                })
                .executeWith(runner);
    }

    /** A reviewer selected a claim: load its evidence, history and warnings. */
    @Override
    public void claimSelected(Claim claim) {
        currentClaimId = claim.id();
        loadDetail(claim.id());
    }

    private void loadDetail(long claimId) {
        if (services == null) {
            return;
        }
        AppServices s = services;
        BackgroundTask.wrap("Loading the claim", () -> s.claims().detail(claimId))
                .onSuccess(d -> {
                    if (currentClaimId != null && currentClaimId == claimId) {
                        view.showClaimDetail(d);
                    }
                })
                .onFailure(e -> {
                    if (e.problem() != ClaimDeskException.Problem.NOT_FOUND) {
                        dialogs.showError(e.problem().title(), e.userMessage());
                    }
                })
                .executeWith(runner);
    }

    /** Claims changed: their rows, the shown detail and the article's progress follow. */
    private void claimsChanged(List<Claim> changed) {
        view.showClaimsChanged(changed);
        if (currentClaimId != null && changed.stream().anyMatch(c -> c.id() == currentClaimId)) {
            loadDetail(currentClaimId);
        }
        AppServices s = services;
        BackgroundTask.wrap("Updating progress", () -> s.articles().progress())
                .onSuccess(view::showProgress)
                .executeWith(runner);
    }

    // ----- evidence -----

    @Override
    public void addEvidence(Claim claim) {
        if (services == null) {
            return;
        }
        if (claim.state() == ClaimState.PROPOSED) {
            view.showStatus("Accept the claim (A) before adding evidence.");
            return;
        }
        if (claim.state() != ClaimState.OPEN && claim.state() != ClaimState.IN_RESEARCH) {
            view.showStatus("Claim " + claim.position() + " is " + claim.state().label()
                    + ": its evidence can change only while it is researched (return or reopen it first).");
            return;
        }
        dialogs.editEvidence(claim.id(), null, reviewer).ifPresent(draft -> saveEvidence(claim, null, draft));
    }

    @Override
    public void editEvidence(Claim claim, Evidence evidence) {
        if (services == null) {
            return;
        }
        dialogs.editEvidence(claim.id(), evidence, reviewer).ifPresent(draft -> saveEvidence(claim, evidence, draft));
    }

    private void saveEvidence(Claim claim, Evidence before, Evidence draft) {
        AppServices s = services;
        String who = reviewer;
        BackgroundTask.wrap(
                        "Saving the evidence",
                        () -> before == null
                                ? s.evidence().add(draft, who)
                                : s.evidence().update(draft, who))
                .onSuccess(saved -> {
                    undo.add(
                            before == null
                                    ? new EvidenceExistence("Add evidence", saved, true)
                                    : new EvidenceEdited(before, saved));
                    view.showStatus((before == null ? "Added " : "Saved ") + stanceWords(saved) + " evidence to claim "
                            + claim.position() + ".");
                    refreshClaim(claim.id());
                })
                .onFailure(e -> {
                    dialogs.showError(e.problem().title(), e.userMessage());
                    // Nothing typed is lost: the editor opens again with the draft.
                    dialogs.editEvidence(claim.id(), draft, reviewer)
                            .ifPresent(again -> saveEvidence(claim, before, again));
                })
                .executeWith(runner);
    }

    @Override
    public void deleteEvidence(Claim claim, Evidence evidence) {
        if (services == null) {
            return;
        }
        AppServices s = services;
        String who = reviewer;
        BackgroundTask.wrap("Deleting the evidence", () -> {
                    s.evidence().delete(evidence.id(), who);
                    return evidence;
                })
                .onSuccess(gone -> {
                    undo.add(new EvidenceExistence("Delete evidence", gone, false));
                    view.showStatus("Deleted the evidence item (Ctrl+Z brings it back).");
                    refreshClaim(claim.id());
                })
                .executeWith(runner);
    }

    private static String stanceWords(Evidence e) {
        return switch (e.stance()) {
            case SUPPORTS -> "supporting";
            case REFUTES -> "refuting";
            case CONTEXT -> "context";
        };
    }

    /** Reloads one claim (its state may have moved to "in research") and its detail. */
    private void refreshClaim(long claimId) {
        AppServices s = services;
        BackgroundTask.wrap("Loading the claim", () -> s.claims().get(claimId))
                .onSuccess(c -> claimsChanged(List.of(c)))
                .executeWith(runner);
    }

    @Override
    public void setChecked(Claim claim, String item, boolean checked) {
        if (services == null) {
            return;
        }
        AppServices s = services;
        String who = reviewer;
        BackgroundTask.wrap("Saving the checklist", () -> {
                    s.claims().setChecked(claim.id(), item, checked, who);
                    return item;
                })
                .onSuccess(done -> {
                    undo.add(new CheckChange(claim.id(), item, checked));
                    view.showStatus((checked ? "Ticked: " : "Unticked: ") + item);
                    loadDetail(claim.id());
                })
                .onFailure(e -> {
                    dialogs.showError(e.problem().title(), e.userMessage());
                    loadDetail(claim.id());
                })
                .executeWith(runner);
    }

    /** A checklist tick taken back (undo) or given again (redo). */
    private final class CheckChange implements UndoHistory.Change {
        private final long claimId;
        private final String item;
        private final boolean checked;

        CheckChange(long claimId, String item, boolean checked) {
            this.claimId = claimId;
            this.item = item;
            this.checked = checked;
        }

        @Override
        public String name() {
            return checked ? "Tick" : "Untick";
        }

        @Override
        public void undo(java.util.function.Consumer<Boolean> done) {
            write(!checked, done);
        }

        @Override
        public void redo(java.util.function.Consumer<Boolean> done) {
            write(checked, done);
        }

        private void write(boolean value, java.util.function.Consumer<Boolean> done) {
            AppServices s = services;
            String who = reviewer;
            BackgroundTask.wrap("Saving the checklist", () -> {
                        s.claims().setChecked(claimId, item, value, who);
                        return item;
                    })
                    .onSuccess(x -> {
                        done.accept(true);
                        loadDetail(claimId);
                    })
                    .onFailure(e -> {
                        done.accept(false);
                        dialogs.showError(e.problem().title(), e.userMessage());
                    })
                    .executeWith(runner);
        }
    }

    /** Opens web links in the browser; anything else (file:, javascript: …) is only copied. */
    @Override
    public void openLink(String url) {
        String u = url == null ? "" : url.strip();
        String scheme = u.contains(":") ? u.substring(0, u.indexOf(':')).toLowerCase(java.util.Locale.ROOT) : "";
        if ((scheme.equals("http") || scheme.equals("https")) && dialogs.browse(u)) {
            view.showStatus("Opened " + u + " in the browser.");
            return;
        }
        dialogs.copyToClipboard(u);
        view.showStatus(
                scheme.equals("http") || scheme.equals("https")
                        ? "No browser could be opened; the link is copied: " + u
                        : "Only web links open in the browser; the address is copied: " + u);
    }

    // ----- claim editing -----

    @Override
    public void markClaim(int start, int end) {
        if (services == null || currentArticleId == null) {
            return;
        }
        if (end <= start) {
            view.showStatus("Select the words of the claim in the article text first.");
            return;
        }
        AppServices s = services;
        String who = reviewer;
        long articleId = currentArticleId;
        BackgroundTask.wrap("Adding the claim", () -> s.claims().addManual(articleId, start, end, who))
                .onSuccess(c -> {
                    undo.add(new ClaimChange("New claim", List.of(withdrawn(c)), List.of(c)));
                    view.showClaimsChanged(List.of(c));
                    view.selectClaim(c.id());
                    view.showStatus("Claim " + c.position() + " added from the selection.");
                })
                .executeWith(runner);
    }

    /** How an added claim looks once its addition is undone: dismissed, kept in the history. */
    private static Claim withdrawn(Claim c) {
        return c.toBuilder()
                .state(ClaimState.DISMISSED)
                .dismissReason(DismissReason.NOT_SIGNIFICANT)
                .build();
    }

    @Override
    public void split(Claim claim, int at) {
        if (services == null) {
            return;
        }
        AppServices s = services;
        String who = reviewer;
        BackgroundTask.wrap("Splitting the claim", () -> {
                    Claim before = s.claims().get(claim.id());
                    List<Claim> parts = s.claims().split(claim.id(), at, who);
                    return List.of(before, parts.get(0), parts.get(1));
                })
                .onSuccess(r -> {
                    Claim second = r.get(2);
                    undo.add(new ClaimChange(
                            "Split claim", List.of(r.get(0), withdrawn(second)), List.of(r.get(1), second)));
                    view.showClaimsChanged(List.of(r.get(1), second));
                    view.showStatus(
                            "Claim " + claim.position() + " split; the rest is claim " + second.position() + ".");
                })
                .executeWith(runner);
    }

    @Override
    public void merge(Claim first, Claim second) {
        if (services == null) {
            return;
        }
        if (second == null) {
            view.showStatus("There is no later claim in the text to merge with.");
            return;
        }
        AppServices s = services;
        String who = reviewer;
        BackgroundTask.wrap("Merging the claims", () -> {
                    Claim a = s.claims().get(first.id());
                    Claim b = s.claims().get(second.id());
                    List<Claim> merged = s.claims().merge(first.id(), second.id(), who);
                    return List.of(a, b, merged.get(0), merged.get(1));
                })
                .onSuccess(r -> {
                    undo.add(new ClaimChange("Merge claims", List.of(r.get(0), r.get(1)), List.of(r.get(2), r.get(3))));
                    claimsChanged(List.of(r.get(2), r.get(3)));
                    view.showStatus("Claims " + first.position() + " and " + second.position() + " merged.");
                })
                .executeWith(runner);
    }

    @Override
    public void markDuplicate(Claim claim, List<Claim> candidates) {
        if (services == null) {
            return;
        }
        if (candidates.isEmpty()) {
            view.showStatus("There is no other claim in this article to be a duplicate of.");
            return;
        }
        dialogs.chooseOriginal(claim, candidates).ifPresent(original -> {
            AppServices s = services;
            String who = reviewer;
            BackgroundTask.wrap("Marking the duplicate", () -> {
                        Claim before = s.claims().get(claim.id());
                        return List.of(before, s.claims().markDuplicate(claim.id(), original.id(), who));
                    })
                    .onSuccess(r -> {
                        undo.add(new ClaimChange("Mark as duplicate", List.of(r.get(0)), List.of(r.get(1))));
                        claimsChanged(List.of(r.get(1)));
                        view.showStatus(
                                "Claim " + claim.position() + " is a duplicate of claim " + original.position() + ".");
                    })
                    .executeWith(runner);
        });
    }

    /** Hands the claim to a reviewer of this database (or to nobody). */
    void assign(Claim claim) {
        if (services == null) {
            return;
        }
        AppServices s = services;
        String who = reviewer;
        BackgroundTask.wrap("Loading reviewers", () -> s.reviewers().list())
                .onSuccess(known -> dialogs.chooseAssignee(claim, known)
                        .ifPresent(name -> BackgroundTask.wrap("Assigning the claim", () -> {
                                    Claim before = s.claims().get(claim.id());
                                    return List.of(before, s.claims().assign(claim.id(), name, who));
                                })
                                .onSuccess(r -> {
                                    Claim after = r.get(1);
                                    undo.add(new ClaimChange("Assign", List.of(r.get(0)), List.of(after)));
                                    claimsChanged(List.of(after));
                                    view.showStatus(
                                            after.assignee() == null
                                                    ? "Claim " + after.position() + " is assigned to nobody."
                                                    : "Claim " + after.position() + " is assigned to "
                                                            + after.assignee() + ".");
                                })
                                .executeWith(runner)))
                .executeWith(runner);
    }

    /** Full-text search of the current article's claims (text, rationale, evidence); blank clears it. */
    @Override
    public void search(String query) {
        if (services == null || currentArticleId == null) {
            return;
        }
        SearchQuery words = SearchQuery.parse(query);
        if (words.isEmpty()) {
            view.showSearchResult(null);
            if (query != null && !query.isBlank()) {
                view.showStatus(
                        "Type a word to search for: punctuation alone matches nothing, so every claim is shown.");
            }
            return;
        }
        AppServices s = services;
        long articleId = currentArticleId;
        BackgroundTask.wrap("Searching", () -> s.claims().search(articleId, words))
                .onSuccess(ids -> {
                    if (currentArticleId != null && currentArticleId == articleId) {
                        view.showSearchResult(ids);
                        view.showStatus(
                                ids.isEmpty()
                                        ? "No claim matches \"" + words.text() + "\"."
                                        : ids.size() + (ids.size() == 1 ? " claim matches." : " claims match."));
                    }
                })
                .executeWith(runner);
    }

    @Override
    public void editDetails() {
        if (services == null || currentArticleId == null) {
            return;
        }
        AppServices s = services;
        long id = currentArticleId;
        BackgroundTask.wrap("Loading the article", () -> s.articles().get(id))
                .onSuccess(this::editMetadata)
                .executeWith(runner);
    }

    // ----- undo and redo -----

    void undo() {
        if (!undo.canUndo()) {
            view.showStatus("Nothing to undo.");
            return;
        }
        view.showStatus("Undoing " + undo.undoName() + " …");
        undo.undo();
    }

    void redo() {
        if (!undo.canRedo()) {
            view.showStatus("Nothing to redo.");
            return;
        }
        view.showStatus("Redoing " + undo.redoName() + " …");
        undo.redo();
    }

    private void undoChanged() {
        if (undo != null) {
            view.showUndoState(undo.canUndo() ? undo.undoName() : null, undo.canRedo() ? undo.redoName() : null);
        }
    }

    /** Claims put back to earlier versions (undo) or forward again (redo); refused if changed since. */
    private final class ClaimChange implements UndoHistory.Change {
        private final String name;
        private final List<Claim> before;
        private final List<Claim> after;

        ClaimChange(String name, List<Claim> before, List<Claim> after) {
            this.name = name;
            this.before = before;
            this.after = after;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void undo(java.util.function.Consumer<Boolean> done) {
            run("undo " + name.toLowerCase(java.util.Locale.ROOT), after, before, done);
        }

        @Override
        public void redo(java.util.function.Consumer<Boolean> done) {
            run("redo " + name.toLowerCase(java.util.Locale.ROOT), before, after, done);
        }

        private void run(
                String what, List<Claim> expected, List<Claim> target, java.util.function.Consumer<Boolean> done) {
            AppServices s = services;
            String who = reviewer;
            BackgroundTask.wrap("Undoing", () -> {
                        List<Claim> out = new java.util.ArrayList<>();
                        for (int i = 0; i < target.size(); i++) {
                            out.add(s.claims().restore(target.get(i).id(), expected.get(i), target.get(i), what, who));
                        }
                        return out;
                    })
                    .onSuccess(changed -> {
                        done.accept(true);
                        claimsChanged(changed);
                        view.showStatus(capitalised(what) + ": done.");
                    })
                    .onFailure(e -> {
                        done.accept(false);
                        dialogs.showError("Could not " + what, e.userMessage());
                    })
                    .executeWith(runner);
        }
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Runs an evidence undo/redo step in the background and refreshes the claim. */
    private void evidenceStep(
            String what,
            long claimId,
            java.util.function.Supplier<Evidence> work,
            java.util.function.Consumer<Evidence> after,
            java.util.function.Consumer<Boolean> done) {
        BackgroundTask.wrap(capitalised(what), work::get)
                .onSuccess(e -> {
                    after.accept(e);
                    done.accept(true);
                    view.showStatus(capitalised(what) + ": done.");
                    refreshClaim(claimId);
                })
                .onFailure(e -> {
                    done.accept(false);
                    dialogs.showError("Could not " + what, e.userMessage());
                })
                .executeWith(runner);
    }

    /**
     * An evidence item that an edit added or deleted: undo and redo delete it or put it back (with a
     * new id, remembered for the next step).
     */
    private final class EvidenceExistence implements UndoHistory.Change {
        private final String name;
        private final boolean added;
        private Evidence current;

        EvidenceExistence(String name, Evidence evidence, boolean added) {
            this.name = name;
            this.current = evidence;
            this.added = added;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void undo(java.util.function.Consumer<Boolean> done) {
            step("undo " + name.toLowerCase(java.util.Locale.ROOT), !added, done);
        }

        @Override
        public void redo(java.util.function.Consumer<Boolean> done) {
            step("redo " + name.toLowerCase(java.util.Locale.ROOT), added, done);
        }

        private void step(String what, boolean present, java.util.function.Consumer<Boolean> done) {
            AppServices s = services;
            String who = reviewer;
            Evidence e = current;
            evidenceStep(
                    what,
                    e.claimId(),
                    () -> {
                        if (present) {
                            return s.evidence().restore(e, who);
                        }
                        s.evidence().delete(e.id(), who);
                        return e;
                    },
                    x -> current = x,
                    done);
        }
    }

    /** Undo writes the old fields back; redo the new ones. */
    private final class EvidenceEdited implements UndoHistory.Change {
        private final Evidence before;
        private final Evidence after;

        EvidenceEdited(Evidence before, Evidence after) {
            this.before = before;
            this.after = after;
        }

        @Override
        public String name() {
            return "Edit evidence";
        }

        @Override
        public void undo(java.util.function.Consumer<Boolean> done) {
            AppServices s = services;
            String who = reviewer;
            evidenceStep(
                    "undo edit evidence", before.claimId(), () -> s.evidence().update(before, who), x -> {}, done);
        }

        @Override
        public void redo(java.util.function.Consumer<Boolean> done) {
            AppServices s = services;
            String who = reviewer;
            evidenceStep(
                    "redo edit evidence", after.claimId(), () -> s.evidence().update(after, who), x -> {}, done);
        }
    }

    void editMetadata(Article a) {
        dialogs.editMetadata("The article's source details.", a.metadata())
                .filter(m -> !m.equals(a.metadata()))
                .ifPresent(m -> saveMetadata(a.id(), a.metadata(), m));
    }

    private void saveMetadata(long articleId, ArticleMetadata before, ArticleMetadata m) {
        AppServices s = services;
        String who = reviewer;
        BackgroundTask.wrap("Saving the article details", () -> s.articles().updateMetadata(articleId, m, who))
                .onSuccess(saved -> {
                    undo.add(new MetadataChange(articleId, before, m));
                    view.showStatus("Saved the details of \"" + saved.title() + "\".");
                    refreshArticles(articleId);
                })
                .executeWith(runner);
    }

    /** The article's source details written back (undo) or again (redo). */
    private final class MetadataChange implements UndoHistory.Change {
        private final long articleId;
        private final ArticleMetadata before;
        private final ArticleMetadata after;

        MetadataChange(long articleId, ArticleMetadata before, ArticleMetadata after) {
            this.articleId = articleId;
            this.before = before;
            this.after = after;
        }

        @Override
        public String name() {
            return "Article details";
        }

        @Override
        public void undo(java.util.function.Consumer<Boolean> done) {
            write("undo article details", before, done);
        }

        @Override
        public void redo(java.util.function.Consumer<Boolean> done) {
            write("redo article details", after, done);
        }

        private void write(String what, ArticleMetadata m, java.util.function.Consumer<Boolean> done) {
            AppServices s = services;
            String who = reviewer;
            BackgroundTask.wrap(capitalised(what), () -> s.articles().updateMetadata(articleId, m, who))
                    .onSuccess(saved -> {
                        done.accept(true);
                        view.showStatus(capitalised(what) + ": done.");
                        refreshArticles(articleId);
                    })
                    .onFailure(e -> {
                        done.accept(false);
                        dialogs.showError("Could not " + what, e.userMessage());
                    })
                    .executeWith(runner);
        }
    }

    @Override
    public void selectArticle(long articleId) {
        if (currentArticleId == null || currentArticleId != articleId) {
            currentClaimId = null;
        }
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

    /** The articles and their review progress, loaded together. */
    record ArticleList(List<Article> articles, java.util.Map<Long, dev.claimdesk.domain.ArticleProgress> progress) {}

    /** Reloads the article list and shows {@code select}, else the article shown before, else the newest. */
    private void refreshArticles(Long select) {
        AppServices s = services;
        BackgroundTask.wrap(
                        "Loading articles",
                        () -> new ArticleList(s.articles().list(), s.articles().progress()))
                .onSuccess(loaded -> {
                    List<Article> list = loaded.articles();
                    Long wanted = select != null ? select : currentArticleId;
                    Long chosen = list.stream().anyMatch(a -> wanted != null && a.id() == wanted)
                            ? wanted
                            : list.isEmpty() ? null : list.get(0).id();
                    view.showArticles(list, loaded.progress(), chosen);
                    if (chosen != null) {
                        selectArticle(chosen);
                    }
                })
                .executeWith(runner);
    }

    /** View > Refresh (F5): reloads the articles and the open article, with what others changed meanwhile. */
    void refresh() {
        if (services == null) {
            return;
        }
        refreshArticles(currentArticleId);
        if (currentClaimId != null) {
            loadDetail(currentClaimId);
        }
        view.showStatus("Refreshed from " + services.databaseFile().getFileName() + ".");
    }

    void themeChanged(Theme theme) {
        settings.put(Theme.SETTING, theme.name());
        BackgroundTask.wrap("Saving settings", settings::save).executeWith(runner);
    }

    /** Saves the settings, then quits. */
    void closing() {
        BackgroundTask.wrap("Saving settings", settings::save)
                .onSuccess(v -> quit.run())
                .onFailure(e -> {
                    dialogs.showError(e.problem().title(), e.userMessage());
                    quit.run();
                })
                .executeWith(runner);
    }

    String reviewer() {
        return reviewer;
    }
}
