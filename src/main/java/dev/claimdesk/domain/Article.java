package dev.claimdesk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An imported article: an immutable snapshot of its text plus metadata. Claim offsets refer to
 * {@link #bodyText()}, which never changes after import; only the metadata can be edited.
 */
public record Article(
        long id,
        String title,
        String outlet,
        String author,
        String url,
        LocalDate publishedOn,
        String language,
        ArticleFormat format,
        String bodyText,
        String bodySha256,
        Instant importedAt,
        String importedBy) {

    public Article {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(bodyText, "bodyText");
        Objects.requireNonNull(bodySha256, "bodySha256");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(importedBy, "importedBy");
    }

    public Article withId(long newId) {
        return new Article(
                newId,
                title,
                outlet,
                author,
                url,
                publishedOn,
                language,
                format,
                bodyText,
                bodySha256,
                importedAt,
                importedBy);
    }

    public Article withMetadata(ArticleMetadata m) {
        return new Article(
                id,
                m.title(),
                m.outlet(),
                m.author(),
                m.url(),
                m.publishedOn(),
                language,
                format,
                bodyText,
                bodySha256,
                importedAt,
                importedBy);
    }

    public ArticleMetadata metadata() {
        return new ArticleMetadata(title, outlet, author, url, publishedOn);
    }
}
