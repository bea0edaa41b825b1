package dev.claimdesk.export;

import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.VerdictRow;
import dev.claimdesk.domain.agreement.AgreementSummary;
import dev.claimdesk.domain.agreement.Bootstrap;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A readable report of an article's checks: source, counts per verdict, then each claim with its
 * verdict, rationale, evidence (links and stance) and who reviewed and approved it. Markdown or
 * a standalone HTML page (inline CSS, every value escaped, no scripts, no remote resources).
 */
public final class Report {
    /** One claim with its evidence, as the report shows it. */
    public record Entry(VerdictRow row, List<Evidence> evidence) {}

    private Report() {}

    public static void markdown(List<Entry> entries, Writer w) throws IOException {
        markdown(entries, null, w);
    }

    /** The report with its agreement section when {@code agreement} has claims rated blind by two reviewers. */
    public static void markdown(List<Entry> entries, AgreementSummary agreement, Writer w) throws IOException {
        if (entries.isEmpty()) {
            w.write("# Fact-check report\n\nNo claims to report.\n");
            return;
        }
        VerdictRow first = entries.get(0).row();
        w.write("# Fact-check report: " + md(first.articleTitle()) + "\n\n");
        w.write(source(first, false) + "\n\n## Verdicts\n\n| Verdict | Claims |\n| --- | --- |\n");
        for (Map.Entry<String, Integer> c : counts(entries).entrySet()) {
            w.write("| " + md(c.getKey()) + " | " + c.getValue() + " |\n");
        }
        if (hasAgreement(agreement)) {
            w.write("\n## Agreement of blind verdicts\n\n| Figure | Value |\n| --- | --- |\n");
            for (String[] f : figures(agreement)) {
                w.write("| " + md(f[0]) + " | " + md(f[1]) + " |\n");
            }
            if (!agreement.pairs().isEmpty()) {
                w.write("\n| Reviewers | Claims | Agreed | Cohen's kappa |\n| --- | --- | --- | --- |\n");
                for (String[] p : pairs(agreement)) {
                    w.write("| " + md(p[0]) + " | " + p[1] + " | " + p[2] + " | " + p[3] + " |\n");
                }
            }
        }
        w.write("\n## Claims\n");
        int n = 0;
        for (Entry e : entries) {
            VerdictRow r = e.row();
            w.write("\n### " + (++n) + ". " + md(r.claimText()) + "\n\n");
            w.write("- **Verdict:** " + md(verdictOf(r)) + "\n");
            if (r.claimant() != null) {
                w.write("- **Said by:** " + md(r.claimant()) + "\n");
            }
            if (r.rationale() != null && !r.rationale().isBlank()) {
                w.write("- **Rationale:** " + md(r.rationale()) + "\n");
            }
            w.write("- " + md(who(r)) + "\n");
            for (Evidence ev : e.evidence()) {
                String title = md(nz(ev.title(), nz(ev.url(), "source")));
                String link = ev.url() != null && isWebLink(ev.url())
                        ? "[" + title + "](<" + ev.url().replace(">", "%3E") + ">)"
                        : title;
                w.write("  - " + ev.stance().label() + ": " + link
                        + (ev.publisher() == null ? "" : " (" + md(ev.publisher()) + ")")
                        + ", reliability " + ev.reliability().name()
                        + (ev.quote() == null ? "" : ": \"" + md(ev.quote()) + "\"") + "\n");
            }
        }
    }

    public static void html(List<Entry> entries, Writer w) throws IOException {
        html(entries, null, w);
    }

    /** The report with its agreement section when {@code agreement} has claims rated blind by two reviewers. */
    public static void html(List<Entry> entries, AgreementSummary agreement, Writer w) throws IOException {
        String title = entries.isEmpty()
                ? "Fact-check report"
                : "Fact-check report: " + entries.get(0).row().articleTitle();
        w.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
        w.write(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        w.write("<title>" + esc(title) + "</title>\n<style>\n" + CSS + "</style></head><body>\n");
        w.write("<h1>" + esc(title) + "</h1>\n");
        if (entries.isEmpty()) {
            w.write("<p>No claims to report.</p></body></html>\n");
            return;
        }
        w.write("<p class=\"source\">" + esc(source(entries.get(0).row(), true)) + "</p>\n");
        w.write("<h2>Verdicts</h2>\n<table><tr><th>Verdict</th><th>Claims</th></tr>\n");
        for (Map.Entry<String, Integer> c : counts(entries).entrySet()) {
            w.write("<tr><td>" + esc(c.getKey()) + "</td><td>" + c.getValue() + "</td></tr>\n");
        }
        w.write("</table>\n");
        if (hasAgreement(agreement)) {
            w.write("<h2>Agreement of blind verdicts</h2>\n<table><tr><th>Figure</th><th>Value</th></tr>\n");
            for (String[] f : figures(agreement)) {
                w.write("<tr><td>" + esc(f[0]) + "</td><td>" + esc(f[1]) + "</td></tr>\n");
            }
            w.write("</table>\n");
            if (!agreement.pairs().isEmpty()) {
                w.write("<table><tr><th>Reviewers</th><th>Claims</th><th>Agreed</th><th>Cohen's kappa</th></tr>\n");
                for (String[] p : pairs(agreement)) {
                    w.write("<tr><td>" + esc(p[0]) + "</td><td>" + p[1] + "</td><td>" + p[2] + "</td><td>" + p[3]
                            + "</td></tr>\n");
                }
                w.write("</table>\n");
            }
        }
        w.write("<h2>Claims</h2>\n<ol>\n");
        for (Entry e : entries) {
            VerdictRow r = e.row();
            w.write("<li class=\"claim\"><blockquote>" + esc(r.claimText()) + "</blockquote>\n");
            w.write("<p><span class=\"verdict\">" + esc(verdictOf(r)) + "</span>");
            if (r.claimant() != null) {
                w.write(" said by " + esc(r.claimant()));
            }
            w.write("</p>\n");
            if (r.rationale() != null && !r.rationale().isBlank()) {
                w.write("<p>" + esc(r.rationale()) + "</p>\n");
            }
            if (!e.evidence().isEmpty()) {
                w.write("<ul class=\"evidence\">\n");
                for (Evidence ev : e.evidence()) {
                    String label = esc(nz(ev.title(), nz(ev.url(), "source")));
                    String link = ev.url() != null && isWebLink(ev.url())
                            ? "<a href=\"" + esc(ev.url()) + "\" rel=\"noopener noreferrer\">" + label + "</a>"
                            : label;
                    w.write("<li><span class=\"stance " + ev.stance().name().toLowerCase(java.util.Locale.ROOT)
                            + "\">" + esc(ev.stance().label()) + "</span> " + link
                            + (ev.publisher() == null ? "" : " (" + esc(ev.publisher()) + ")") + ", reliability "
                            + ev.reliability().name()
                            + (ev.quote() == null ? "" : "<br><q>" + esc(ev.quote()) + "</q>") + "</li>\n");
                }
                w.write("</ul>\n");
            }
            w.write("<p class=\"who\">" + esc(who(r)) + "</p></li>\n");
        }
        w.write("</ol>\n</body></html>\n");
    }

    private static boolean hasAgreement(AgreementSummary a) {
        return a != null && a.pairableUnits() > 0;
    }

    /** The agreement figures in words, as the dashboard and {@code claimdesk stats} give them. */
    private static List<String[]> figures(AgreementSummary a) {
        List<String[]> out = new java.util.ArrayList<>();
        out.add(new String[] {"Claims rated blind by two reviewers", String.valueOf(a.pairableUnits())});
        out.add(new String[] {"Observed agreement", percent(a.observed())});
        String alpha = decimal(a.alpha());
        if (a.alpha().isPresent() && a.alphaInterval().isPresent()) {
            Bootstrap.Interval i = a.alphaInterval().get();
            alpha += String.format(
                    Locale.ROOT,
                    " (%d %% bootstrap interval %.2f to %.2f)",
                    Math.round(i.level() * 100),
                    i.low(),
                    i.high());
        }
        out.add(new String[] {"Krippendorff's alpha (on the scale's ranks)", alpha});
        out.add(new String[] {"Opposite ends (one says true, the other false)", String.valueOf(a.oppositeEnds())});
        return out;
    }

    private static List<String[]> pairs(AgreementSummary a) {
        List<String[]> out = new java.util.ArrayList<>();
        for (AgreementSummary.PairFigures p : a.pairs()) {
            out.add(new String[] {
                p.pair().first() + " and " + p.pair().second(),
                String.valueOf(p.units()),
                String.format(Locale.ROOT, "%.0f %%", p.observed() * 100),
                decimal(p.kappa())
            });
        }
        return out;
    }

    private static String percent(java.util.OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.0f %%", v.getAsDouble() * 100) : "not enough ratings";
    }

    private static String decimal(java.util.OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.2f", v.getAsDouble()) : "not defined (too few ratings)";
    }

    private static final String CSS = """
            body { font: 15px/1.5 system-ui, sans-serif; max-width: 50em; margin: 2em auto; padding: 0 1em; color: #222; }
            h1 { font-size: 1.5em; } .source { color: #555; }
            table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .2em .6em; text-align: left; }
            blockquote { margin: 0; padding-left: .8em; border-left: 3px solid #999; font-style: italic; }
            .verdict { font-weight: bold; padding: 0 .4em; border-radius: 3px; background: #eee; }
            .stance { font-size: .85em; padding: 0 .3em; border-radius: 3px; background: #eee; }
            .stance.refutes { background: #fdd; } .stance.supports { background: #dfd; }
            .who { color: #555; font-size: .9em; } li.claim { margin-bottom: 1.2em; }
            """;

    /** "Verdict by Ada; approved by Grace." or what is still missing. */
    private static String who(VerdictRow r) {
        if (r.reviewer() == null) {
            return "No verdict proposed yet.";
        }
        return "Verdict by " + r.reviewer() + "; "
                + (r.approvedBy() == null ? "not yet approved." : "approved by " + r.approvedBy() + ".");
    }

    private static Map<String, Integer> counts(List<Entry> entries) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Entry e : entries) {
            counts.merge(verdictOf(e.row()), 1, Integer::sum);
        }
        return counts;
    }

    private static String verdictOf(VerdictRow r) {
        if (r.verdict() == null) {
            return r.state() == ClaimState.DISMISSED ? "Dismissed" : "No verdict yet";
        }
        return r.state() == ClaimState.APPROVED ? r.verdict() : r.verdict() + " (not yet approved)";
    }

    private static String source(VerdictRow r, boolean plain) {
        StringBuilder sb = new StringBuilder();
        if (r.articleOutlet() != null) {
            sb.append(r.articleOutlet());
        }
        if (r.articlePublishedOn() != null) {
            sb.append(sb.length() > 0 ? ", " : "").append(r.articlePublishedOn());
        }
        if (r.articleUrl() != null) {
            sb.append(sb.length() > 0 ? ". " : "").append(plain ? r.articleUrl() : "<" + r.articleUrl() + ">");
        }
        return plain ? sb.toString() : md(sb.toString()).replace("\\<", "<").replace("\\>", ">");
    }

    private static boolean isWebLink(String url) {
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    /** HTML-escapes text for element content and double-quoted attributes (jsoup's escaper). */
    static String esc(String s) {
        return s == null ? "" : org.jsoup.nodes.Entities.escape(s);
    }

    /** Escapes Markdown syntax and HTML so article text shows as written and never as markup. */
    static String md(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_{}[]()#+-!|<>".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return sb.toString();
    }

    private static String nz(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }
}
