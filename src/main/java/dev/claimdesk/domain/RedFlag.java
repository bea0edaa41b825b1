package dev.claimdesk.domain;

/** A warning raised by the detector, with a stable code and an explanation for the reviewer. */
public record RedFlag(String code, String message) {}
