package dev.claimdesk.domain;

/** Where a claim stands in the review workflow; see {@link ClaimWorkflow} for the transitions. */
public enum ClaimState {
    PROPOSED("proposed"),
    OPEN("open"),
    IN_RESEARCH("in research"),
    READY_FOR_REVIEW("ready for review"),
    APPROVED("approved"),
    DISMISSED("dismissed");

    private final String label;

    ClaimState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
