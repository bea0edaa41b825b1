package dev.claimdesk.store;

/**
 * Thrown inside a write when an update found no row of the version it was based on: someone
 * changed (or deleted) the row since it was read. {@link Store#write} rolls back and turns it into
 * a {@link dev.claimdesk.domain.ChangedMeanwhileException} with the row as it is now.
 */
final class StaleRow extends RuntimeException {
    private static final long serialVersionUID = 1L;

    enum Kind {
        CLAIM,
        EVIDENCE
    }

    final Kind kind;
    final long id;
    /** The claim the row belongs to (the claim itself for a claim): its history names who changed it. */
    final long claimId;

    StaleRow(Kind kind, long id, long claimId) {
        super(kind + " " + id + " changed since it was read", null, false, false);
        this.kind = kind;
        this.id = id;
        this.claimId = claimId;
    }
}
