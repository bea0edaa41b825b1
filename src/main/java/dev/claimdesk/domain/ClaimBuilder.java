package dev.claimdesk.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Builds a {@link Claim}; used to make a changed copy of an existing claim. */
public final class ClaimBuilder {
    private long id;
    private long articleId;
    private int startOffset;
    private int endOffset;
    private String text = "";
    private Set<ClaimKind> kinds = Set.of();
    private double checkworthiness;
    private List<String> reasons = List.of();
    private List<Quantity> quantities = List.of();
    private List<RedFlag> flags = List.of();
    private ClaimState state = ClaimState.PROPOSED;
    private DismissReason dismissReason;
    private ClaimOrigin origin = ClaimOrigin.DETECTED;
    private String claimant;
    private String assignee;
    private int position;
    private Long duplicateOf;
    private Long verdictLabelId;
    private String rationale;
    private String verdictBy;
    private String createdBy = "";
    private Instant createdAt = Instant.EPOCH;
    private Instant updatedAt = Instant.EPOCH;
    private long version;

    public ClaimBuilder() {}

    ClaimBuilder(Claim c) {
        id = c.id();
        articleId = c.articleId();
        startOffset = c.startOffset();
        endOffset = c.endOffset();
        text = c.text();
        kinds = c.kinds();
        checkworthiness = c.checkworthiness();
        reasons = c.reasons();
        quantities = c.quantities();
        flags = c.flags();
        state = c.state();
        dismissReason = c.dismissReason();
        origin = c.origin();
        claimant = c.claimant();
        assignee = c.assignee();
        position = c.position();
        duplicateOf = c.duplicateOf();
        verdictLabelId = c.verdictLabelId();
        rationale = c.rationale();
        verdictBy = c.verdictBy();
        createdBy = c.createdBy();
        createdAt = c.createdAt();
        updatedAt = c.updatedAt();
        version = c.version();
    }

    /** The version of the row this claim was read from (0: not stored yet). */
    public ClaimBuilder version(long v) {
        version = v;
        return this;
    }

    public ClaimBuilder id(long v) {
        id = v;
        return this;
    }

    public ClaimBuilder articleId(long v) {
        articleId = v;
        return this;
    }

    public ClaimBuilder span(int start, int end) {
        startOffset = start;
        endOffset = end;
        return this;
    }

    public ClaimBuilder text(String v) {
        text = v;
        return this;
    }

    public ClaimBuilder kinds(Set<ClaimKind> v) {
        kinds = v;
        return this;
    }

    public ClaimBuilder checkworthiness(double v) {
        checkworthiness = v;
        return this;
    }

    public ClaimBuilder reasons(List<String> v) {
        reasons = v;
        return this;
    }

    public ClaimBuilder quantities(List<Quantity> v) {
        quantities = v;
        return this;
    }

    public ClaimBuilder flags(List<RedFlag> v) {
        flags = v;
        return this;
    }

    public ClaimBuilder state(ClaimState v) {
        state = v;
        return this;
    }

    public ClaimBuilder dismissReason(DismissReason v) {
        dismissReason = v;
        return this;
    }

    public ClaimBuilder origin(ClaimOrigin v) {
        origin = v;
        return this;
    }

    public ClaimBuilder claimant(String v) {
        claimant = v;
        return this;
    }

    public ClaimBuilder assignee(String v) {
        assignee = v;
        return this;
    }

    public ClaimBuilder position(int v) {
        position = v;
        return this;
    }

    public ClaimBuilder duplicateOf(Long v) {
        duplicateOf = v;
        return this;
    }

    public ClaimBuilder verdict(Long labelId, String newRationale, String by) {
        verdictLabelId = labelId;
        rationale = newRationale;
        verdictBy = by;
        return this;
    }

    public ClaimBuilder created(String by, Instant at) {
        createdBy = by;
        createdAt = at;
        updatedAt = at;
        return this;
    }

    public ClaimBuilder updatedAt(Instant v) {
        updatedAt = v;
        return this;
    }

    public Claim build() {
        return new Claim(
                id,
                articleId,
                startOffset,
                endOffset,
                text,
                kinds,
                checkworthiness,
                reasons,
                quantities,
                flags,
                state,
                dismissReason,
                origin,
                claimant,
                assignee,
                position,
                duplicateOf,
                verdictLabelId,
                rationale,
                verdictBy,
                createdBy,
                createdAt,
                updatedAt,
                version);
    }
}
