package dev.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdesk.app.ExportService;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimState;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimReviewAndReportTest {
    static final Publisher DESK = new Publisher(
            "Nordhaven Fact Desk", "https://factdesk.example", "https://factdesk.example/checks/{claim_id}");

    @TempDir
    Path dir;

    ExportFixture f;

    @BeforeEach
    void setUp() {
        f = new ExportFixture(dir);
    }

    private String export(ExportService.Kind kind, Publisher p, List<String> problems) {
        StringWriter w = new StringWriter();
        ExportService.Result r = f.app.exports()
                .export(
                        new ExportService.Options(
                                kind,
                                f.articleId,
                                false,
                                false,
                                p == null ? null : p.name(),
                                p == null ? null : p.url(),
                                p == null ? null : p.factCheckUrlPattern()),
                        w);
        problems.addAll(r.problems());
        return w.toString();
    }

    @Test
    void claimReviewHasEveryFieldForEachApprovedClaimAndNothingElse() throws IOException {
        List<String> problems = new ArrayList<>();
        JsonNode root = new ObjectMapper().readTree(export(ExportService.Kind.CLAIMREVIEW, DESK, problems));

        assertThat(problems).isEmpty();
        assertThat(root.get("@context").asText()).isEqualTo("https://schema.org");
        JsonNode graph = root.get("@graph");
        List<Claim> approved =
                f.claims.stream().filter(c -> c.state() == ClaimState.APPROVED).toList();
        assertThat(approved).hasSize(4);
        assertThat(graph.size()).isEqualTo(approved.size());
        for (int i = 0; i < approved.size(); i++) {
            Claim c = approved.get(i);
            JsonNode review = graph.get(i);
            assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
            assertThat(review.get("claimReviewed").asText()).isEqualTo(c.text());
            assertThat(review.get("url").asText()).isEqualTo("https://factdesk.example/checks/" + c.id());
            assertThat(review.get("datePublished").asText()).isEqualTo("2026-03-10");
            assertThat(review.at("/author/@type").asText()).isEqualTo("Organization");
            assertThat(review.at("/author/name").asText()).isEqualTo("Nordhaven Fact Desk");
            assertThat(review.at("/author/url").asText()).isEqualTo("https://factdesk.example");
            assertThat(review.at("/reviewRating/ratingValue").asInt()).isEqualTo(1);
            assertThat(review.at("/reviewRating/bestRating").asInt()).isEqualTo(5);
            assertThat(review.at("/reviewRating/worstRating").asInt()).isEqualTo(1);
            assertThat(review.at("/reviewRating/alternateName").asText()).isEqualTo("False");
            assertThat(review.at("/itemReviewed/@type").asText()).isEqualTo("Claim");
            assertThat(review.at("/itemReviewed/datePublished").asText()).isEqualTo("2025-02-11");
            assertThat(review.at("/itemReviewed/appearance/url").asText())
                    .isEqualTo("https://news.example/robots?a=1&b=2");
            assertThat(review.at("/itemReviewed/appearance/headline").asText())
                    .isEqualTo("Robots, \"records\" & <claims>");
        }
        List<String> reviewed = new ArrayList<>();
        graph.forEach(n -> reviewed.add(n.get("claimReviewed").asText()));
        assertThat(reviewed).doesNotContain("王小明 said 16 robots danced for 1 billion viewers 🤖.");
    }

    @Test
    void claimsMissingWhatGoogleRequiresAreReportedNotWritten() throws IOException {
        List<String> problems = new ArrayList<>();
        Publisher incomplete = new Publisher(" ", null, null);
        JsonNode root = new ObjectMapper().readTree(export(ExportService.Kind.CLAIMREVIEW, incomplete, problems));

        assertThat(root.get("@graph").size()).isZero();
        assertThat(problems)
                .hasSize(4)
                .allSatisfy(p -> assertThat(p)
                        .startsWith("Claim ")
                        .contains("was not written")
                        .contains("no fact-check URL pattern is set")
                        .contains("organisation's name is not set"));
    }

    @Test
    void theHtmlReportEscapesArticleTextAndRendersAsAPage() {
        String html = export(ExportService.Kind.HTML, null, new ArrayList<>());

        assertThat(html).doesNotContain("<script>").doesNotContain("<b>not bold</b>");
        assertThat(html).contains("&lt;script&gt;alert(").contains("&lt;b&gt;not bold&lt;/b&gt;");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.title()).isEqualTo("Fact-check report: Robots, \"records\" & <claims>");
        assertThat(doc.select("li.claim")).hasSizeGreaterThanOrEqualTo(f.claims.size());
        assertThat(doc.select("li.claim blockquote").eachText())
                .contains("Article text with <script>alert('x')</script> inside.");
        assertThat(doc.select("a[href]").eachAttr("href"))
                .allSatisfy(h -> assertThat(h).startsWith("https://"));
        assertThat(doc.select("table td").eachText()).contains("False", "False (not yet approved)");
    }

    @Test
    void theMarkdownReportEscapesMarkup() {
        String md = export(ExportService.Kind.MARKDOWN, null, new ArrayList<>());
        assertThat(md).startsWith("# Fact-check report: Robots, \"records\" & \\<claims\\>");
        assertThat(md).contains("\\<script\\>").doesNotContain("<script>");
        assertThat(md).contains("**Verdict:** False").contains("Verdict by Ada; approved by Grace.");
        assertThat(md).contains("[Source \"0\", \\<title\\>](<https://source.example/0>)");
    }
}
