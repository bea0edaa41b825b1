package dev.claimdesk.store;

/** What a full check of a healthy database found. */
public record DatabaseHealth(int schemaVersion, long articles, long claims, long evidence, long auditEvents) {}
