package dev.claimdesk.store;

/** How much a ClaimDesk database holds, read without checking it (for listing backups). */
public record DatabaseContents(int schemaVersion, long articles, long claims, long evidence, long auditEvents) {}
