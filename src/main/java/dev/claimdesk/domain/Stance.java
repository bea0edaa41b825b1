package dev.claimdesk.domain;

/** What an evidence item says about the claim. */
public enum Stance {
    SUPPORTS("supports"),
    REFUTES("refutes"),
    CONTEXT("context");

    private final String label;

    Stance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
