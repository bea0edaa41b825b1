package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.Settings;
import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.Reviewer;
import dev.claimdesk.ingest.TestFiles;
import dev.claimdesk.ui.task.ImmediateTaskRunner;
import dev.claimdesk.ui.task.TaskHandle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's logic, without a window: a fake view and fake dialogs, tasks run at once. */
class MainPresenterTest {
    @TempDir
    Path dir;

    final FakeView view = new FakeView();
    final FakeDialogs dialogs = new FakeDialogs();
    MainPresenter presenter;
    Path db;

    @BeforeEach
    void start() {
        db = dir.resolve("p.db");
        AppServices.open(db, Clock.systemUTC()).reviewers().findOrCreate("Ada Lovelace", "AL");
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        settings.put(MainPresenter.REVIEWER_SETTING, "Ada Lovelace");
        presenter = new MainPresenter(
                view,
                dialogs,
                new ImmediateTaskRunner(),
                settings,
                f -> AppServices.open(f, Clock.systemUTC()),
                () -> view.quit = true);
        presenter.openDatabase(db);
    }

    @Test
    void openingRemembersTheReviewerAndShowsTheArticles() {
        assertThat(view.reviewer).isEqualTo("Ada Lovelace (AL)");
        assertThat(view.articles).isEmpty();
        assertThat(dialogs.reviewerAsked).isFalse();
    }

    @Test
    void anImportShowsTheArticleWithItsClaimsAndLetsTheUserCorrectTheDetails() throws IOException {
        Path html = dir.resolve("battery.html");
        Files.writeString(html, TestFiles.HTML);
        dialogs.metadataAnswer = Optional.of(new ArticleMetadata(
                "Battery park opens",
                "Nordhaven Post",
                "Marta Kowalczyk",
                "https://post.example/b",
                LocalDate.of(2026, 3, 4)));

        presenter.importFile(html);

        assertThat(dialogs.metadataShown).isNotNull();
        assertThat(dialogs.metadataShown.outlet()).isEqualTo("Nordhaven Post");
        assertThat(dialogs.metadataShown.publishedOn()).isEqualTo(LocalDate.of(2026, 3, 3));
        Article stored =
                AppServices.open(db, Clock.systemUTC()).articles().list().get(0);
        assertThat(stored.title()).isEqualTo("Battery park opens");
        assertThat(stored.publishedOn()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(view.shownClaims).isNotEmpty();
        assertThat(view.status).startsWith("Saved the details");
        assertThat(view.cancelOffered).as("no cancel button left behind").isNull();

        assertThat(view.undoName).isEqualTo("Article details");
        presenter.undo();
        assertThat(AppServices.open(db, Clock.systemUTC())
                        .articles()
                        .list()
                        .get(0)
                        .outlet())
                .as("the details as import found them")
                .isEqualTo("Nordhaven Post");
        assertThat(AppServices.open(db, Clock.systemUTC())
                        .articles()
                        .list()
                        .get(0)
                        .publishedOn())
                .isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void aBadFileIsExplainedAndNothingIsStored() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        presenter.importFile(empty);
        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e).contains("empty.txt is empty"));
        assertThat(view.status).isEqualTo("Nothing was imported.");
        assertThat(AppServices.open(db, Clock.systemUTC()).articles().list()).isEmpty();
    }

    @Test
    void pastedTextBecomesAnArticle() {
        dialogs.pasted = Optional.of("The battery park in Nordhaven can store 60 GWh of electricity, the operator"
                + " said.\n\nThe park cost 4.6 billion euros according to the city council's budget report.");
        presenter.pasteArticle();
        assertThat(view.articles)
                .extracting(Article::title)
                .singleElement()
                .asString()
                .startsWith("The battery park");
        assertThat(view.shownClaims).hasSize(2);
    }

    @Test
    void anExportWritesTheFileAndSaysHowManyRows() throws IOException {
        dialogs.pasted = Optional.of("The battery park in Nordhaven can store 60 GWh of electricity, the operator"
                + " said.\n\nThe park cost 4.6 billion euros according to the city council's budget report.");
        presenter.pasteArticle();
        Path out = dir.resolve("out/verdicts.csv");
        dialogs.exportAnswer = Optional.of(new DialogService.ExportChoice(
                new dev.claimdesk.app.ExportService.Options(
                        dev.claimdesk.app.ExportService.Kind.CSV, 0, true, false, null, null, null),
                out));

        presenter.export(view.articles.get(0));

        assertThat(view.status).isEqualTo("Exported 2 claims to " + out + ".");
        assertThat(Files.readAllLines(out)).hasSize(3);
        Settings saved = Settings.load(dir.resolve("settings.properties"));
        assertThat(saved.get("export.bom")).contains("true");
    }

    @Test
    void aClaimReviewThatLeavesClaimsOutSaysWhich() {
        dialogs.pasted =
                Optional.of("The battery park in Nordhaven can store 60 GWh of electricity, the operator" + " said.");
        presenter.pasteArticle();
        dialogs.exportAnswer = Optional.of(new DialogService.ExportChoice(
                new dev.claimdesk.app.ExportService.Options(
                        dev.claimdesk.app.ExportService.Kind.CLAIMREVIEW, 0, false, false, "Desk", null, null),
                dir.resolve("cr.jsonld")));
        presenter.export(view.articles.get(0));
        assertThat(view.status).startsWith("Exported 0 claims");
        assertThat(dialogs.infos).isEmpty(); // nothing approved yet, so nothing was left out
    }

    @Test
    void aBulkAcceptIsOneUndoStepAndTheClaimsItDoesNotApplyToAreListed() {
        dialogs.pasted = Optional.of("The battery park in Nordhaven can store 60 GWh of electricity, the operator"
                + " said.\n\nThe park cost 4.6 billion euros according to the city council's budget report.\n\n"
                + "Nordhaven's port handled 12 million tonnes of cargo in 2025, up from 9 million tonnes in 2024.");
        presenter.pasteArticle();
        List<Claim> all = List.copyOf(view.shownClaims);
        assertThat(all).hasSizeGreaterThanOrEqualTo(3);
        dialogs.dismissAnswer = Optional.of(dev.claimdesk.domain.DismissReason.OPINION);
        presenter.dismiss(all.get(2)); // dismissed: an accept does not apply to it
        view.changed.clear();

        presenter.acceptMany(all);

        AppServices app = AppServices.open(db, Clock.systemUTC());
        assertThat(app.claims().get(all.get(0).id()).state()).isEqualTo(dev.claimdesk.domain.ClaimState.OPEN);
        assertThat(app.claims().get(all.get(1).id()).state()).isEqualTo(dev.claimdesk.domain.ClaimState.OPEN);
        assertThat(app.claims().get(all.get(2).id()).state()).isEqualTo(dev.claimdesk.domain.ClaimState.DISMISSED);
        assertThat(view.status)
                .startsWith((all.size() - 1) + " claims accepted; not accepted: claim "
                        + all.get(2).position());
        assertThat(dialogs.infos)
                .last()
                .asString()
                .startsWith("Claim " + all.get(2).position() + ": ");
        for (Claim c : all.subList(0, 2)) {
            assertThat(app.claims().history(c.id()))
                    .extracting(dev.claimdesk.domain.AuditEvent::action)
                    .as("each claim has its own audit row")
                    .contains("accept");
        }
        assertThat(view.undoName).isEqualTo("Accept " + (all.size() - 1) + " claims");

        presenter.undo(); // one step puts every claim back
        AppServices after = AppServices.open(db, Clock.systemUTC());
        assertThat(after.claims().get(all.get(0).id()).state()).isEqualTo(dev.claimdesk.domain.ClaimState.PROPOSED);
        assertThat(after.claims().get(all.get(1).id()).state()).isEqualTo(dev.claimdesk.domain.ClaimState.PROPOSED);
        assertThat(after.claims().get(all.get(2).id()).state()).isEqualTo(dev.claimdesk.domain.ClaimState.DISMISSED);
    }

    @Test
    void aBulkAssignHandsEveryClaimToOneReviewerAndAnUnknownOneChangesNothing() {
        AppServices.open(db, Clock.systemUTC()).reviewers().findOrCreate("Grace Hopper", "GH");
        dialogs.pasted = Optional.of("The battery park in Nordhaven can store 60 GWh of electricity, the operator"
                + " said.\n\nThe park cost 4.6 billion euros according to the city council's budget report.");
        presenter.pasteArticle();
        List<Claim> all = List.copyOf(view.shownClaims);

        dialogs.assigneeAnswer = Optional.of("Nobody Known");
        presenter.assignMany(all);
        AppServices app = AppServices.open(db, Clock.systemUTC());
        assertThat(all)
                .allSatisfy(c -> assertThat(app.claims().get(c.id()).assignee()).isNull());

        dialogs.assigneeAnswer = Optional.of("Grace Hopper");
        presenter.assignMany(all);
        assertThat(all)
                .allSatisfy(c -> assertThat(app.claims().get(c.id()).assignee()).isEqualTo("Grace Hopper"));
        assertThat(view.status).isEqualTo(all.size() + " claims assigned to Grace Hopper.");
    }

    @Test
    void proposalsAreAcceptedOrDismissedWithAReasonAndTheDatabaseFollows() {
        dialogs.pasted = Optional.of("The battery park in Nordhaven can store 60 GWh of electricity, the operator"
                + " said.\n\nThe park cost 4.6 billion euros according to the city council's budget report.");
        presenter.pasteArticle();
        Claim first = view.shownClaims.get(0);
        Claim second = view.shownClaims.get(1);

        presenter.accept(first);
        dialogs.dismissAnswer = Optional.empty();
        presenter.dismiss(second); // cancelled: nothing happens
        dialogs.dismissAnswer = Optional.of(dev.claimdesk.domain.DismissReason.NOT_SIGNIFICANT);
        presenter.dismiss(second);

        assertThat(view.changed)
                .extracting(Claim::state)
                .containsExactly(dev.claimdesk.domain.ClaimState.OPEN, dev.claimdesk.domain.ClaimState.DISMISSED);
        AppServices app = AppServices.open(db, Clock.systemUTC());
        assertThat(app.claims().get(first.id()).state()).isEqualTo(dev.claimdesk.domain.ClaimState.OPEN);
        Claim dismissed = app.claims().get(second.id());
        assertThat(dismissed.dismissReason()).isEqualTo(dev.claimdesk.domain.DismissReason.NOT_SIGNIFICANT);
        assertThat(app.claims().history(second.id())).extracting(a -> a.actor()).contains("Ada Lovelace");
        assertThat(view.status).isEqualTo("Dismiss: claim 2 is now dismissed.");
    }

    @Test
    void aVerdictGoesThroughTheFourEyesReview() {
        dialogs.pasted =
                Optional.of("The battery park in Nordhaven can store 60 GWh of electricity, the operator" + " said.");
        presenter.pasteArticle();
        Claim c = view.shownClaims.get(0);
        dev.claimdesk.domain.VerdictLabel falseLabel =
                view.scale.labelByCode("FALSE").orElseThrow();

        presenter.accept(c);
        presenter.saveVerdict(c, falseLabel, "The operator's own figure; the grid data show 40 GWh.");
        assertThat(view.status).contains("rests on no evidence");
        presenter.submit(shown(c));
        presenter.approve(shown(c));
        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e).contains("four-eyes"));

        dialogs.reviewerAnswer = Optional.of(new DialogService.ReviewerInput("Grace Hopper", "GH"));
        presenter.switchReviewer();
        dialogs.comment = Optional.of("Find the grid operator's report.");
        presenter.giveBack(shown(c));
        assertThat(view.changed.get(view.changed.size() - 1).state())
                .isEqualTo(dev.claimdesk.domain.ClaimState.IN_RESEARCH);

        dialogs.reviewerAnswer = Optional.of(new DialogService.ReviewerInput("Ada Lovelace", "AL"));
        presenter.switchReviewer();
        presenter.submit(shown(c));
        dialogs.reviewerAnswer = Optional.of(new DialogService.ReviewerInput("Grace Hopper", "GH"));
        presenter.switchReviewer();
        presenter.approve(shown(c));

        Claim stored = AppServices.open(db, Clock.systemUTC()).claims().get(c.id());
        assertThat(stored.state()).isEqualTo(dev.claimdesk.domain.ClaimState.APPROVED);
        presenter.claimSelected(stored); // the History tab shows what the detail loads
        assertThat(view.detail.history())
                .extracting(h -> h.actor() + ": " + h.action() + " " + h.fromState() + " -> " + h.toState())
                .contains(
                        "Ada Lovelace: accept PROPOSED -> OPEN",
                        "Grace Hopper: return READY_FOR_REVIEW -> IN_RESEARCH",
                        "Grace Hopper: approve READY_FOR_REVIEW -> APPROVED");
        assertThat(view.detail.history())
                .anySatisfy(
                        h -> assertThat(h.detail()).isEqualTo("The operator's own figure; the grid data show 40 GWh."));
        assertThat(AppServices.open(db, Clock.systemUTC()).claims().history(c.id()))
                .extracting(e -> e.action() + " by " + e.actor())
                .containsSubsequence(
                        "accept by Ada Lovelace",
                        "set verdict by Ada Lovelace",
                        "submit for review by Ada Lovelace",
                        "return by Grace Hopper",
                        "submit for review by Ada Lovelace",
                        "approve by Grace Hopper");
    }

    @Test
    void acceptingTwiceIsRefusedInPlainWords() {
        dialogs.pasted =
                Optional.of("The battery park in Nordhaven can store 60 GWh of electricity, the operator" + " said.");
        presenter.pasteArticle();
        Claim c = view.shownClaims.get(0);
        presenter.accept(c);
        presenter.accept(c);
        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e).contains("cannot be given the action"));
    }

    static final String TWO_CLAIMS = "The battery park in Nordhaven can store 60 GWh of electricity, the"
            + " operator said.\n\nThe park cost 4.6 billion euros according to the city council's budget report.";

    private Claim acceptedClaim() {
        dialogs.pasted = Optional.of(TWO_CLAIMS);
        presenter.pasteArticle();
        Claim c = view.shownClaims.get(0);
        presenter.claimSelected(c); // as the queue does when the reviewer selects it
        presenter.accept(c);
        return view.changed.get(view.changed.size() - 1); // the claim as the queue now shows it
    }

    private AppServices app() {
        return AppServices.open(db, Clock.systemUTC());
    }

    private static dev.claimdesk.domain.Evidence evidence(
            long claimId, String title, dev.claimdesk.domain.Stance stance) {
        return new dev.claimdesk.domain.Evidence(
                0,
                claimId,
                "https://grid.example/report",
                title,
                "Grid operator",
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 2, 1),
                "Storage capacity: 40 GWh",
                stance,
                dev.claimdesk.domain.SourceType.PRIMARY,
                dev.claimdesk.domain.Reliability.B,
                null,
                null,
                null,
                "Ada Lovelace",
                java.time.Instant.now());
    }

    @Test
    void aVerdictChangeIsUndoneAndRedoneInTheDatabase() {
        Claim c = acceptedClaim();
        var labels = view.scale;
        presenter.saveVerdict(c, labels.labelByCode("TRUE").orElseThrow(), "First look.");
        presenter.saveVerdict(c, labels.labelByCode("FALSE").orElseThrow(), "The grid data show 40 GWh.");
        assertThat(view.undoName).isEqualTo("Verdict \"False\"");

        presenter.undo();
        Claim afterUndo = app().claims().get(c.id());
        assertThat(afterUndo.verdictLabelId())
                .isEqualTo(labels.labelByCode("TRUE").orElseThrow().id());
        assertThat(afterUndo.rationale()).isEqualTo("First look.");
        assertThat(view.redoName).isEqualTo("Verdict \"False\"");
        assertThat(view.undoName).isEqualTo("Verdict \"True\"");

        presenter.undo();
        assertThat(app().claims().get(c.id()).verdictLabelId()).isNull();
        assertThat(view.undoName).isEqualTo("Accept");

        presenter.redo();
        presenter.redo();
        Claim redone = app().claims().get(c.id());
        assertThat(redone.verdictLabelId())
                .isEqualTo(labels.labelByCode("FALSE").orElseThrow().id());
        assertThat(redone.rationale()).isEqualTo("The grid data show 40 GWh.");
        assertThat(view.redoName).isNull();
        assertThat(app().claims().history(c.id()))
                .extracting(e -> e.action())
                .containsSubsequence(
                        "set verdict",
                        "set verdict",
                        "undo verdict \"false\"",
                        "undo verdict \"true\"",
                        "redo verdict \"true\"",
                        "redo verdict \"false\"");
    }

    @Test
    void anUndoDoesNotOverwriteAChangeMadeElsewhere() {
        Claim c = acceptedClaim();
        presenter.saveVerdict(c, view.scale.labelByCode("FALSE").orElseThrow(), "Mine.");
        // Someone else (another window, another reviewer) changes the verdict meanwhile.
        app().claims()
                .setVerdict(c.id(), view.scale.labelByCode("TRUE").orElseThrow().id(), "Theirs.", "Grace Hopper");

        presenter.undo();

        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e).contains("was changed since"));
        assertThat(app().claims().get(c.id()).rationale()).isEqualTo("Theirs.");
        assertThat(view.undoName)
                .as("the history is cleared after a refused undo")
                .isNull();
    }

    @Test
    void anEvidenceEditIsUndoneAndRedoneAndADeletionComesBack() {
        Claim c = acceptedClaim();
        dialogs.evidenceAnswers.push(
                Optional.of(evidence(c.id(), "Grid report 2025", dev.claimdesk.domain.Stance.REFUTES)));
        presenter.addEvidence(c);
        var added = app().evidence().listByClaim(c.id()).get(0);
        assertThat(added.stance()).isEqualTo(dev.claimdesk.domain.Stance.REFUTES);
        assertThat(view.detail.evidence()).hasSize(1);

        var edited = new dev.claimdesk.domain.Evidence(
                added.id(),
                c.id(),
                added.url(),
                "Grid report 2025 (final)",
                added.publisher(),
                added.publishedOn(),
                added.accessedOn(),
                added.quote(),
                dev.claimdesk.domain.Stance.CONTEXT,
                added.sourceType(),
                dev.claimdesk.domain.Reliability.A,
                "checked twice",
                null,
                null,
                added.createdBy(),
                added.createdAt());
        dialogs.evidenceAnswers.push(Optional.of(edited));
        presenter.editEvidence(c, added);
        assertThat(dialogs.evidenceShown).isEqualTo(added);
        assertThat(view.undoName).isEqualTo("Edit evidence");

        presenter.undo();
        var back = app().evidence().listByClaim(c.id()).get(0);
        assertThat(back.title()).isEqualTo("Grid report 2025");
        assertThat(back.stance()).isEqualTo(dev.claimdesk.domain.Stance.REFUTES);
        assertThat(back.reliability()).isEqualTo(dev.claimdesk.domain.Reliability.B);

        presenter.redo();
        var again = app().evidence().listByClaim(c.id()).get(0);
        assertThat(again.title()).isEqualTo("Grid report 2025 (final)");
        assertThat(again.reliability()).isEqualTo(dev.claimdesk.domain.Reliability.A);
        assertThat(again.note()).isEqualTo("checked twice");

        presenter.deleteEvidence(c, again);
        assertThat(app().evidence().listByClaim(c.id())).isEmpty();
        presenter.undo();
        assertThat(app().evidence().listByClaim(c.id()))
                .singleElement()
                .satisfies(e -> assertThat(e.title()).isEqualTo("Grid report 2025 (final)"));
        assertThat(app().claims().history(c.id()))
                .extracting(e -> e.action())
                .containsSubsequence(
                        "add evidence",
                        "edit evidence",
                        "edit evidence",
                        "edit evidence",
                        "delete evidence",
                        "restore evidence");
    }

    @Test
    void badEvidenceIsExplainedAndTheEditorOpensAgainWithWhatWasTyped() {
        Claim c = acceptedClaim();
        var bad = new dev.claimdesk.domain.Evidence(
                0,
                c.id(),
                "javascript:alert(1)",
                "t",
                null,
                null,
                null,
                null,
                dev.claimdesk.domain.Stance.REFUTES,
                null,
                dev.claimdesk.domain.Reliability.C,
                null,
                null,
                null,
                "Ada Lovelace",
                java.time.Instant.now());
        dialogs.evidenceAnswers.add(Optional.of(bad));
        dialogs.evidenceAnswers.add(Optional.empty()); // the reviewer cancels the second time
        presenter.addEvidence(c);
        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e).contains("http:// or https://"));
        assertThat(dialogs.evidenceShown).as("the draft is shown again").isEqualTo(bad);
        assertThat(app().evidence().listByClaim(c.id())).isEmpty();
    }

    @Test
    void anAttachedFileIsStoredWithItsSha256() throws Exception {
        Claim c = acceptedClaim();
        Path pdf = Files.write(
                dir.resolve("report.pdf"), "%PDF-1.4 grid report".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var e = evidence(c.id(), "Grid report", dev.claimdesk.domain.Stance.REFUTES);
        var withFile = e.withAttachment(pdf.toString(), null);
        dialogs.evidenceAnswers.push(Optional.of(withFile));
        presenter.addEvidence(c);
        var stored = app().evidence().listByClaim(c.id()).get(0);
        String expected = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(pdf)));
        assertThat(stored.attachmentSha256()).isEqualTo(expected);
        assertThat(stored.attachmentPath()).isEqualTo(pdf.toAbsolutePath().toString());
    }

    @Test
    void theProposerCannotApproveTheirOwnVerdict() {
        Claim c = acceptedClaim();
        presenter.saveVerdict(c, view.scale.labelByCode("FALSE").orElseThrow(), "The grid data show 40 GWh.");
        presenter.submit(c);
        presenter.approve(c);
        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e).contains("four-eyes"));
        assertThat(app().claims().get(c.id()).state()).isEqualTo(dev.claimdesk.domain.ClaimState.READY_FOR_REVIEW);
    }

    @Test
    void evidenceNeedsAnAcceptedClaim() {
        dialogs.pasted = Optional.of(TWO_CLAIMS);
        presenter.pasteArticle();
        presenter.addEvidence(view.shownClaims.get(0));
        assertThat(view.status).isEqualTo("Accept the claim (A) before adding evidence.");
        assertThat(dialogs.evidenceAsked).as("no editor for a proposal").isZero();
    }

    @Test
    void aDismissalWithoutAReasonChangesNothing() {
        dialogs.pasted = Optional.of(TWO_CLAIMS);
        presenter.pasteArticle();
        Claim c = view.shownClaims.get(1);
        dialogs.dismissAnswer = Optional.empty();
        presenter.dismiss(c);
        assertThat(app().claims().get(c.id()).state()).isEqualTo(dev.claimdesk.domain.ClaimState.PROPOSED);
        assertThat(view.changed).isEmpty();
        assertThat(view.undoName).isNull();
    }

    @Test
    void aTextSelectionBecomesAClaimWithItsOffsetsAndUndoWithdrawsIt() {
        dialogs.pasted = Optional.of(TWO_CLAIMS);
        presenter.pasteArticle();
        Article a = view.articles.get(0);
        String body = app().articles().get(a.id()).bodyText();
        int start = body.indexOf("4.6 billion euros");
        int end = start + "4.6 billion euros".length();

        presenter.markClaim(start, end);

        Claim made = view.changed.get(view.changed.size() - 1);
        assertThat(made.startOffset()).isEqualTo(start);
        assertThat(made.endOffset()).isEqualTo(end);
        assertThat(app().claims().get(made.id()).text()).isEqualTo("4.6 billion euros");
        assertThat(made.origin()).isEqualTo(dev.claimdesk.domain.ClaimOrigin.MANUAL);
        assertThat(view.selected).isEqualTo(made.id());

        presenter.undo();
        assertThat(app().claims().get(made.id()).state()).isEqualTo(dev.claimdesk.domain.ClaimState.DISMISSED);
        presenter.markClaim(10, 10);
        assertThat(view.status).contains("Select the words");
    }

    @Test
    void claimsAreSplitMergedAndMarkedAsDuplicates() {
        dialogs.pasted = Optional.of(TWO_CLAIMS);
        presenter.pasteArticle();
        Claim first = view.shownClaims.get(0);
        Claim second = view.shownClaims.get(1);
        String body = app().articles().get(first.articleId()).bodyText();
        int at = body.indexOf(", the operator said");

        presenter.split(first, at);
        Claim head = app().claims().get(first.id());
        assertThat(head.text()).isEqualTo("The battery park in Nordhaven can store 60 GWh of electricity");
        Claim tail = view.changed.get(view.changed.size() - 1);
        assertThat(tail.text()).isEqualTo(", the operator said.");
        assertThat(tail.endOffset()).isEqualTo(first.endOffset());

        presenter.undo(); // the split is undone: the head grows back, the tail is withdrawn
        assertThat(app().claims().get(first.id()).text()).isEqualTo(first.text());
        assertThat(app().claims().get(tail.id()).state()).isEqualTo(dev.claimdesk.domain.ClaimState.DISMISSED);

        presenter.merge(app().claims().get(first.id()), second);
        Claim merged = app().claims().get(first.id());
        assertThat(merged.startOffset()).isEqualTo(first.startOffset());
        assertThat(merged.endOffset()).isEqualTo(second.endOffset());
        assertThat(app().claims().get(second.id()).duplicateOf()).isEqualTo(first.id());
        presenter.undo();
        assertThat(app().claims().get(first.id()).endOffset()).isEqualTo(first.endOffset());
        assertThat(app().claims().get(second.id()).state()).isEqualTo(dev.claimdesk.domain.ClaimState.PROPOSED);

        dialogs.originalAnswer = Optional.of(first);
        presenter.markDuplicate(second, List.of(first));
        Claim dup = app().claims().get(second.id());
        assertThat(dup.state()).isEqualTo(dev.claimdesk.domain.ClaimState.DISMISSED);
        assertThat(dup.dismissReason()).isEqualTo(dev.claimdesk.domain.DismissReason.DUPLICATE);
        assertThat(dup.duplicateOf()).isEqualTo(first.id());
    }

    @Test
    void theSearchFindsClaimsByTheirEvidence() {
        Claim c = acceptedClaim();
        dialogs.evidenceAnswers.push(
                Optional.of(evidence(c.id(), "Transmission statistics", dev.claimdesk.domain.Stance.REFUTES)));
        presenter.addEvidence(c);
        presenter.search("transmission");
        assertThat(view.searchHits).containsExactly(c.id());
        presenter.search("budget");
        assertThat(view.searchHits).containsExactly(view.shownClaims.get(1).id());
        presenter.search("  ");
        assertThat(view.searchHits).isNull();
    }

    @Test
    void onlyWebLinksOpenInTheBrowserOthersAreCopied() {
        dialogs.browserWorks = true;
        presenter.openLink("https://grid.example/report");
        assertThat(dialogs.browsed).containsExactly("https://grid.example/report");
        presenter.openLink("file:///etc/passwd");
        assertThat(dialogs.browsed).hasSize(1);
        assertThat(dialogs.clipboard).isEqualTo("file:///etc/passwd");
        assertThat(view.status).contains("Only web links open");
        dialogs.browserWorks = false; // e.g. under Xvfb: Desktop.browse is unsupported
        presenter.openLink("http://grid.example/x");
        assertThat(dialogs.clipboard).isEqualTo("http://grid.example/x");
        assertThat(view.status).contains("the link is copied");
    }

    @Test
    void databasesOpenedAreRememberedNewestFirst() {
        Path other = dir.resolve("other.db");
        dialogs.newDatabaseAnswer = Optional.of(other);
        presenter.newDatabase();
        assertThat(Files.exists(other)).isTrue();
        assertThat(view.recent)
                .containsExactly(
                        other.toAbsolutePath().normalize(), db.toAbsolutePath().normalize());
        assertThat(view.articles).isEmpty();
        Settings saved = Settings.load(dir.resolve("settings.properties"));
        assertThat(saved.get(MainPresenter.RECENT_SETTING).orElseThrow()).contains("other.db");
    }

    /**
     * The claim as the window shows it now (the queue's row is replaced after every change), as a
     * reviewer clicking in the window acts on it; the claim of the test's first look is older.
     */
    private Claim shown(Claim c) {
        for (int i = view.changed.size() - 1; i >= 0; i--) {
            if (view.changed.get(i).id() == c.id()) {
                return view.changed.get(i);
            }
        }
        return c;
    }

    @Test
    void aClaimChangedByAnotherReviewerMeanwhileIsRefusedNamingThemAndShownAsItIsNow() {
        Claim seen = acceptedClaim();
        AppServices other = app();
        other.reviewers().findOrCreate("Grace Hopper", "GH");
        other.claims().assign(seen.id(), "Grace Hopper", "Grace Hopper");

        presenter.saveVerdict(seen, view.scale.labelByCode("FALSE").orElseThrow(), "The grid data show 40 GWh.");

        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e).startsWith("Grace Hopper changed"));
        Claim stored = app().claims().get(seen.id());
        assertThat(stored.verdictLabelId()).as("nothing written").isNull();
        assertThat(shown(seen).assignee()).as("the claim shown as it is now").isEqualTo("Grace Hopper");

        // On the claim as it is now, the same step goes through; the reviewer's own steps after it too,
        // even from a claim object the window has not refreshed yet.
        Claim now = shown(seen);
        presenter.saveVerdict(now, view.scale.labelByCode("FALSE").orElseThrow(), "The grid data show 40 GWh.");
        presenter.submit(now);
        assertThat(dialogs.errors).hasSize(1);
        assertThat(app().claims().get(seen.id()).state()).isEqualTo(dev.claimdesk.domain.ClaimState.READY_FOR_REVIEW);
    }

    @Test
    void aReturnedClaimGoesBackToTheProposerWithTheCommentVisible() {
        Claim c = acceptedClaim();
        presenter.saveVerdict(c, view.scale.labelByCode("FALSE").orElseThrow(), "The grid data show 40 GWh.");
        presenter.submit(shown(c));
        dialogs.reviewerAnswer = Optional.of(new DialogService.ReviewerInput("Grace Hopper", "GH"));
        presenter.switchReviewer();
        dialogs.comment = Optional.of("Cite the grid operator's 2025 report, not the press release.");
        presenter.giveBack(shown(c));

        Claim back = app().claims().get(c.id());
        assertThat(back.state()).isEqualTo(dev.claimdesk.domain.ClaimState.IN_RESEARCH);
        assertThat(back.assignee()).as("in the proposer's queue").isEqualTo("Ada Lovelace");
        assertThat(view.detail.lastReturn()).isNotNull();
        assertThat(view.detail.lastReturn().reviewer()).isEqualTo("Grace Hopper");
        assertThat(view.detail.lastReturn().rationale())
                .isEqualTo("Cite the grid operator's 2025 report, not the press release.");
    }

    @Test
    void droppedFilesAreImportedAndTheOnesThatFailAreNamed() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), TWO_CLAIMS);
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path html = Files.writeString(dir.resolve("page.html"), TestFiles.HTML);

        presenter.importFiles(List.of(good, empty, html));

        assertThat(app().articles().list()).hasSize(2);
        assertThat(view.status).isEqualTo("Imported 2 of 3 files.");
        assertThat(dialogs.infos).singleElement().satisfies(i -> assertThat(i).startsWith("empty.txt: "));
        assertThat(view.cancelOffered).isNull();
    }

    @Test
    void refreshShowsWhatAnotherReviewerChanged() {
        Claim c = acceptedClaim();
        app().claims()
                .setVerdict(c.id(), view.scale.labelByCode("TRUE").orElseThrow().id(), "Checked.", "Grace Hopper");
        presenter.refresh();
        assertThat(view.shownClaims)
                .filteredOn(x -> x.id() == c.id())
                .singleElement()
                .satisfies(x -> assertThat(x.verdictBy()).isEqualTo("Grace Hopper"));
        assertThat(view.detail.claim().rationale()).isEqualTo("Checked.");
    }

    @Test
    void aClaimIsHandedToAnotherReviewerAndBack() {
        Claim c = acceptedClaim();
        assertThat(app().claims().get(c.id()).assignee()).isEqualTo("Ada Lovelace");
        app().reviewers().findOrCreate("Grace Hopper", "GH");

        dialogs.assigneeAnswer = Optional.of("Grace Hopper");
        presenter.assign(c);
        assertThat(app().claims().get(c.id()).assignee()).isEqualTo("Grace Hopper");
        assertThat(view.status).isEqualTo("Claim 1 is assigned to Grace Hopper.");

        dialogs.assigneeAnswer = Optional.of("");
        presenter.assign(c);
        assertThat(app().claims().get(c.id()).assignee()).isNull();

        presenter.undo();
        assertThat(app().claims().get(c.id()).assignee()).isEqualTo("Grace Hopper");
        dialogs.assigneeAnswer = Optional.of("Nobody Known");
        presenter.assign(c);
        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e).contains("no reviewer called"));
        assertThat(app().claims().history(c.id()))
                .extracting(e -> e.action())
                .containsSubsequence("assign to Grace Hopper", "unassign", "undo assign");
    }

    @Test
    void checklistTicksAreStoredRecordedAndUndoable() {
        Claim c = acceptedClaim();
        String question = "Found the original figure, with its unit and date?";
        presenter.setChecked(c, question, true);
        assertThat(view.detail.checked()).containsExactly(question);
        presenter.setChecked(c, question, true); // twice is still once
        assertThat(app().claims().detail(c.id()).checked()).containsExactly(question);

        presenter.undo();
        assertThat(app().claims().detail(c.id()).checked()).isEmpty();
        presenter.redo();
        assertThat(app().claims().detail(c.id()).checked()).containsExactly(question);
        presenter.setChecked(c, question, false);
        assertThat(view.detail.checked()).isEmpty();
        assertThat(app().claims().history(c.id()))
                .extracting(e -> e.action() + " by " + e.actor())
                .containsSubsequence(
                        "check: " + question + " by Ada Lovelace", "uncheck: " + question + " by Ada Lovelace");
    }

    @Test
    void theArticleListShowsProgressOfDecidedOutOfAccepted() {
        Claim c = acceptedClaim();
        long articleId = c.articleId();
        assertThat(view.progress.get(articleId).accepted()).isEqualTo(1);
        assertThat(view.progress.get(articleId).decided()).isZero();
    }

    static final class FakeView implements MainView {
        List<Article> articles = List.of();
        List<Claim> shownClaims = List.of();
        String reviewer;
        String status;
        TaskHandle cancelOffered;
        boolean quit;

        @Override
        public void showArticles(
                List<Article> list, java.util.Map<Long, dev.claimdesk.domain.ArticleProgress> p, Long selectedId) {
            articles = list;
            progress = p;
        }

        java.util.Map<Long, dev.claimdesk.domain.ArticleProgress> progress = java.util.Map.of();
        dev.claimdesk.domain.ClaimDetail detail;
        Article shownArticle;
        java.util.Set<Long> searchHits;
        Long selected;
        String undoName;
        String redoName;
        List<Path> recent = List.of();
        List<dev.claimdesk.app.DatabaseLocation> recentPlaces = List.of();

        @Override
        public void showProgress(java.util.Map<Long, dev.claimdesk.domain.ArticleProgress> p) {
            progress = p;
        }

        @Override
        public void showClaimDetail(dev.claimdesk.domain.ClaimDetail d) {
            detail = d;
        }

        @Override
        public void showSearchResult(java.util.Set<Long> ids) {
            searchHits = ids;
        }

        @Override
        public void selectClaim(long claimId) {
            selected = claimId;
        }

        @Override
        public void showUndoState(String undo, String redo) {
            undoName = undo;
            redoName = redo;
        }

        @Override
        public void showRecentDatabases(List<dev.claimdesk.app.DatabaseLocation> places) {
            recent = places.stream()
                    .filter(dev.claimdesk.app.DatabaseLocation.File.class::isInstance)
                    .map(l -> ((dev.claimdesk.app.DatabaseLocation.File) l).path())
                    .toList();
            recentPlaces = places;
        }

        @Override
        public void showArticle(Article article, List<Claim> claims) {
            shownArticle = article;
            shownClaims = claims;
        }

        @Override
        public void offerCancel(TaskHandle handle) {
            cancelOffered = handle;
        }

        @Override
        public void showReviewer(String name) {
            reviewer = name;
        }

        @Override
        public void showDatabase(dev.claimdesk.app.DatabaseLocation where) {
            database = where;
        }

        dev.claimdesk.app.DatabaseLocation database;

        @Override
        public void showStatus(String message) {
            status = message;
        }

        @Override
        public void setDatabaseReady(boolean ready) {}

        final List<Claim> changed = new ArrayList<>();
        dev.claimdesk.domain.VerdictScale scale;

        @Override
        public void showScale(dev.claimdesk.domain.VerdictScale s) {
            scale = s;
        }

        @Override
        public void reviewerChanged(String name) {}

        @Override
        public void showClaimsChanged(List<Claim> claims) {
            changed.addAll(claims);
        }
    }

    static class FakeDialogs implements DialogService {
        final List<String> errors = new ArrayList<>();
        Optional<ArticleMetadata> metadataAnswer = Optional.empty();
        ArticleMetadata metadataShown;
        Optional<String> pasted = Optional.empty();
        boolean reviewerAsked;

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }

        @Override
        public Optional<Path> chooseArticleFile() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseDatabaseFile() {
            return openAnswer;
        }

        @Override
        public Optional<ArticleMetadata> editMetadata(String heading, ArticleMetadata found) {
            metadataShown = found;
            return metadataAnswer;
        }

        @Override
        public Optional<String> askPastedText() {
            return pasted;
        }

        Optional<dev.claimdesk.domain.DismissReason> dismissAnswer = Optional.empty();
        Optional<String> comment = Optional.empty();
        Optional<ReviewerInput> reviewerAnswer = Optional.empty();

        @Override
        public Optional<String> askComment(String title, String prompt) {
            return comment;
        }

        @Override
        public Optional<dev.claimdesk.domain.DismissReason> askDismissReason(String claimText) {
            return dismissAnswer;
        }

        Optional<ExportChoice> exportAnswer = Optional.empty();
        dev.claimdesk.app.ExportService.Options exportDefaults;
        final List<String> infos = new ArrayList<>();

        @Override
        public Optional<ExportChoice> askExport(
                Long articleId, String articleTitle, dev.claimdesk.app.ExportService.Options defaults) {
            exportDefaults = defaults;
            return exportAnswer;
        }

        @Override
        public void showInfo(String title, String message) {
            infos.add(message);
        }

        /** The answer to "replace the existing file?"; the files asked about. */
        boolean replaceAnswer = true;

        final List<Path> replaceAsked = new ArrayList<>();

        @Override
        public boolean confirmReplace(Path file) {
            replaceAsked.add(file);
            return replaceAnswer;
        }

        @Override
        public DatabaseProblemChoice askAfterDatabaseProblem(String title, String message) {
            errors.add(message);
            return problemAnswers.isEmpty() ? DatabaseProblemChoice.QUIT : problemAnswers.pop();
        }

        /** Answers to "what now?" after a database could not be opened, in order; then QUIT. */
        java.util.Deque<DatabaseProblemChoice> problemAnswers = new java.util.ArrayDeque<>();

        Optional<Path> openAnswer = Optional.empty();
        java.util.Deque<Optional<dev.claimdesk.domain.Evidence>> evidenceAnswers = new java.util.ArrayDeque<>();
        dev.claimdesk.domain.Evidence evidenceShown;
        Claim evidenceClaim;
        /** The approval dialog's answer: a comment ("" none), or empty for Cancel. */
        Optional<String> approvalAnswer = Optional.of("");

        ApprovalSummary approvalShown;

        @Override
        public Optional<String> confirmApproval(ApprovalSummary summary) {
            approvalShown = summary;
            return approvalAnswer;
        }

        int evidenceAsked;
        Optional<Claim> originalAnswer = Optional.empty();
        Optional<Path> newDatabaseAnswer = Optional.empty();
        boolean browserWorks;
        final List<String> browsed = new ArrayList<>();
        String clipboard;

        @Override
        public Optional<dev.claimdesk.domain.Evidence> editEvidence(
                Claim claim, dev.claimdesk.domain.Evidence existing, String reviewer) {
            evidenceShown = existing;
            evidenceClaim = claim;
            evidenceAsked++;
            return evidenceAnswers.isEmpty() ? Optional.empty() : evidenceAnswers.pop();
        }

        @Override
        public Optional<Claim> chooseOriginal(Claim duplicate, List<Claim> candidates) {
            return originalAnswer;
        }

        Optional<String> assigneeAnswer = Optional.empty();

        @Override
        public Optional<String> chooseAssignee(Claim claim, List<Reviewer> reviewers) {
            return assigneeAnswer;
        }

        @Override
        public Optional<Path> chooseNewDatabaseFile() {
            return newDatabaseAnswer;
        }

        @Override
        public boolean browse(String url) {
            browsed.add(url);
            return browserWorks;
        }

        @Override
        public void copyToClipboard(String text) {
            clipboard = text;
        }

        @Override
        public Optional<ReviewerInput> askReviewer(List<Reviewer> known, String current, boolean firstRun) {
            reviewerAsked = true;
            return reviewerAnswer;
        }
    }
}
