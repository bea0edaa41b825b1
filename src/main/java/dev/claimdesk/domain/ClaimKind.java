package dev.claimdesk.domain;

/** What sort of assertion a claim makes; a claim can be of several kinds. */
public enum ClaimKind {
    QUANTITY("quantity"),
    SHARE_RANKING("share/ranking"),
    CHANGE("change over time"),
    SUPERLATIVE("superlative/first"),
    ATTRIBUTION("attribution/quote"),
    COMPARISON("comparison"),
    PREDICTION("prediction"),
    OTHER("other");

    private final String label;

    ClaimKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
