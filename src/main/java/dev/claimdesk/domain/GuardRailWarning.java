package dev.claimdesk.domain;

/** A warning about a verdict; it never blocks, it makes the reviewer look twice. */
public record GuardRailWarning(Code code, String message) {

    public enum Code {
        NO_EVIDENCE,
        ONLY_WEAK_EVIDENCE,
        SINGLE_SOURCE,
        CONTRADICTS_EVIDENCE
    }
}
