package dev.claimdesk.domain;

/** Where an article's text came from. */
public enum ArticleFormat {
    TEXT,
    MARKDOWN,
    HTML,
    PDF,
    PASTE
}
