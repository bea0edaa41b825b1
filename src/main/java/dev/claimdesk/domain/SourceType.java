package dev.claimdesk.domain;

/** Who stands behind an evidence item, relative to the claim. */
public enum SourceType {
    PRIMARY("primary"),
    SECONDARY("secondary"),
    SELF_INTERESTED("self-interested"),
    AI_GENERATED("AI-generated"),
    ANONYMOUS("anonymous");

    private final String label;

    SourceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
