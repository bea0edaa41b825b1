package dev.claimdesk.domain;

import static dev.claimdesk.domain.ClaimState.APPROVED;
import static dev.claimdesk.domain.ClaimState.DISMISSED;
import static dev.claimdesk.domain.ClaimState.IN_RESEARCH;
import static dev.claimdesk.domain.ClaimState.OPEN;
import static dev.claimdesk.domain.ClaimState.PROPOSED;
import static dev.claimdesk.domain.ClaimState.READY_FOR_REVIEW;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The claim state machine (design.md section 4):
 *
 * <pre>
 * proposed --accept--> open --start research--> in research --submit--> ready for review --approve--> approved
 * proposed/open --dismiss(reason)--> dismissed --restore--> open
 * ready for review --return(comment)--> in research;  approved --reopen(reason)--> in research
 * in research --adjudicate(verdict, rationale)--> approved   (blind double review, see BlindRound)
 * </pre>
 *
 * Submitting and approving need a proposed verdict; approving and returning need a second person
 * (four-eyes): the proposer can neither approve nor return their own verdict.
 */
public final class ClaimWorkflow {

    private static final Map<ClaimAction, Set<ClaimState>> SOURCES = Map.of(
            ClaimAction.ACCEPT, EnumSet.of(PROPOSED),
            ClaimAction.DISMISS, EnumSet.of(PROPOSED, OPEN),
            ClaimAction.RESTORE, EnumSet.of(DISMISSED),
            ClaimAction.START_RESEARCH, EnumSet.of(OPEN),
            ClaimAction.SUBMIT_FOR_REVIEW, EnumSet.of(OPEN, IN_RESEARCH),
            ClaimAction.APPROVE, EnumSet.of(READY_FOR_REVIEW),
            ClaimAction.RETURN, EnumSet.of(READY_FOR_REVIEW),
            ClaimAction.REOPEN, EnumSet.of(APPROVED),
            ClaimAction.ADJUDICATE, EnumSet.of(IN_RESEARCH));

    private static final Map<ClaimAction, ClaimState> TARGETS = Map.of(
            ClaimAction.ACCEPT, OPEN,
            ClaimAction.DISMISS, DISMISSED,
            ClaimAction.RESTORE, OPEN,
            ClaimAction.START_RESEARCH, IN_RESEARCH,
            ClaimAction.SUBMIT_FOR_REVIEW, READY_FOR_REVIEW,
            ClaimAction.APPROVE, APPROVED,
            ClaimAction.RETURN, IN_RESEARCH,
            ClaimAction.REOPEN, IN_RESEARCH,
            ClaimAction.ADJUDICATE, APPROVED);

    private ClaimWorkflow() {}

    /** States from which {@code action} is possible at all (given the data it needs). */
    public static Set<ClaimState> sourcesOf(ClaimAction action) {
        return EnumSet.copyOf(SOURCES.get(action));
    }

    public static Transition decide(ClaimState from, TransitionRequest request) {
        ClaimAction action = request.action();
        if (!SOURCES.get(action).contains(from)) {
            return new Transition.Rejected(
                    "A claim that is " + from.label() + " cannot be given the action \"" + action.label() + "\".");
        }
        String missing = missingData(request);
        if (missing != null) {
            return new Transition.Rejected(missing);
        }
        return new Transition.Allowed(from, TARGETS.get(action));
    }

    private static String missingData(TransitionRequest r) {
        return switch (r.action()) {
            case DISMISS ->
                r.dismissReason() == null
                        ? "Choose why the claim is dismissed: opinion, prediction, not significant or duplicate."
                        : null;
            case SUBMIT_FOR_REVIEW ->
                r.verdictProposer() == null ? "Choose a verdict before submitting the claim for review." : null;
            case APPROVE -> approvalProblem(r);
            case RETURN ->
                fourEyesProblem(ClaimAction.RETURN, r.actor(), r.verdictProposer())
                        .orElse(r.hasComment() ? null : "Write a comment that says what needs more work.");
            case REOPEN -> r.hasComment() ? null : "Write why an approved claim is reopened.";
            case ADJUDICATE ->
                r.verdictProposer() == null
                        ? "Choose the final verdict."
                        : r.hasComment() ? null : "Write why this is the final verdict.";
            default -> null;
        };
    }

    private static String approvalProblem(TransitionRequest r) {
        if (r.verdictProposer() == null) {
            return "There is no proposed verdict to approve.";
        }
        return fourEyesProblem(ClaimAction.APPROVE, r.actor(), r.verdictProposer())
                .orElse(null);
    }

    /**
     * Why {@code actor} may not take a second reviewer's action (approve, return) on a verdict that
     * {@code proposer} proposed, or empty when they may: the four-eyes rule, for the screen to
     * disable the action and say why before anyone tries.
     */
    public static Optional<String> fourEyesProblem(ClaimAction action, String actor, String proposer) {
        if (proposer == null || !proposer.equals(actor)) {
            return Optional.empty();
        }
        return switch (action) {
            case APPROVE ->
                Optional.of("You proposed this verdict, so a second reviewer has to approve it (four-eyes rule).");
            case RETURN ->
                Optional.of("You proposed this verdict, so a second reviewer has to return it (four-eyes rule).");
            default -> Optional.empty();
        };
    }
}
