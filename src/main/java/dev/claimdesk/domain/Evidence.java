package dev.claimdesk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One source consulted for a claim: what it says, how it bears on the claim, how far to trust it. */
public record Evidence(
        long id,
        long claimId,
        String url,
        String title,
        String publisher,
        LocalDate publishedOn,
        LocalDate accessedOn,
        String quote,
        Stance stance,
        SourceType sourceType,
        Reliability reliability,
        String note,
        String attachmentPath,
        String attachmentSha256,
        String createdBy,
        Instant createdAt,
        long version) {

    public Evidence {
        // A pasted address often carries spaces or a line end around it; they are never part of it.
        url = url == null || url.isBlank() ? null : url.strip();
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(reliability, "reliability");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** An item not read from the database (version 0): a new one, or a draft of the editor. */
    public Evidence(
            long id,
            long claimId,
            String url,
            String title,
            String publisher,
            LocalDate publishedOn,
            LocalDate accessedOn,
            String quote,
            Stance stance,
            SourceType sourceType,
            Reliability reliability,
            String note,
            String attachmentPath,
            String attachmentSha256,
            String createdBy,
            Instant createdAt) {
        this(
                id,
                claimId,
                url,
                title,
                publisher,
                publishedOn,
                accessedOn,
                quote,
                stance,
                sourceType,
                reliability,
                note,
                attachmentPath,
                attachmentSha256,
                createdBy,
                createdAt,
                0);
    }

    /** The same item based on the stored row of {@code readVersion} (a change checks it is still current). */
    public Evidence withVersion(long readVersion) {
        return new Evidence(
                id,
                claimId,
                url,
                title,
                publisher,
                publishedOn,
                accessedOn,
                quote,
                stance,
                sourceType,
                reliability,
                note,
                attachmentPath,
                attachmentSha256,
                createdBy,
                createdAt,
                readVersion);
    }

    public Evidence withId(long newId) {
        return copy(newId, attachmentPath, attachmentSha256);
    }

    /** The same item with another attached file and its SHA-256 (both null: none). */
    public Evidence withAttachment(String path, String sha256) {
        return copy(id, path, sha256);
    }

    private Evidence copy(long newId, String path, String sha256) {
        return new Evidence(
                newId,
                claimId,
                url,
                title,
                publisher,
                publishedOn,
                accessedOn,
                quote,
                stance,
                sourceType,
                reliability,
                note,
                path,
                sha256,
                createdBy,
                createdAt,
                version);
    }

    /** The publisher, else the URL's host, else the title: what identifies the source. */
    public String sourceKey() {
        if (publisher != null && !publisher.isBlank()) {
            return publisher.strip().toLowerCase(java.util.Locale.ROOT);
        }
        if (url != null && !url.isBlank()) {
            String rest = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
            int slash = rest.indexOf('/');
            String host = slash < 0 ? rest : rest.substring(0, slash);
            return host.replaceFirst("^www\\.", "").toLowerCase(java.util.Locale.ROOT);
        }
        return title == null ? "" : title.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
