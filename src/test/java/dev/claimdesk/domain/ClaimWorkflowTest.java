package dev.claimdesk.domain;

import static dev.claimdesk.domain.ClaimAction.ACCEPT;
import static dev.claimdesk.domain.ClaimAction.ADJUDICATE;
import static dev.claimdesk.domain.ClaimAction.APPROVE;
import static dev.claimdesk.domain.ClaimAction.DISMISS;
import static dev.claimdesk.domain.ClaimAction.REOPEN;
import static dev.claimdesk.domain.ClaimAction.RESTORE;
import static dev.claimdesk.domain.ClaimAction.RETURN;
import static dev.claimdesk.domain.ClaimAction.START_RESEARCH;
import static dev.claimdesk.domain.ClaimAction.SUBMIT_FOR_REVIEW;
import static dev.claimdesk.domain.ClaimState.APPROVED;
import static dev.claimdesk.domain.ClaimState.DISMISSED;
import static dev.claimdesk.domain.ClaimState.IN_RESEARCH;
import static dev.claimdesk.domain.ClaimState.OPEN;
import static dev.claimdesk.domain.ClaimState.PROPOSED;
import static dev.claimdesk.domain.ClaimState.READY_FOR_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClaimWorkflowTest {

    /** The allowed transitions, written out independently of the implementation (design.md section 4). */
    private static final Map<String, ClaimState> ALLOWED = Map.ofEntries(
            Map.entry(key(PROPOSED, ACCEPT), OPEN),
            Map.entry(key(PROPOSED, DISMISS), DISMISSED),
            Map.entry(key(OPEN, DISMISS), DISMISSED),
            Map.entry(key(DISMISSED, RESTORE), OPEN),
            Map.entry(key(OPEN, START_RESEARCH), IN_RESEARCH),
            Map.entry(key(OPEN, SUBMIT_FOR_REVIEW), READY_FOR_REVIEW),
            Map.entry(key(IN_RESEARCH, SUBMIT_FOR_REVIEW), READY_FOR_REVIEW),
            Map.entry(key(READY_FOR_REVIEW, APPROVE), APPROVED),
            Map.entry(key(READY_FOR_REVIEW, RETURN), IN_RESEARCH),
            Map.entry(key(APPROVED, REOPEN), IN_RESEARCH),
            Map.entry(key(IN_RESEARCH, ADJUDICATE), APPROVED));

    private static String key(ClaimState s, ClaimAction a) {
        return s + "/" + a;
    }

    /** A request that carries every piece of data any action may need, made by a second reviewer. */
    private static TransitionRequest complete(ClaimAction action) {
        return new TransitionRequest(action, "Grace", "Checked against the original.", DismissReason.OPINION, "Ada");
    }

    static Stream<Arguments> everyStateAndAction() {
        return Arrays.stream(ClaimState.values())
                .flatMap(s -> Arrays.stream(ClaimAction.values()).map(a -> Arguments.of(s, a)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyStateAndAction")
    void everyStateActionPairIsAllowedOrRejectedWithAReason(ClaimState from, ClaimAction action) {
        Transition t = ClaimWorkflow.decide(from, complete(action));

        ClaimState expected = ALLOWED.get(key(from, action));
        if (expected != null) {
            assertThat(t).isEqualTo(new Transition.Allowed(from, expected));
        } else {
            assertThat(t).isInstanceOf(Transition.Rejected.class);
            assertThat(((Transition.Rejected) t).reason())
                    .contains(from.label())
                    .contains(action.label());
        }
    }

    @Test
    void theTableCoversEveryPair() {
        assertThat(everyStateAndAction()).hasSize(ClaimState.values().length * ClaimAction.values().length);
    }

    @Test
    void dismissRequiresAReason() {
        Transition t = ClaimWorkflow.decide(PROPOSED, TransitionRequest.of(DISMISS, "Ada"));
        assertThat(t)
                .isEqualTo(new Transition.Rejected(
                        "Choose why the claim is dismissed: opinion, prediction, not significant or duplicate."));
    }

    @Test
    void submittingRequiresAProposedVerdict() {
        assertThat(ClaimWorkflow.decide(IN_RESEARCH, TransitionRequest.of(SUBMIT_FOR_REVIEW, "Ada"))
                        .allowed())
                .isFalse();
        assertThat(ClaimWorkflow.decide(
                                IN_RESEARCH,
                                TransitionRequest.of(SUBMIT_FOR_REVIEW, "Ada").withVerdictBy("Ada"))
                        .allowed())
                .isTrue();
    }

    @Test
    void approvalRequiresAProposedVerdict() {
        Transition t = ClaimWorkflow.decide(READY_FOR_REVIEW, TransitionRequest.of(APPROVE, "Grace"));
        assertThat(t).isEqualTo(new Transition.Rejected("There is no proposed verdict to approve."));
    }

    @Test
    void fourEyesRuleRefusesApprovalByTheProposer() {
        Transition own = ClaimWorkflow.decide(
                READY_FOR_REVIEW, TransitionRequest.of(APPROVE, "Ada").withVerdictBy("Ada"));
        assertThat(own.allowed()).isFalse();
        assertThat(((Transition.Rejected) own).reason()).contains("four-eyes");

        Transition other = ClaimWorkflow.decide(
                READY_FOR_REVIEW, TransitionRequest.of(APPROVE, "Grace").withVerdictBy("Ada"));
        assertThat(other).isEqualTo(new Transition.Allowed(READY_FOR_REVIEW, APPROVED));
    }

    @Test
    void fourEyesRuleRefusesAReturnByTheProposer() {
        Transition own = ClaimWorkflow.decide(
                READY_FOR_REVIEW,
                TransitionRequest.of(RETURN, "Ada").withVerdictBy("Ada").withComment("Needs a second source."));
        assertThat(own.allowed()).isFalse();
        assertThat(((Transition.Rejected) own).reason()).contains("four-eyes");
        assertThat(ClaimWorkflow.fourEyesProblem(RETURN, "Ada", "Ada")).contains(((Transition.Rejected) own).reason());

        assertThat(ClaimWorkflow.decide(
                                READY_FOR_REVIEW,
                                TransitionRequest.of(RETURN, "Grace")
                                        .withVerdictBy("Ada")
                                        .withComment("Needs a second source."))
                        .allowed())
                .isTrue();
        assertThat(ClaimWorkflow.fourEyesProblem(RETURN, "Grace", "Ada")).isEmpty();
        assertThat(ClaimWorkflow.fourEyesProblem(APPROVE, "Ada", "Ada"))
                .hasValueSatisfying(m -> assertThat(m).contains("approve"));
        assertThat(ClaimWorkflow.fourEyesProblem(SUBMIT_FOR_REVIEW, "Ada", "Ada"))
                .isEmpty();
    }

    @Test
    void returnNeedsACommentAndReopenNeedsAReason() {
        assertThat(ClaimWorkflow.decide(
                                READY_FOR_REVIEW,
                                TransitionRequest.of(RETURN, "Grace").withComment("  "))
                        .allowed())
                .isFalse();
        assertThat(ClaimWorkflow.decide(APPROVED, TransitionRequest.of(REOPEN, "Grace"))
                        .allowed())
                .isFalse();
        assertThat(ClaimWorkflow.decide(
                                APPROVED, TransitionRequest.of(REOPEN, "Grace").withComment("New data"))
                        .allowed())
                .isTrue();
    }

    @Test
    void aRejectionBecomesARuleViolationForTheUser() {
        Transition t = ClaimWorkflow.decide(APPROVED, TransitionRequest.of(DISMISS, "Ada"));
        assertThatThrownBy(t::targetOrThrow)
                .isInstanceOf(ClaimDeskException.class)
                .satisfies(e -> assertThat(((ClaimDeskException) e).problem())
                        .isEqualTo(ClaimDeskException.Problem.RULE_VIOLATION));
    }
}
