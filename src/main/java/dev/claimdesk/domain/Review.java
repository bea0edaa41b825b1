package dev.claimdesk.domain;

import java.time.Instant;
import java.util.Objects;

/** One reviewer's act on a claim's verdict. {@code labelId} is null for a return. */
public record Review(
        long id, long claimId, String reviewer, Long labelId, String rationale, ReviewKind kind, Instant createdAt) {

    public Review {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
