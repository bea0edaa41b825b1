package dev.claimdesk.domain;

/**
 * How an article's claims are reviewed. Four-eyes: one reviewer proposes a verdict, a second
 * approves it. Blind double review: two reviewers give their verdicts independently, neither seeing
 * the other's; agreeing verdicts go on (to approval, or approved at once, per {@link OnAgreement});
 * differing ones go to a third reviewer, the adjudicator.
 */
public enum ReviewMode {
    FOUR_EYES("four-eyes"),
    BLIND("blind double review");

    private final String label;

    ReviewMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What happens when both blind verdicts agree. */
    public enum OnAgreement {
        /** The agreed verdict is ready for review: a third person approves it. */
        REVIEW,
        /** Two independent agreeing verdicts are the approval. */
        APPROVE
    }
}
