package dev.claimdesk.ingest;

import dev.claimdesk.domain.ArticleMetadata;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Source details written at the top of a plain-text or Markdown article or of pasted text, as
 * the HTML reader takes them from meta tags: the author and outlet from a byline ({@link Byline};
 * "By CHENG YU | China Daily" names both) and the publication date from a dateline
 * ({@link Dateline}; a "Published" date wins over an "Updated" one). Only the first lines are
 * looked at, and the lines stay in the text: the snapshot is never changed, and claims' offsets
 * refer to it. The title is not chosen here: the import takes the first line that is not such
 * page furniture, as it always has.
 */
final class SourceLines {
    /** Non-empty lines looked at: headline, standfirst, byline and dateline come first. */
    static final int LINES = 12;
    /** Longer lines are text, not a byline or a dateline; they are not looked at. */
    private static final int MAX_LINE = 160;
    /** Parts of one line: "By CHENG YU | China Daily | Updated: 2025-02-11 07:53". */
    private static final Pattern PARTS = Pattern.compile("\\s*[|•·]\\s*|\\s+[-–—]\\s+");

    private SourceLines() {}

    /** {@code found} with its empty author, outlet and date filled from the text's first lines. */
    static ArticleMetadata fill(ArticleMetadata found, String text) {
        String author = null;
        String outlet = null;
        LocalDate published = null;
        LocalDate updated = null;
        int seen = 0;
        int start = 0;
        while (seen < LINES && start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = end - start > MAX_LINE + 2
                    ? null
                    : text.substring(start, end).strip();
            start = end + 1;
            if (line != null && line.isEmpty()) {
                continue;
            }
            seen++;
            if (line == null || line.length() > MAX_LINE) {
                continue;
            }
            boolean byline = false;
            String otherPart = null;
            for (String part : PARTS.split(line)) {
                Dateline.Found d = Dateline.parse(part);
                Byline.Found b = d == null && author == null && !byline ? Byline.parse(part) : null;
                if (d != null) {
                    if (d.updated()) {
                        updated = updated == null ? d.date() : updated;
                    } else {
                        published = published == null ? d.date() : published;
                    }
                } else if (b != null) {
                    byline = true;
                    author = b.author();
                    outlet = outlet == null ? b.outlet() : outlet;
                } else if (otherPart == null && !part.isBlank()) {
                    otherPart = part.strip();
                }
            }
            if (byline && outlet == null && otherPart != null && Byline.isOutlet(otherPart)) {
                outlet = otherPart;
            }
        }
        return new ArticleMetadata(
                found.title(),
                pick(found.outlet(), outlet),
                pick(found.author(), author),
                found.url(),
                found.publishedOn() != null ? found.publishedOn() : published != null ? published : updated);
    }

    private static String pick(String given, String read) {
        return given != null && !given.isBlank() ? given : read;
    }
}
