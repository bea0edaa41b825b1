package dev.claimdesk.extraction;

/** A sentence of a text: [start, end) offsets into it and the covered text. */
public record Sentence(int start, int end, String text) {}
