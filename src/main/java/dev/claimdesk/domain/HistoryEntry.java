package dev.claimdesk.domain;

import java.time.Instant;

/** One line of a claim's history as a reviewer reads it: when, who, what, from which state to which. */
public record HistoryEntry(Instant at, String actor, String action, String fromState, String toState, String detail) {}
