package dev.claimdesk.ingest;

import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;

/** The text of an imported file and the metadata found in it (fields may be null). */
public record IngestedText(String body, ArticleFormat format, ArticleMetadata metadata) {}
