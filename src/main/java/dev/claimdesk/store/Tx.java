package dev.claimdesk.store;

/**
 * The DAOs of one unit of work. Everything done through one {@code Tx} inside {@link
 * Store#write} commits or rolls back together, so a change and its audit event land as one.
 */
public interface Tx {
    ArticleDao articles();

    ClaimDao claims();

    EvidenceDao evidence();

    AttachmentDao attachments();

    VerdictScaleDao scales();

    ReviewDao reviews();

    ChecklistDao checklist();

    ReviewerDao reviewers();

    AuditDao audit();

    SearchDao search();

    ExportDao exports();

    BlindReviewDao blind();

    StatsDao stats();

    EmbeddingDao embeddings();

    ArchiveDao archive();

    /** The connection settings in force (for diagnostics and tests). */
    Pragmas pragmas();

    /** synchronous: 2 is FULL; busyTimeout in milliseconds. */
    record Pragmas(int synchronous, boolean foreignKeys, int busyTimeoutMillis) {}
}
