package dev.claimdesk.domain;

import java.time.LocalDate;

/** The editable part of an article. Any field but the title may be null. */
public record ArticleMetadata(String title, String outlet, String author, String url, LocalDate publishedOn) {}
