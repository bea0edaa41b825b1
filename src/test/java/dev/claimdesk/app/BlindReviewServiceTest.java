package dev.claimdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdesk.app.BlindReviewService.Outcome;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.Reliability;
import dev.claimdesk.domain.Review;
import dev.claimdesk.domain.ReviewKind;
import dev.claimdesk.domain.ReviewMode;
import dev.claimdesk.domain.ReviewMode.OnAgreement;
import dev.claimdesk.domain.SourceType;
import dev.claimdesk.domain.Stance;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blind double review on a real database: independence, agreement, adjudication, rounds. */
class BlindReviewServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    AppServices app;
    long article;
    long trueLabel;
    long falseLabel;

    @BeforeEach
    void blindArticle() {
        app = AppServices.open(dir.resolve("desk.db"), CLOCK);
        article = app.articles()
                .importText(
                        "The plant makes 40 percent of the country's power.\nIts output doubled in 2024.",
                        ArticleFormat.PASTE,
                        new ArticleMetadata("Power", null, null, null, null),
                        "en",
                        "ada")
                .article()
                .id();
        app.blind().setMode(article, ReviewMode.BLIND, OnAgreement.REVIEW, "ada");
        trueLabel =
                app.scales().defaultScale().labelByCode("TRUE").orElseThrow().id();
        falseLabel =
                app.scales().defaultScale().labelByCode("FALSE").orElseThrow().id();
    }

    private Claim claim(int start, int end) {
        Claim c = app.claims().addManual(article, start, end, "ada");
        return app.claims().get(c.id());
    }

    private void evidence(long claimId, String title, String who) {
        app.evidence()
                .add(
                        new Evidence(
                                0,
                                claimId,
                                "https://grid.example/"
                                        + title.replace(" ", "-").replace("'", ""),
                                title,
                                "Grid operator",
                                null,
                                null,
                                "A quote.",
                                Stance.SUPPORTS,
                                SourceType.PRIMARY,
                                Reliability.B,
                                null,
                                null,
                                null,
                                who,
                                Instant.EPOCH),
                        who);
    }

    @Test
    void neitherSeesTheOthersVerdictOrEvidenceUntilBothAreInThenAgreementGoesToAThirdPerson() {
        Claim c = claim(0, 50);
        evidence(c.id(), "Ada's source", "ada");
        assertThat(app.blind().submit(c.id(), trueLabel, "The operator's report says 40 %.", "ada"))
                .isEqualTo(Outcome.WAITING);
        assertThat(app.claims().get(c.id()).state()).isEqualTo(ClaimState.IN_RESEARCH);
        assertThat(app.claims().get(c.id()).verdictLabelId()).isNull();
        assertThat(app.blind().progress(article)).containsEntry(c.id(), "1 of 2 verdicts");

        BlindReviewService.View bea = app.blind().view(c.id(), "bea");
        assertThat(bea.own()).isEmpty();
        assertThat(bea.visible()).isEmpty();
        assertThat(bea.progress()).isEqualTo("1 of 2 verdicts");
        var beaDetail = app.claims().detail(c.id(), "bea");
        assertThat(beaDetail.evidence()).isEmpty();
        assertThat(beaDetail.history())
                .noneMatch(h ->
                        h.action().equals("give blind verdict") || h.action().equals("add evidence"));
        assertThat(app.claims().detail(c.id(), "ada").evidence())
                .extracting(Evidence::title)
                .containsExactly("Ada's source");
        assertThat(app.blind().view(c.id(), "ada").own()).map(Review::labelId).contains(trueLabel);

        assertThatThrownBy(() -> app.blind().submit(c.id(), falseLabel, "Changed my mind.", "ada"))
                .hasMessageContaining("You gave your verdict on this claim already");
        assertThatThrownBy(() -> app.blind().adjudicate(c.id(), trueLabel, "Decided.", "cai"))
                .hasMessageContaining("1 of 2 verdicts are in");

        evidence(c.id(), "Bea's source", "bea");
        assertThat(app.blind().submit(c.id(), trueLabel, "The grid data agree.", "bea"))
                .isEqualTo(Outcome.AGREED_FOR_REVIEW);
        Claim agreed = app.claims().get(c.id());
        assertThat(agreed.state()).isEqualTo(ClaimState.READY_FOR_REVIEW);
        assertThat(agreed.verdictLabelId()).isEqualTo(trueLabel);
        assertThat(agreed.rationale()).contains("ada: The operator's report says 40 %.", "bea: The grid data agree.");
        assertThat(app.claims().detail(c.id(), "bea").evidence()).hasSize(2);
        assertThat(app.blind().view(c.id(), "bea").visible()).hasSize(2);

        for (String rater : new String[] {"ada", "bea"}) {
            assertThatThrownBy(() -> app.claims().act(c.id(), ClaimAction.APPROVE, null, null, rater))
                    .hasMessageContaining("a third reviewer has to approve");
        }
        assertThat(app.claims()
                        .act(c.id(), ClaimAction.APPROVE, "Fine.", null, "cai")
                        .state())
                .isEqualTo(ClaimState.APPROVED);
        assertThat(app.claims().reviews(c.id()))
                .extracting(Review::kind)
                .containsExactly(ReviewKind.BLIND, ReviewKind.BLIND, ReviewKind.APPROVAL);
    }

    @Test
    void differingVerdictsWaitForAThirdReviewerWhoDecidesAndTheOriginalsStay() {
        Claim c = claim(0, 50);
        app.blind().submit(c.id(), trueLabel, "Looks right.", "ada");
        assertThat(app.blind().submit(c.id(), falseLabel, "The share is 31 %.", "bea"))
                .isEqualTo(Outcome.TO_ADJUDICATION);
        assertThat(app.blind().progress(article)).containsEntry(c.id(), "awaiting adjudication");
        assertThat(app.blind().adjudicationQueue()).extracting(Claim::id).containsExactly(c.id());
        assertThat(app.claims().get(c.id()).verdictLabelId()).isNull();

        assertThatThrownBy(() -> app.blind().adjudicate(c.id(), falseLabel, "Mine wins.", "bea"))
                .hasMessageContaining("a third reviewer has to adjudicate");
        assertThatThrownBy(() -> app.claims().act(c.id(), ClaimAction.ADJUDICATE, "x", null, "cai"))
                .isInstanceOf(ClaimDeskException.class);
        assertThat(app.blind().view(c.id(), "cai").visible())
                .extracting(Review::labelId)
                .containsExactly(trueLabel, falseLabel);

        Claim decided = app.blind().adjudicate(c.id(), falseLabel, "The 2024 statistics give 31 %.", "cai");
        assertThat(decided.state()).isEqualTo(ClaimState.APPROVED);
        assertThat(decided.verdictBy()).isEqualTo("cai");
        assertThat(app.blind().adjudicationQueue()).isEmpty();
        assertThat(app.claims().reviews(c.id()))
                .extracting(Review::kind, Review::reviewer, Review::labelId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReviewKind.BLIND, "ada", trueLabel),
                        org.assertj.core.groups.Tuple.tuple(ReviewKind.BLIND, "bea", falseLabel),
                        org.assertj.core.groups.Tuple.tuple(ReviewKind.ADJUDICATION, "cai", falseLabel));
        assertThat(app.claims().historyEntries(c.id()))
                .extracting(dev.claimdesk.domain.HistoryEntry::action)
                .contains("give blind verdict", "send to adjudication", "adjudicate");
    }

    @Test
    void sentBackBothReviewersGiveNewVerdictsAndAgreementCanApproveAtOnce() {
        app.blind().setMode(article, ReviewMode.BLIND, OnAgreement.APPROVE, "ada");
        Claim c = claim(51, 78);
        app.blind().submit(c.id(), trueLabel, "Doubled.", "ada");
        app.blind().submit(c.id(), falseLabel, "Only rose by half.", "bea");
        assertThatThrownBy(() -> app.blind().sendBack(c.id(), " ", "cai")).hasMessageContaining("Write what");
        app.blind().sendBack(c.id(), "Check the 2023 base year, both of you.", "cai");
        assertThat(app.blind().progress(article)).containsEntry(c.id(), "0 of 2 verdicts");
        assertThat(app.blind().view(c.id(), "bea").visible()).isEmpty();

        assertThat(app.blind().submit(c.id(), falseLabel, "Base year 2023: +52 %.", "ada"))
                .isEqualTo(Outcome.WAITING);
        assertThat(app.blind().submit(c.id(), falseLabel, "+52 %, not doubled.", "bea"))
                .isEqualTo(Outcome.AGREED_APPROVED);
        Claim done = app.claims().get(c.id());
        assertThat(done.state()).isEqualTo(ClaimState.APPROVED);
        assertThat(done.verdictLabelId()).isEqualTo(falseLabel);
        assertThat(app.blind().round(c.id()).number()).isEqualTo(2);
        assertThat(app.blind().round(c.id()).earlier()).hasSize(2);
    }

    @Test
    void theOrdinaryWorkflowIsRefusedWhereItWouldBreakBlindnessAndTheModeStaysOnceVerdictsExist() {
        Claim c = claim(0, 50);
        assertThatThrownBy(() -> app.claims().setVerdict(c.id(), trueLabel, "Mine.", "ada"))
                .hasMessageContaining("blind double review");
        app.claims().act(c.id(), ClaimAction.START_RESEARCH, null, null, "ada");
        assertThatThrownBy(() -> app.claims().act(c.id(), ClaimAction.SUBMIT_FOR_REVIEW, null, null, "ada"))
                .hasMessageContaining("blind double review");
        app.blind().submit(c.id(), trueLabel, "Right.", "ada");
        assertThatThrownBy(() -> app.blind().setMode(article, ReviewMode.FOUR_EYES, null, "ada"))
                .hasMessageContaining("stays under blind double review");
        assertThat(app.blind().mode(article).mode()).isEqualTo(ReviewMode.BLIND);

        long fourEyes = app.articles()
                .importText(
                        "Another article with 3 claims.",
                        ArticleFormat.PASTE,
                        new ArticleMetadata("Other", null, null, null, null),
                        "en",
                        "ada")
                .article()
                .id();
        Claim other = app.claims().addManual(fourEyes, 0, 20, "ada");
        assertThatThrownBy(() -> app.blind().submit(other.id(), trueLabel, "Blind?", "ada"))
                .hasMessageContaining("reviewed four-eyes");
        assertThat(app.blind().progress(fourEyes)).isEmpty();
    }

    @Test
    void agreementIsMeasuredOnTheIndependentFirstRoundVerdicts() {
        long mostlyTrue = app.scales()
                .defaultScale()
                .labelByCode("MOSTLY_TRUE")
                .orElseThrow()
                .id();
        Claim a = claim(0, 50);
        Claim b = claim(51, 78);
        Claim c = claim(0, 20);
        app.blind().submit(a.id(), trueLabel, "Yes.", "ada");
        app.blind().submit(a.id(), trueLabel, "Yes.", "bea");
        app.blind().submit(b.id(), trueLabel, "Yes.", "ada");
        app.blind().submit(b.id(), falseLabel, "No.", "bea");
        app.blind().sendBack(b.id(), "Again.", "cai");
        app.blind().submit(b.id(), falseLabel, "No.", "ada"); // a later round: not independent any more
        app.blind().submit(c.id(), trueLabel, "Yes.", "ada");
        app.blind().submit(c.id(), mostlyTrue, "Mostly.", "bea");

        var s = app.blind().agreement(article, null);
        assertThat(s.units()).isEqualTo(3);
        assertThat(s.pairableUnits()).isEqualTo(3);
        assertThat(s.observed().getAsDouble()).isEqualTo(1.0 / 3);
        assertThat(s.oppositeEnds()).isEqualTo(1);
        assertThat(s.pairs())
                .singleElement()
                .satisfies(p -> assertThat(p.units()).isEqualTo(3));
        assertThat(s.alpha()).isPresent();
        assertThat(app.blind()
                        .agreement(article, Instant.parse("2030-01-01T00:00:00Z"))
                        .units())
                .isZero();
    }

    @Test
    void aReopenedClaimOfABlindArticleGoesBackToBothReviewers() {
        Claim c = claim(0, 50);
        app.blind().submit(c.id(), trueLabel, "Right.", "ada");
        app.blind().submit(c.id(), trueLabel, "Right too.", "bea");
        app.claims().act(c.id(), ClaimAction.APPROVE, null, null, "cai");
        app.claims().act(c.id(), ClaimAction.REOPEN, "A correction was published.", null, "cai");
        assertThat(app.blind().round(c.id()).number()).isEqualTo(2);
        assertThat(app.blind().progress(article)).containsEntry(c.id(), "0 of 2 verdicts");
        assertThat(app.blind().submit(c.id(), falseLabel, "The correction says 31 %.", "bea"))
                .isEqualTo(Outcome.WAITING);
    }
}
