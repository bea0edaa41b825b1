package dev.claimdesk.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A check-worthy assertion: a span [startOffset, endOffset) of its article's body text, the
 * detector's findings, its place in the workflow and its current verdict. The history of verdicts
 * lives in {@link Review}s; the claim carries the latest proposal so that queues and exports need
 * no join. {@code version} is the row's version as read (1 when stored, raised by the database on
 * every change, 0 for a claim not stored yet): a change based on an older one is refused.
 */
public record Claim(
        long id,
        long articleId,
        int startOffset,
        int endOffset,
        String text,
        Set<ClaimKind> kinds,
        double checkworthiness,
        List<String> reasons,
        List<Quantity> quantities,
        List<RedFlag> flags,
        ClaimState state,
        DismissReason dismissReason,
        ClaimOrigin origin,
        String claimant,
        String assignee,
        int position,
        Long duplicateOf,
        Long verdictLabelId,
        String rationale,
        String verdictBy,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Claim {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(origin, "origin");
        if (startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException("bad span " + startOffset + ".." + endOffset);
        }
        kinds = Set.copyOf(kinds);
        reasons = List.copyOf(reasons);
        quantities = List.copyOf(quantities);
        flags = List.copyOf(flags);
    }

    public boolean hasVerdict() {
        return verdictLabelId != null;
    }

    public Claim withId(long newId) {
        return toBuilder().id(newId).build();
    }

    public ClaimBuilder toBuilder() {
        return new ClaimBuilder(this);
    }
}
