package dev.claimdesk.ingest;

import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;

/**
 * A saved web page to article text and metadata, with jsoup. Nothing is fetched: the page is
 * parsed as text, scripts never run, images never load. The main text comes from
 * {@code itemprop=articleBody}, {@code article} or {@code main}, else the block with the most
 * paragraph text; navigation, scripts, share bars, adverts and footers are dropped.
 */
final class HtmlReader {
    private static final String FURNITURE = "script, style, noscript, template, nav, header, footer, aside, form,"
            + " iframe, svg, button, figure figcaption, [role=navigation], [role=banner], [role=contentinfo],"
            + " [aria-hidden=true], [class~=(?i)(share|social|advert|promo|related|newsletter|cookie|comment|"
            + "breadcrumb|subscribe|sidebar|byline|dateline|caption|tags?)], [id~=(?i)(share|social|advert|"
            + "promo|related|newsletter|cookie|comment|sidebar)]";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre";

    /**
     * Element nesting kept by the parser: article pages nest a few dozen levels. Deeper elements
     * are kept, text included, as siblings at this depth, so a page of 20,000 nested quotes costs
     * what a flat page costs. This is jsoup's default and the browsers' depth, stated here so it
     * cannot change unnoticed; a lower depth (256) made jsoup 1.24.1 fail on nested formatting
     * tags (seed 12 of the hostile-input test).
     */
    static final int MAX_DEPTH = 512;

    private HtmlReader() {}

    static IngestedText read(String html, String name) {
        Document doc = parse(html, name);
        ArticleMetadata meta = new ArticleMetadata(
                title(doc),
                first(doc, "meta[property=og:site_name]", "meta[name=publisher]", "meta[name=application-name]"),
                author(doc),
                first(doc, "link[rel=canonical]", "meta[property=og:url]"),
                date(doc));
        Element main = mainElement(doc);
        main.select(FURNITURE).remove();
        List<String> paragraphs = new ArrayList<>();
        main.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element block) || !block.is(BLOCKS)) {
                    return FilterResult.CONTINUE;
                }
                String text = block.text().strip();
                if (!text.isEmpty()) {
                    paragraphs.add(text);
                }
                return FilterResult.SKIP_CHILDREN; // nested blocks: this one already holds their text
            }
        });
        if (paragraphs.isEmpty()) {
            paragraphs.add(main.text().strip());
        }
        return new IngestedText(String.join("\n\n", paragraphs), ArticleFormat.HTML, meta);
    }

    /**
     * jsoup's tree builder has failed on crafted markup with an index or validation error (its
     * issue tracker lists several); such a page is refused in plain words, not with a trace.
     */
    private static Document parse(String html, String name) {
        try {
            return Jsoup.parse(html, "", Parser.htmlParser().setMaxDepth(MAX_DEPTH));
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ClaimDeskException(
                    Problem.INVALID_INPUT,
                    name + " is a web page too damaged to read. Open it in a browser, save it again and import"
                            + " that.",
                    e);
        }
    }

    private static Element mainElement(Document doc) {
        for (String q : List.of("[itemprop=articleBody]", "article", "main", "[role=main]")) {
            Element e = doc.selectFirst(q);
            if (e != null && e.text().length() > 200) {
                return e;
            }
        }
        Element best = doc.body();
        int bestLength = 0;
        for (Element candidate : doc.select("div, section, td")) {
            int length = candidate.children().stream()
                    .filter(c -> c.is("p"))
                    .mapToInt(c -> c.text().length())
                    .sum();
            if (length > bestLength) {
                bestLength = length;
                best = candidate;
            }
        }
        return best;
    }

    private static String title(Document doc) {
        String t = first(doc, "meta[property=og:title]", "meta[name=twitter:title]");
        if (t == null) {
            Element h1 = doc.selectFirst("h1");
            t = h1 != null ? h1.text() : doc.title();
        }
        return t == null || t.isBlank() ? null : t.strip();
    }

    private static String author(Document doc) {
        String a = first(doc, "meta[name=author]", "meta[property=article:author]", "meta[name=byl]");
        if (a == null) {
            Element e = doc.selectFirst("[itemprop=author], [rel=author], .author, .byline");
            a = e == null ? null : e.text().replaceFirst("(?i)^by\\s+", "");
        }
        return a == null || a.isBlank() ? null : a.strip();
    }

    private static LocalDate date(Document doc) {
        String d = first(
                doc,
                "meta[property=article:published_time]",
                "meta[name=date]",
                "meta[name=pubdate]",
                "meta[itemprop=datePublished]",
                "time[datetime]",
                "[itemprop=datePublished]");
        if (d == null || d.length() < 10) {
            return null;
        }
        try {
            return d.length() > 10 ? OffsetDateTime.parse(d).toLocalDate() : LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(d.substring(0, 10));
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** The first non-blank value among the selectors: content, href or datetime attribute, else text. */
    private static String first(Document doc, String... selectors) {
        for (String s : selectors) {
            Element e = doc.selectFirst(s);
            if (e == null) {
                continue;
            }
            for (String attr : List.of("content", "href", "datetime")) {
                if (e.hasAttr(attr) && !e.attr(attr).isBlank()) {
                    return e.attr(attr).strip();
                }
            }
            if (!e.text().isBlank()) {
                return e.text().strip();
            }
        }
        return null;
    }
}
