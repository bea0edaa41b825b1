package dev.claimdesk.domain;

/** The workflow's answer to a request: the new state, or a refusal with its reason in words. */
public sealed interface Transition {

    record Allowed(ClaimState from, ClaimState to) implements Transition {}

    record Rejected(String reason) implements Transition {}

    default boolean allowed() {
        return this instanceof Allowed;
    }

    /** The new state, or a {@link ClaimDeskException} carrying the refusal. */
    default ClaimState targetOrThrow() {
        if (this instanceof Allowed a) {
            return a.to();
        }
        throw new ClaimDeskException(ClaimDeskException.Problem.RULE_VIOLATION, ((Rejected) this).reason());
    }
}
