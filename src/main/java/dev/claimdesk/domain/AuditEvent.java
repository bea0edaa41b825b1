package dev.claimdesk.domain;

import java.time.Instant;

/** One line of the append-only history: who did what to which entity, from what, to what. */
public record AuditEvent(
        long id, Instant at, String actor, String entity, long entityId, String action, String before, String after) {}
