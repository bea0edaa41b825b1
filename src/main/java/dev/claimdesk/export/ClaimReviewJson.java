package dev.claimdesk.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.VerdictRow;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * schema.org ClaimReview JSON-LD, one object per approved claim in a {@code @graph}, streamed
 * with Jackson. Claims that lack what Google requires (the claim, a rating name, a fact-check URL,
 * the publishing organisation) are not written; each is reported in plain words.
 */
public final class ClaimReviewJson {
    private ClaimReviewJson() {}

    /** What was written, and why the other approved claims were not. */
    public record Result(long written, List<String> problems) {}

    public static Result write(Iterator<VerdictRow> rows, Writer out, Publisher publisher, Cancellation cancel)
            throws IOException {
        List<String> problems = new ArrayList<>();
        long written = 0;
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the caller owns the writer
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeStringField("@context", "https://schema.org");
            g.writeArrayFieldStart("@graph");
            while (rows.hasNext()) {
                VerdictRow r = rows.next();
                if (r.state() != ClaimState.APPROVED) {
                    continue;
                }
                List<String> missing = missing(r, publisher);
                if (!missing.isEmpty()) {
                    problems.add("Claim " + r.claimId() + " (\"" + shorten(r.claimText()) + "\") was not written: "
                            + String.join("; ", missing) + ".");
                    continue;
                }
                writeReview(g, r, publisher);
                if (++written % 1024 == 0) {
                    cancel.check();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return new Result(written, problems);
    }

    static List<String> missing(VerdictRow r, Publisher p) {
        List<String> missing = new ArrayList<>();
        if (r.claimText() == null || r.claimText().isBlank()) {
            missing.add("the claim has no text");
        }
        if (r.verdict() == null) {
            missing.add("it has no verdict");
        }
        if (p.factCheckUrl(r.claimId(), r.articleId()) == null) {
            missing.add("no fact-check URL pattern is set (the page where the review is published)");
        }
        if (p.name() == null || p.name().isBlank()) {
            missing.add("the publishing organisation's name is not set");
        }
        return missing;
    }

    private static void writeReview(JsonGenerator g, VerdictRow r, Publisher p) throws IOException {
        g.writeStartObject();
        g.writeStringField("@type", "ClaimReview");
        g.writeStringField("url", p.factCheckUrl(r.claimId(), r.articleId()));
        g.writeStringField("claimReviewed", r.claimText());
        if (r.approvedAt() != null) {
            g.writeStringField(
                    "datePublished",
                    r.approvedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        }
        g.writeObjectFieldStart("author");
        g.writeStringField("@type", "Organization");
        g.writeStringField("name", p.name());
        if (p.url() != null && !p.url().isBlank()) {
            g.writeStringField("url", p.url());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("reviewRating");
        g.writeStringField("@type", "Rating");
        if (r.verdictOrdinal() != null && r.scaleBest() != null && r.scaleWorst() != null) {
            g.writeNumberField("ratingValue", r.verdictOrdinal());
            g.writeNumberField("bestRating", r.scaleBest());
            g.writeNumberField("worstRating", r.scaleWorst());
        }
        g.writeStringField("alternateName", r.verdictPublished() != null ? r.verdictPublished() : r.verdict());
        g.writeEndObject();
        g.writeObjectFieldStart("itemReviewed");
        g.writeStringField("@type", "Claim");
        if (r.claimant() != null && !r.claimant().isBlank()) {
            g.writeObjectFieldStart("author");
            g.writeStringField("@type", "Thing");
            g.writeStringField("name", r.claimant());
            g.writeEndObject();
        }
        if (r.articlePublishedOn() != null) {
            g.writeStringField("datePublished", r.articlePublishedOn().toString());
        }
        g.writeObjectFieldStart("appearance");
        g.writeStringField("@type", "CreativeWork");
        if (r.articleUrl() != null && !r.articleUrl().isBlank()) {
            g.writeStringField("url", r.articleUrl());
        }
        g.writeStringField("headline", r.articleTitle());
        if (r.articleOutlet() != null) {
            g.writeObjectFieldStart("publisher");
            g.writeStringField("@type", "Organization");
            g.writeStringField("name", r.articleOutlet());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    static String shorten(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }
}
