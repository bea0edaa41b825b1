package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.Settings;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.Stance;
import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.ui.MainPresenterTest.FakeDialogs;
import dev.claimdesk.ui.MainPresenterTest.FakeView;
import dev.claimdesk.ui.task.ImmediateTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Approval is a decision, not a keystroke: the second reviewer sees what they approve and may comment. */
class ApprovalTest {
    @TempDir
    Path dir;

    final FakeView view = new FakeView();
    final FakeDialogs dialogs = new FakeDialogs();
    MainPresenter presenter;
    Path db;
    Claim claim;

    @BeforeEach
    void submittedClaim() {
        db = dir.resolve("a.db");
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
        dialogs.pasted = Optional.of(MainPresenterTest.TWO_CLAIMS);
        presenter.pasteArticle();
        Claim c = view.shownClaims.get(0);
        presenter.accept(c);
        dialogs.evidenceAnswers.push(Optional.of(evidence(c.id(), Stance.REFUTES)));
        presenter.addEvidence(app().claims().get(c.id()));
        dialogs.evidenceAnswers.push(Optional.of(evidence(c.id(), Stance.CONTEXT)));
        presenter.addEvidence(app().claims().get(c.id()));
        VerdictLabel label = view.scale.labelByCode("FALSE").orElseThrow();
        presenter.saveVerdict(c, label, "The grid data show 40 GWh.");
        presenter.submit(c);
        claim = app().claims().get(c.id());
        dialogs.reviewerAnswer = Optional.of(new DialogService.ReviewerInput("Grace Hopper", "GH"));
        presenter.switchReviewer();
    }

    private AppServices app() {
        return AppServices.open(db, Clock.systemUTC());
    }

    @Test
    void theSummaryShowsClaimVerdictRationaleEvidenceAndUntickedChecks() {
        dialogs.approvalAnswer = Optional.empty(); // Cancel

        presenter.approve(claim);

        ApprovalSummary s = dialogs.approvalShown;
        assertThat(s.claimText()).isEqualTo(claim.text());
        assertThat(s.verdict()).isEqualTo("False");
        assertThat(s.rationale()).isEqualTo("The grid data show 40 GWh.");
        assertThat(s.proposer()).isEqualTo("Ada Lovelace");
        assertThat(s.evidenceWords()).isEqualTo("2 items: 1 refutes, 1 context; sources graded B, B");
        assertThat(s.redFlags())
                .isEqualTo(claim.flags().stream()
                        .map(dev.claimdesk.domain.RedFlag::message)
                        .toList());
        assertThat(s.unticked()).isNotEmpty().isEqualTo(dev.claimdesk.domain.Checklist.questionsFor(claim));
        assertThat(app().claims().get(claim.id()).state()).isEqualTo(ClaimState.READY_FOR_REVIEW);
        assertThat(view.status).contains("Not approved");
    }

    @Test
    void aTickedCheckIsNoLongerListedAndTheCommentGoesIntoTheHistory() {
        String question = dev.claimdesk.domain.Checklist.questionsFor(claim).get(0);
        dialogs.reviewerAnswer = Optional.of(new DialogService.ReviewerInput("Ada Lovelace", "AL"));
        presenter.switchReviewer();
        presenter.giveBack(claim); // no comment answer: nothing happens
        dialogs.comment = Optional.empty();
        dialogs.reviewerAnswer = Optional.of(new DialogService.ReviewerInput("Grace Hopper", "GH"));
        presenter.switchReviewer();
        presenter.setChecked(claim, question, true);
        dialogs.approvalAnswer = Optional.of("Checked against the grid operator's report.");

        presenter.approve(claim);

        assertThat(dialogs.approvalShown.unticked()).doesNotContain(question);
        Claim approved = app().claims().get(claim.id());
        assertThat(approved.state()).isEqualTo(ClaimState.APPROVED);
        presenter.claimSelected(approved);
        assertThat(view.detail.history())
                .anySatisfy(h -> assertThat(h.detail()).isEqualTo("Checked against the grid operator's report."));
    }

    @Test
    void theProposerIsToldAtOnceAndSeesNoApprovalDialog() {
        dialogs.reviewerAnswer = Optional.of(new DialogService.ReviewerInput("Ada Lovelace", "AL"));
        presenter.switchReviewer();

        presenter.approve(claim);

        assertThat(dialogs.approvalShown).isNull();
        assertThat(dialogs.errors).singleElement().asString().contains("four-eyes");
        assertThat(app().claims().get(claim.id()).state()).isEqualTo(ClaimState.READY_FOR_REVIEW);
    }

    private static dev.claimdesk.domain.Evidence evidence(long claimId, Stance stance) {
        LocalDate day = LocalDate.of(2025, 1, 1);
        return new dev.claimdesk.domain.Evidence(
                0,
                claimId,
                "https://grid.example/report-" + stance,
                "Grid report",
                "Grid operator",
                day,
                day,
                "Storage: 40 GWh",
                stance,
                dev.claimdesk.domain.SourceType.PRIMARY,
                dev.claimdesk.domain.Reliability.B,
                null,
                null,
                null,
                "Ada Lovelace",
                Instant.EPOCH);
    }
}
