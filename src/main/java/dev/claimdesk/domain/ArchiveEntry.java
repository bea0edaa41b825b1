package dev.claimdesk.domain;

import java.time.LocalDate;

/**
 * A prior fact-check from outside the desk: the claim checked, its rating in the publisher's
 * words, when and by whom, and where it is published. {@code sourceKey} is the file's id or URL
 * (or the claim text when a file gives neither), so importing a file twice adds nothing.
 */
public record ArchiveEntry(
        long id,
        String sourceKey,
        String claim,
        String rating,
        LocalDate publishedOn,
        String publisher,
        String url,
        String claimant) {}
