package dev.claimdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.AuditEvent;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimOrigin;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.DismissReason;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.GuardRailWarning;
import dev.claimdesk.domain.Reliability;
import dev.claimdesk.domain.Review;
import dev.claimdesk.domain.ReviewKind;
import dev.claimdesk.domain.SourceType;
import dev.claimdesk.domain.Stance;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    AppServices app;
    Article article;
    long falseLabel;

    @BeforeEach
    void setUp() {
        app = AppServices.open(dir.resolve("c.db"), CLOCK);
        article = DemoArticle.importInto(app.articles(), "Ada").article();
        falseLabel =
                app.scales().defaultScale().labelByCode("FALSE").orElseThrow().id();
    }

    private Claim manualClaim(String sentenceStart) {
        int start = article.bodyText().indexOf(sentenceStart);
        int end = article.bodyText().indexOf(".\n", start) + 1;
        return app.claims().addManual(article.id(), start, end, "Ada");
    }

    @Test
    void aSelectionBecomesAnOpenManualClaimWithItsText() {
        Claim c = manualClaim("The park cost");
        assertThat(c.text()).startsWith("The park cost 4.6 billion euros").endsWith("drops.");
        assertThat(article.bodyText().substring(c.startOffset(), c.endOffset())).isEqualTo(c.text());
        assertThat(c.state()).isEqualTo(ClaimState.OPEN);
        assertThat(c.origin()).isEqualTo(ClaimOrigin.MANUAL);
        assertThatThrownBy(() -> app.claims().addManual(article.id(), 5, 5, "Ada"))
                .isInstanceOf(ClaimDeskException.class)
                .hasMessageContaining("Select some text");
    }

    @Test
    void theWholeJourneyIsAuditedWithActorsAndStates() {
        Claim c = manualClaim("An AI chatbot");
        app.evidence().add(evidence(c.id()), "Ada");
        app.claims().setVerdict(c.id(), falseLabel, "No emission cut can exceed 100 percent.", "Ada");
        app.claims().act(c.id(), ClaimAction.SUBMIT_FOR_REVIEW, null, null, "Ada");
        Claim approved = app.claims().act(c.id(), ClaimAction.APPROVE, "Agreed", null, "Grace");

        assertThat(approved.state()).isEqualTo(ClaimState.APPROVED);
        List<AuditEvent> history = app.claims().history(c.id());
        assertThat(history)
                .extracting(AuditEvent::action)
                .containsExactly(
                        "add claim", "start research", "add evidence", "set verdict", "submit for review", "approve");
        assertThat(history).extracting(AuditEvent::actor).containsExactly("Ada", "Ada", "Ada", "Ada", "Ada", "Grace");
        AuditEvent last = history.get(history.size() - 1);
        assertThat(last.before()).contains("\"state\":\"READY_FOR_REVIEW\"");
        assertThat(last.after()).contains("\"state\":\"APPROVED\"");
        assertThat(app.claims().reviews(c.id()))
                .extracting(Review::kind, Review::reviewer)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReviewKind.PROPOSAL, "Ada"),
                        org.assertj.core.groups.Tuple.tuple(ReviewKind.APPROVAL, "Grace"));
    }

    @Test
    void theProposerCannotApproveAndNothingChanges() {
        Claim c = manualClaim("The park cost");
        app.evidence().add(evidence(c.id()), "Ada");
        app.claims().setVerdict(c.id(), falseLabel, "x", "Ada");
        app.claims().act(c.id(), ClaimAction.SUBMIT_FOR_REVIEW, null, null, "Ada");
        int events = app.claims().history(c.id()).size();

        assertThatThrownBy(() -> app.claims().act(c.id(), ClaimAction.APPROVE, null, null, "Ada"))
                .isInstanceOf(ClaimDeskException.class)
                .hasMessageContaining("four-eyes");
        assertThat(app.claims().get(c.id()).state()).isEqualTo(ClaimState.READY_FOR_REVIEW);
        assertThat(app.claims().history(c.id())).hasSize(events);
    }

    @Test
    void aDismissalNeedsAReasonAndKeepsIt() {
        Claim c = manualClaim("Critics say");
        assertThatThrownBy(() -> app.claims().act(c.id(), ClaimAction.DISMISS, null, null, "Ada"))
                .hasMessageContaining("Choose why");
        Claim dismissed = app.claims().act(c.id(), ClaimAction.DISMISS, null, DismissReason.OPINION, "Ada");
        assertThat(dismissed.dismissReason()).isEqualTo(DismissReason.OPINION);
        Claim restored = app.claims().act(c.id(), ClaimAction.RESTORE, null, null, "Ada");
        assertThat(restored.state()).isEqualTo(ClaimState.OPEN);
        assertThat(restored.dismissReason()).isNull();
    }

    @Test
    void aReturnedClaimComesBackWithTheComment() {
        Claim c = manualClaim("The park cost");
        app.claims().setVerdict(c.id(), falseLabel, "x", "Ada");
        app.claims().act(c.id(), ClaimAction.SUBMIT_FOR_REVIEW, null, null, "Ada");
        Claim back = app.claims().act(c.id(), ClaimAction.RETURN, "Find the council's budget.", null, "Grace");
        assertThat(back.state()).isEqualTo(ClaimState.IN_RESEARCH);
        assertThat(app.claims().reviews(c.id()))
                .filteredOn(r -> r.kind() == ReviewKind.RETURN)
                .singleElement()
                .satisfies(r -> assertThat(r.rationale()).isEqualTo("Find the council's budget."));
    }

    @Test
    void guardRailsWarnAboutTheCurrentVerdict() {
        Claim c = manualClaim("The park cost");
        app.claims().setVerdict(c.id(), falseLabel, "x", "Ada");
        assertThat(app.claims().warnings(c.id()))
                .extracting(GuardRailWarning::code)
                .containsExactly(GuardRailWarning.Code.NO_EVIDENCE);
    }

    @Test
    void lockedClaimsRefuseEvidenceAndVerdictChanges() {
        Claim c = manualClaim("The park cost");
        app.claims().setVerdict(c.id(), falseLabel, "x", "Ada");
        app.claims().act(c.id(), ClaimAction.SUBMIT_FOR_REVIEW, null, null, "Ada");
        assertThatThrownBy(() -> app.evidence().add(evidence(c.id()), "Ada")).hasMessageContaining("locked");
        assertThatThrownBy(() -> app.claims().setVerdict(c.id(), falseLabel, "y", "Ada"))
                .hasMessageContaining("locked");
    }

    @Test
    void evidenceIsValidated() {
        Claim c = manualClaim("The park cost");
        Evidence bad = source(c.id(), "javascript:alert(1)", null);
        assertThatThrownBy(() -> app.evidence().add(bad, "Ada")).hasMessageContaining("http:// or https://");
        Evidence future = source(c.id(), "https://example.org", LocalDate.of(2031, 1, 1));
        assertThatThrownBy(() -> app.evidence().add(future, "Ada")).hasMessageContaining("future");
        assertThat(app.evidence().listByClaim(c.id())).isEmpty();
    }

    @Test
    void changesNeedAnActor() {
        assertThatThrownBy(() -> manualClaimBy(null)).hasMessageContaining("Switch reviewer");
    }

    private void manualClaimBy(String actor) {
        app.claims().addManual(article.id(), 0, 10, actor);
    }

    private static Evidence source(long claimId, String url, LocalDate accessedOn) {
        return new Evidence(
                0,
                claimId,
                url,
                "t",
                null,
                null,
                accessedOn,
                null,
                Stance.REFUTES,
                null,
                Reliability.A,
                null,
                null,
                null,
                "Ada",
                Instant.EPOCH);
    }

    static Evidence evidence(long claimId) {
        return new Evidence(
                0,
                claimId,
                "https://example.org/report",
                "Council budget 2026",
                "Nordhaven council",
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 3, 9),
                "The park cost 3.1 billion euros.",
                Stance.REFUTES,
                SourceType.PRIMARY,
                Reliability.A,
                null,
                null,
                null,
                "ignored",
                Instant.EPOCH);
    }
}
