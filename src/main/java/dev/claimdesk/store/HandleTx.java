package dev.claimdesk.store;

import org.jdbi.v3.core.Handle;

/** A {@link Tx} whose DAOs are attached to one Jdbi handle (one connection, one transaction). */
final class HandleTx implements Tx {
    private final Handle handle;
    private final Dialect dialect;

    HandleTx(Handle handle) {
        this(handle, Dialect.SQLITE);
    }

    HandleTx(Handle handle, Dialect dialect) {
        this.handle = handle;
        this.dialect = dialect;
    }

    @Override
    public ArticleDao articles() {
        return handle.attach(ArticleDao.class);
    }

    @Override
    public ClaimDao claims() {
        return handle.attach(ClaimDao.class);
    }

    @Override
    public EvidenceDao evidence() {
        return handle.attach(EvidenceDao.class);
    }

    @Override
    public AttachmentDao attachments() {
        return handle.attach(AttachmentDao.class);
    }

    @Override
    public VerdictScaleDao scales() {
        return handle.attach(VerdictScaleDao.class);
    }

    @Override
    public ReviewDao reviews() {
        return handle.attach(ReviewDao.class);
    }

    @Override
    public ChecklistDao checklist() {
        return handle.attach(ChecklistDao.class);
    }

    @Override
    public ReviewerDao reviewers() {
        return handle.attach(ReviewerDao.class);
    }

    @Override
    public AuditDao audit() {
        return handle.attach(AuditDao.class);
    }

    @Override
    public SearchDao search() {
        return dialect == Dialect.POSTGRESQL ? new ServerSearch(handle) : new SqliteSearch(handle);
    }

    @Override
    public ExportDao exports() {
        return handle.attach(ExportDao.class);
    }

    @Override
    public BlindReviewDao blind() {
        return handle.attach(BlindReviewDao.class);
    }

    @Override
    public StatsDao stats() {
        return handle.attach(StatsDao.class);
    }

    @Override
    public EmbeddingDao embeddings() {
        return handle.attach(EmbeddingDao.class);
    }

    @Override
    public ArchiveDao archive() {
        return handle.attach(ArchiveDao.class);
    }

    @Override
    public Pragmas pragmas() {
        if (dialect == Dialect.POSTGRESQL) {
            throw new UnsupportedOperationException("a team server has no SQLite pragmas");
        }
        PragmaDao p = handle.attach(PragmaDao.class);
        return new Pragmas(p.synchronous(), p.foreignKeys() == 1, p.busyTimeout());
    }
}
