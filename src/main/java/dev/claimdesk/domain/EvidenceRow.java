package dev.claimdesk.domain;

/** An evidence item with the article its claim belongs to: one row of the evidence CSV. */
public record EvidenceRow(long articleId, Evidence evidence) {}
