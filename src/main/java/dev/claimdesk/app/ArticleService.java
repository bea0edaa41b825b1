package dev.claimdesk.app;

import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import dev.claimdesk.domain.DetectedSentence;
import dev.claimdesk.extraction.ClaimDetector;
import dev.claimdesk.ingest.ArticleReader;
import dev.claimdesk.ingest.IngestedText;
import dev.claimdesk.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Stores articles (immutable body snapshots) and edits their metadata, with audit events. */
public final class ArticleService {
    /** Bodies above this size are refused: no news article is this long, a log file or dump is. */
    public static final int MAX_BODY_CHARS = ArticleReader.MAX_TEXT_CHARS;

    private final Store store;
    private final Clock clock;
    private final boolean embed;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ArticleService.class);

    public ArticleService(Store store, Clock clock) {
        this(store, clock, true);
    }

    /** {@code embed}: whether claims get their embedding at import ("checked before", decision 0023). */
    public ArticleService(Store store, Clock clock, boolean embed) {
        this.store = store;
        this.clock = clock;
        this.embed = embed;
    }

    /**
     * The result of an import: the article, whether it was already in the database (then nothing
     * was added), and how many claims the detector proposed.
     */
    public record Imported(Article article, boolean alreadyPresent, int proposals) {}

    /**
     * Stores a new article. When an article with the same body exists, returns it instead of a
     * duplicate (design.md: "importing the same body again offers the existing article").
     */
    public Imported importText(
            String body, ArticleFormat format, ArticleMetadata metadata, String language, String actor) {
        String who = Actor.require(actor);
        if (body == null || body.isBlank()) {
            throw new ClaimDeskException(Problem.INVALID_INPUT, "The article is empty: there is no text to check.");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw new ClaimDeskException(
                    Problem.INVALID_INPUT,
                    "The text is too long for one article (" + body.length() + " characters; the limit is "
                            + MAX_BODY_CHARS + "). Split it, or check that this is really an article.");
        }
        String title = metadata.title() == null || metadata.title().isBlank()
                ? firstLine(body)
                : metadata.title().strip();
        String sha = sha256(body);
        Optional<Article> known = store.read(tx -> tx.articles().findByBodySha256(sha));
        if (known.isPresent()) {
            return new Imported(known.get(), true, 0);
        }
        List<DetectedSentence> detected = DetectionService.analyse(body);
        List<float[]> vectors = embeddings(detected);
        if (Thread.currentThread().isInterrupted()) {
            throw new ClaimDeskException(Problem.CANCELLED, "The import was cancelled; nothing was saved.");
        }
        return store.write(tx -> {
            Optional<Article> existing = tx.articles().findByBodySha256(sha);
            if (existing.isPresent()) {
                return new Imported(existing.get(), true, 0);
            }
            Instant now = clock.instant();
            Article a = new Article(
                    0,
                    title,
                    metadata.outlet(),
                    metadata.author(),
                    metadata.url(),
                    metadata.publishedOn(),
                    language,
                    format,
                    body,
                    sha,
                    now,
                    who);
            long id = tx.articles().insert(a);
            Article saved = a.withId(id);
            Audit.record(tx, now, who, "article", id, "import", null, saved.metadata());
            // The proposals, their audit rows and embeddings in three prepared batches (issue 15): an
            // import's storing costs a fraction of its detecting.
            List<Claim> proposals = new java.util.ArrayList<>();
            for (DetectedSentence d : detected) {
                if (d.proposed()) {
                    proposals.add(Proposals.toClaim(d, id, proposals.size() + 1, who, now));
                }
            }
            long[] ids = tx.claims().insertAllNew(id, proposals);
            List<dev.claimdesk.domain.AuditEvent> events = new java.util.ArrayList<>(ids.length);
            List<Long> embedded = new java.util.ArrayList<>();
            for (int i = 0; i < ids.length; i++) {
                Claim stored = proposals.get(i).withId(ids[i]);
                events.add(Audit.event(now, who, "claim", ids[i], "propose claim", null, stored));
                if (vectors != null && i < vectors.size()) {
                    embedded.add(ids[i]);
                }
            }
            tx.audit().appendAll(events);
            if (!embedded.isEmpty()) {
                tx.embeddings().putAll(embedded, MatchingService.MODEL, vectors.subList(0, embedded.size()), now);
            }
            return new Imported(saved, false, proposals.size());
        });
    }

    /**
     * The embeddings of the proposed sentences, in order, or null when the model cannot run here
     * (then the background fill-in gives them later, or matching stays off).
     */
    /** Proposals embedded during the import itself; the others later, in the background. */
    static final int EMBEDDED_AT_IMPORT = 256;

    private List<float[]> embeddings(List<DetectedSentence> detected) {
        if (!embed) {
            return null;
        }
        // A long article's first proposals are embedded with the import; the rest are filled in the
        // background (MatchingService.fillMissing), so a 2 MB import does not wait minutes for them.
        List<String> texts = detected.stream()
                .filter(DetectedSentence::proposed)
                .map(DetectedSentence::text)
                .limit(EMBEDDED_AT_IMPORT)
                .toList();
        try {
            return dev.claimdesk.extraction.SentenceEmbedder.shared().embedAll(texts);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Claims imported without embeddings: the model could not run", e);
            return null;
        }
    }

    /**
     * Reads an article file (text, Markdown, HTML or PDF) and stores it with the detector's
     * proposals. Non-null fields of {@code overrides} replace the metadata found in the file.
     */
    public Imported importFile(Path file, ArticleMetadata overrides, String actor) {
        Actor.require(actor);
        IngestedText text = ArticleReader.read(file);
        return importText(text.body(), text.format(), merge(text.metadata(), overrides), null, actor);
    }

    /**
     * Stores pasted text as an article, with the detector's proposals. Non-null fields of {@code
     * metadata} replace what the text's byline and dateline say.
     */
    public Imported importPasted(String text, ArticleMetadata metadata, String actor) {
        Actor.require(actor);
        IngestedText t = ArticleReader.paste(text);
        return importText(t.body(), t.format(), merge(t.metadata(), metadata), null, actor);
    }

    /** The metadata found in a file, with any field the user gave replacing it. */
    static ArticleMetadata merge(ArticleMetadata found, ArticleMetadata overrides) {
        if (overrides == null) {
            return found;
        }
        return new ArticleMetadata(
                pick(overrides.title(), found.title()),
                pick(overrides.outlet(), found.outlet()),
                pick(overrides.author(), found.author()),
                pick(overrides.url(), found.url()),
                overrides.publishedOn() != null ? overrides.publishedOn() : found.publishedOn());
    }

    private static String pick(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }

    public Article updateMetadata(long articleId, ArticleMetadata metadata, String actor) {
        String who = Actor.require(actor);
        if (metadata.title() == null || metadata.title().isBlank()) {
            throw new ClaimDeskException(Problem.INVALID_INPUT, "An article needs a title.");
        }
        return store.write(tx -> {
            Article before = tx.articles().find(articleId).orElseThrow(() -> notFound(articleId));
            tx.articles().updateMetadata(articleId, metadata);
            Audit.record(tx, clock.instant(), who, "article", articleId, "edit metadata", before.metadata(), metadata);
            return before.withMetadata(metadata);
        });
    }

    /** Every article, newest first, without its body ({@link Article#bodyText()} is empty): {@link #get} has it. */
    public List<Article> list() {
        return store.read(tx -> tx.articles().listWithoutBodies());
    }

    /** Review progress of every article that has claims, by article id. */
    public java.util.Map<Long, dev.claimdesk.domain.ArticleProgress> progress() {
        return store.read(tx -> tx.articles().progress()).stream()
                .collect(java.util.stream.Collectors.toMap(dev.claimdesk.domain.ArticleProgress::articleId, p -> p));
    }

    public Article get(long articleId) {
        return store.read(tx -> tx.articles().find(articleId)).orElseThrow(() -> notFound(articleId));
    }

    static ClaimDeskException notFound(long articleId) {
        return new ClaimDeskException(Problem.NOT_FOUND, "Article " + articleId + " does not exist in this database.");
    }

    private static String firstLine(String body) {
        String headline = ClaimDetector.headline(body);
        if (headline != null) {
            return headline;
        }
        String line = body.strip().lines().findFirst().orElse("Untitled").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
