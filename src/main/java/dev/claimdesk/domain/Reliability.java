package dev.claimdesk.domain;

/**
 * Source reliability on the Admiralty (NATO) scale that intelligence and verification desks use:
 * A (completely reliable) to E (unreliable), F when it cannot be judged.
 */
public enum Reliability {
    A("A - completely reliable"),
    B("B - usually reliable"),
    C("C - fairly reliable"),
    D("D - not usually reliable"),
    E("E - unreliable"),
    F("F - cannot be judged");

    private final String label;

    Reliability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** D, E and F: a verdict resting only on these is weak. */
    public boolean isWeak() {
        return this == D || this == E || this == F;
    }
}
