package dev.claimdesk.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.claimdesk.domain.AuditEvent;
import dev.claimdesk.store.Tx;
import java.time.Instant;

/** Writes audit events inside the caller's transaction, so a change and its history land together. */
final class Audit {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Audit() {}

    static void record(
            Tx tx, Instant at, String actor, String entity, long entityId, String action, Object before, Object after) {
        tx.audit().append(event(at, actor, entity, entityId, action, before, after));
    }

    /** The event {@link #record} writes, for writing many in one batch. */
    static AuditEvent event(
            Instant at, String actor, String entity, long entityId, String action, Object before, Object after) {
        return new AuditEvent(0, at, actor, entity, entityId, action, toJson(before), toJson(after));
    }

    /**
     * As {@link #record}, with the reviewer's comment (an approval note, the reason of a return or a
     * reopening) kept as the {@code comment} field of the after-snapshot, for the history.
     */
    static void record(
            Tx tx,
            Instant at,
            String actor,
            String entity,
            long entityId,
            String action,
            Object before,
            Object after,
            String comment) {
        if (comment == null || comment.isBlank()) {
            record(tx, at, actor, entity, entityId, action, before, after);
            return;
        }
        com.fasterxml.jackson.databind.node.ObjectNode snapshot = JSON.valueToTree(after);
        snapshot.put("comment", comment);
        tx.audit().append(new AuditEvent(0, at, actor, entity, entityId, action, toJson(before), toJson(snapshot)));
    }

    /** A top-level text field of an audit JSON snapshot, or null. */
    static String field(String json, String name) {
        if (json == null) {
            return null;
        }
        try {
            com.fasterxml.jackson.databind.JsonNode node = JSON.readTree(json).get(name);
            return node == null || node.isNull() ? null : node.asText();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable audit snapshot", e);
        }
    }

    static String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write audit JSON for " + value.getClass(), e);
        }
    }
}
