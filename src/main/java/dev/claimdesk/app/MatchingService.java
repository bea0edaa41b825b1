package dev.claimdesk.app;

import dev.claimdesk.domain.ArchiveEntry;
import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.Review;
import dev.claimdesk.domain.ReviewKind;
import dev.claimdesk.domain.SimilarClaim;
import dev.claimdesk.domain.StoredVector;
import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.extraction.ClaimAgreement;
import dev.claimdesk.extraction.ClaimMatcher;
import dev.claimdesk.extraction.SentenceEmbedder;
import dev.claimdesk.ingest.ArchiveReader;
import dev.claimdesk.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * "Checked before" (decision 0023): embeddings of claims, the fact-check archive, and the most
 * similar claims and fact-checks of a claim, each with whether its figures, names and direction
 * agree. Loads the embedding model on first use: call it off the event dispatch thread.
 */
public final class MatchingService {
    /** The model name stored with every vector, so a later model can refill them. */
    public static final String MODEL = "all-MiniLM-L6-v2-q";

    private static final int BATCH = 64;

    private final Store store;
    private final Clock clock;
    private final Supplier<SentenceEmbedder> embedder;
    private volatile Index index;

    public MatchingService(Store store, Clock clock) {
        this(store, clock, SentenceEmbedder::shared);
    }

    MatchingService(Store store, Clock clock, Supplier<SentenceEmbedder> embedder) {
        this.store = store;
        this.clock = clock;
        this.embedder = embedder;
    }

    /** The embeddings of texts, in order (loads the model on first use). */
    public List<float[]> embed(List<String> texts) {
        return embedder.get()
                .embedAll(texts.stream().map(ClaimMatcher::textToEmbed).toList());
    }

    /**
     * Gives every claim that has none its embedding, a batch at a time, until done or {@code
     * cancelled} says stop; returns how many were added. Each batch is its own transaction, so
     * work of the reviewer goes on between them.
     */
    public int fillMissing(BooleanSupplier cancelled) {
        int done = 0;
        while (!cancelled.getAsBoolean()) {
            List<StoredVector> missing = store.read(tx -> tx.embeddings().missing(MODEL, BATCH));
            if (missing.isEmpty()) {
                break;
            }
            List<float[]> vectors =
                    embed(missing.stream().map(StoredVector::text).toList());
            if (cancelled.getAsBoolean()) {
                break;
            }
            Instant now = clock.instant();
            store.write(tx -> {
                for (int i = 0; i < missing.size(); i++) {
                    tx.embeddings().put(missing.get(i).id(), MODEL, vectors.get(i), now);
                }
                return null;
            });
            done += missing.size();
        }
        if (done > 0) {
            index = null;
        }
        return done;
    }

    /** How many claims still have no embedding. */
    public int missingCount() {
        return store.read(
                tx -> tx.embeddings().missing(MODEL, Integer.MAX_VALUE).size());
    }

    /** The result of an archive import: entries read, entries added (the rest were there already). */
    public record ArchiveImport(int read, int added) {}

    /** Imports a ClaimReview JSON-LD or CSV/TSV file into the archive: all of it, or nothing. */
    public ArchiveImport importArchive(Path file, String actor) {
        String who = Actor.require(actor);
        List<ArchiveEntry> entries = ArchiveReader.read(file);
        List<float[]> vectors = embed(entries.stream().map(ArchiveEntry::claim).toList());
        if (Thread.currentThread().isInterrupted()) {
            throw new ClaimDeskException(Problem.CANCELLED, "The import was cancelled; nothing was saved.");
        }
        int added = store.write(tx -> {
            Instant now = clock.instant();
            int n = 0;
            for (int i = 0; i < entries.size(); i++) {
                if (tx.archive().add(entries.get(i), MODEL, vectors.get(i), who, now)) {
                    n++;
                }
            }
            Audit.record(
                    tx,
                    now,
                    who,
                    "archive",
                    0,
                    "import fact-checks from " + file.getFileName(),
                    null,
                    Map.of("file", file.getFileName().toString(), "read", entries.size(), "added", n));
            return n;
        });
        index = null;
        return new ArchiveImport(entries.size(), added);
    }

    public long archiveSize() {
        return store.read(tx -> tx.archive().count());
    }

    /** The claims and fact-checks most like a text, best first. */
    public List<SimilarClaim> similar(String text, int limit) {
        if (text == null || text.isBlank()) {
            throw new ClaimDeskException(Problem.INVALID_INPUT, "Give the text of a claim to look for.");
        }
        return similar(text, embed(List.of(text)).get(0), null, limit);
    }

    /** The claims (of other articles) and fact-checks most like a stored claim, best first. */
    public List<SimilarClaim> similarTo(long claimId, int limit) {
        Claim claim = claim(claimId);
        float[] v = store.read(tx -> tx.embeddings().of(claimId, MODEL))
                .orElseGet(() -> embed(List.of(claim.text())).get(0));
        return similar(claim.text(), v, claim, limit);
    }

    private List<SimilarClaim> similar(String text, float[] vector, Claim self, int limit) {
        Index ix = index();
        List<ClaimMatcher.Match> found = ix.matcher.top(text, vector, limit + 64);
        // One read transaction for every candidate's claim, article and label (not one each).
        return store.read(tx -> {
            List<SimilarClaim> out = new ArrayList<>();
            Map<Long, Article> articles = new HashMap<>();
            for (ClaimMatcher.Match m : found) {
                if (out.size() == limit) {
                    break;
                }
                ClaimAgreement.Result agreement = ClaimAgreement.compare(text, m.text());
                if (m.key().startsWith("c")) {
                    long id = Long.parseLong(m.key().substring(1));
                    Claim c = tx.claims().find(id).orElse(null);
                    if (c == null || self != null && (c.id() == self.id() || c.articleId() == self.articleId())) {
                        continue;
                    }
                    Article a = articles.computeIfAbsent(
                            c.articleId(), k -> tx.articles().find(k).orElse(null));
                    String verdict = c.verdictLabelId() == null
                            ? null
                            : tx.scales()
                                    .findLabel(c.verdictLabelId())
                                    .map(VerdictLabel::name)
                                    .orElse(null);
                    LocalDate on = c.updatedAt() == null
                            ? null
                            : c.updatedAt().atOffset(ZoneOffset.UTC).toLocalDate();
                    out.add(new SimilarClaim(
                            c.id(),
                            null,
                            c.text(),
                            verdict,
                            verdict == null ? null : checkedBy(tx, c),
                            on,
                            a == null ? null : a.title(),
                            a == null ? null : a.url(),
                            m.score(),
                            m.cosine(),
                            agreement.figuresAgree(),
                            agreement.summary()));
                } else {
                    long id = Long.parseLong(m.key().substring(1));
                    ArchiveEntry e = tx.archive().find(id).orElse(null);
                    if (e == null) {
                        continue;
                    }
                    out.add(new SimilarClaim(
                            null,
                            e.id(),
                            e.claim(),
                            e.rating(),
                            null,
                            e.publishedOn(),
                            e.publisher(),
                            e.url(),
                            m.score(),
                            m.cosine(),
                            agreement.figuresAgree(),
                            agreement.summary()));
                }
            }
            return out;
        });
    }

    /** The archive's own id of an entry (its source key without the kind prefix). */
    public String archiveKey(long archiveId) {
        return store.read(tx -> tx.archive().find(archiveId))
                .map(e -> e.sourceKey().replaceFirst("^(id|url|claim):", ""))
                .orElse(String.valueOf(archiveId));
    }

    /**
     * Records that a claim is the same claim as an earlier one (audited, in its history) and, when
     * {@code reuse}, copies the earlier verdict, rationale and evidence as a starting point: the
     * claim goes to research with the verdict proposed in the reviewer's name, so the second
     * reviewer still has to approve it (four-eyes rule).
     */
    /**
     * Who stands behind an earlier claim's verdict: "Maria Lopez, approved by Tom Berg" once it is
     * approved, "Maria Lopez (not approved yet)" before.
     */
    private static String checkedBy(dev.claimdesk.store.Tx tx, Claim c) {
        String by = c.verdictBy() == null ? "" : c.verdictBy();
        if (c.state() != ClaimState.APPROVED) {
            return by.isEmpty() ? null : by + " (not approved yet)";
        }
        String approver = null;
        for (dev.claimdesk.domain.Review r : tx.reviews().listByClaim(c.id())) {
            if (r.kind() == dev.claimdesk.domain.ReviewKind.APPROVAL) {
                approver = r.reviewer(); // the latest approval counts
            }
        }
        if (approver == null || approver.equals(by)) {
            return by.isEmpty() ? approver : by;
        }
        return by.isEmpty() ? "approved by " + approver : by + ", approved by " + approver;
    }

    public Claim linkSameAs(long claimId, long earlierId, boolean reuse, String actor) {
        String who = Actor.require(actor);
        Claim result = store.write(tx -> {
            Claim before = tx.claims().find(claimId).orElseThrow(MatchingService::noClaim);
            Claim earlier = tx.claims().find(earlierId).orElseThrow(MatchingService::noClaim);
            if (before.id() == earlier.id()) {
                throw new ClaimDeskException(Problem.INVALID_INPUT, "A claim cannot be linked to itself.");
            }
            Article a = tx.articles().find(earlier.articleId()).orElse(null);
            Instant now = clock.instant();
            String where = "claim " + earlier.position() + (a == null ? "" : " of \"" + a.title() + "\"");
            Claim after = tx.claims()
                    .update(before.toBuilder()
                            .duplicateOf(earlier.id())
                            .updatedAt(now)
                            .build());
            Audit.record(tx, now, who, "claim", claimId, "link as the same claim as " + where, before, after);
            if (!reuse) {
                return after;
            }
            if (before.state() != ClaimState.OPEN && before.state() != ClaimState.IN_RESEARCH) {
                throw new ClaimDeskException(
                        Problem.RULE_VIOLATION,
                        "Its verdict can only be reused while the claim is open or in research: accept it first.");
            }
            ClaimAgreement.Result agreement = ClaimAgreement.compare(before.text(), earlier.text());
            if (!agreement.figuresAgree() || !agreement.directionAgrees()) {
                throw new ClaimDeskException(
                        Problem.RULE_VIOLATION,
                        "The claims differ, so the earlier verdict may not hold for this one: "
                                + agreement.summary() + " Link the claims without reusing the verdict (Same"
                                + " claim), and check this one on its own evidence.");
            }
            if (BlindReviewService.mode(tx, before.articleId()).mode() == dev.claimdesk.domain.ReviewMode.BLIND) {
                throw new ClaimDeskException(
                        Problem.RULE_VIOLATION,
                        "In blind review each reviewer gives a verdict of their own, so an earlier verdict is not"
                                + " reused: link the claims without it.");
            }
            Claim reused = after;
            if (earlier.verdictLabelId() != null) {
                String rationale = earlier.rationale() == null ? "" : earlier.rationale();
                reused = tx.claims()
                        .update(after.toBuilder()
                                .state(ClaimState.IN_RESEARCH)
                                .verdict(earlier.verdictLabelId(), rationale, who)
                                .updatedAt(now)
                                .build());
                tx.reviews()
                        .insert(new Review(
                                0, claimId, who, earlier.verdictLabelId(), rationale, ReviewKind.PROPOSAL, now));
                Audit.record(tx, now, who, "claim", claimId, "reuse the verdict of " + where, after, reused);
            }
            for (Evidence e : tx.evidence().listByClaim(earlier.id())) {
                Evidence copy = new Evidence(
                        0,
                        claimId,
                        e.url(),
                        e.title(),
                        e.publisher(),
                        e.publishedOn(),
                        e.accessedOn(),
                        e.quote(),
                        e.stance(),
                        e.sourceType(),
                        e.reliability(),
                        e.note(),
                        e.attachmentPath(),
                        e.attachmentSha256(),
                        who,
                        now);
                Evidence saved = copy.withId(tx.evidence().insert(copy));
                Audit.record(tx, now, who, "claim", claimId, "reuse evidence of " + where, null, saved);
            }
            return reused;
        });
        return result;
    }

    private Claim claim(long id) {
        return store.read(tx -> tx.claims().find(id)).orElseThrow(MatchingService::noClaim);
    }

    private static ClaimDeskException noClaim() {
        return new ClaimDeskException(Problem.NOT_FOUND, "That claim is not in this database.");
    }

    /** Forgets the search index (after claims were added elsewhere). */
    public void invalidate() {
        index = null;
    }

    private Index index() {
        long stamp = store.read(
                tx -> tx.embeddings().count() * 1_000_003L + tx.archive().count());
        Index ix = index;
        if (ix == null || ix.stamp != stamp) {
            List<StoredVector> claims = store.read(tx -> tx.embeddings().all(MODEL));
            List<StoredVector> archive = store.read(tx -> tx.archive().vectors(MODEL));
            List<ClaimMatcher.Entry> entries = new ArrayList<>(claims.size() + archive.size());
            claims.forEach(c -> entries.add(new ClaimMatcher.Entry("c" + c.id(), c.text(), c.vector())));
            archive.forEach(e -> entries.add(new ClaimMatcher.Entry("a" + e.id(), e.text(), e.vector())));
            ix = new Index(ClaimMatcher.fused(entries), stamp);
            index = ix;
        }
        return ix;
    }

    private record Index(ClaimMatcher matcher, long stamp) {}
}
