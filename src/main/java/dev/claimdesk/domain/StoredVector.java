package dev.claimdesk.domain;

/** The sentence embedding kept for a claim or an archive entry (by its id), with its text. */
public record StoredVector(long id, String text, float[] vector) {}
