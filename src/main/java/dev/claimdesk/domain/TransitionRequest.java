package dev.claimdesk.domain;

/**
 * Everything the workflow needs to decide on an action: who acts, the reason or comment they gave,
 * the dismissal reason, and who proposed the current verdict (null when there is none).
 */
public record TransitionRequest(
        ClaimAction action, String actor, String comment, DismissReason dismissReason, String verdictProposer) {

    public static TransitionRequest of(ClaimAction action, String actor) {
        return new TransitionRequest(action, actor, null, null, null);
    }

    public TransitionRequest withComment(String text) {
        return new TransitionRequest(action, actor, text, dismissReason, verdictProposer);
    }

    public TransitionRequest withDismissReason(DismissReason reason) {
        return new TransitionRequest(action, actor, comment, reason, verdictProposer);
    }

    public TransitionRequest withVerdictBy(String proposer) {
        return new TransitionRequest(action, actor, comment, dismissReason, proposer);
    }

    boolean hasComment() {
        return comment != null && !comment.isBlank();
    }
}
