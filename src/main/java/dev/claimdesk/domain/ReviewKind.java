package dev.claimdesk.domain;

/** What a review record says: a verdict proposal, a second reviewer's decision, or blind work. */
public enum ReviewKind {
    PROPOSAL,
    APPROVAL,
    RETURN,
    BLIND,
    ADJUDICATION
}
