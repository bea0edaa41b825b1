package dev.claimdesk.domain;

/** Why a proposed or open claim is not checked. */
public enum DismissReason {
    OPINION("opinion"),
    PREDICTION("prediction"),
    NOT_SIGNIFICANT("not significant"),
    DUPLICATE("duplicate");

    private final String label;

    DismissReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
