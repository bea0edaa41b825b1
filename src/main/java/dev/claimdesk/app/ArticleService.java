package dev.claimdesk.app;

import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import dev.claimdesk.ingest.IngestedText;
import dev.claimdesk.ingest.TextFileReader;
import dev.claimdesk.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Stores articles (immutable body snapshots) and edits their metadata, with audit events. */
public final class ArticleService {
    /** Bodies above this size are refused: no news article is this long, a log file or dump is. */
    public static final int MAX_BODY_CHARS = 2_000_000;

    private final Store store;
    private final Clock clock;

    public ArticleService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The result of an import: the article, and whether it was already in the database. */
    public record Imported(Article article, boolean alreadyPresent) {}

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
        return store.write(tx -> {
            Optional<Article> existing = tx.articles().findByBodySha256(sha);
            if (existing.isPresent()) {
                return new Imported(existing.get(), true);
            }
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
                    clock.instant(),
                    who);
            long id = tx.articles().insert(a);
            Article saved = a.withId(id);
            Audit.record(tx, saved.importedAt(), who, "article", id, "import", null, saved.metadata());
            return new Imported(saved, false);
        });
    }

    /** Reads an article file (see the ingest package for the formats) and stores it. */
    public Imported importFile(Path file, String actor) {
        Actor.require(actor);
        IngestedText text = TextFileReader.read(file);
        return importText(text.body(), text.format(), text.metadata(), null, actor);
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

    public List<Article> list() {
        return store.read(tx -> tx.articles().list());
    }

    public Article get(long articleId) {
        return store.read(tx -> tx.articles().find(articleId)).orElseThrow(() -> notFound(articleId));
    }

    static ClaimDeskException notFound(long articleId) {
        return new ClaimDeskException(Problem.NOT_FOUND, "Article " + articleId + " does not exist in this database.");
    }

    private static String firstLine(String body) {
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
