package dev.claimdesk.domain;

/** The local copy of an evidence item as the database keeps it: its bytes, their SHA-256 and size. */
public record Attachment(String sha256, byte[] content, long byteSize, String mediaType) {}
