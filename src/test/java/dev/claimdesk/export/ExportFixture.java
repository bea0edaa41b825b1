package dev.claimdesk.export;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.Reliability;
import dev.claimdesk.domain.SourceType;
import dev.claimdesk.domain.Stance;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A real database with claims whose texts and rationales are hard for CSV, HTML and spreadsheets. */
final class ExportFixture {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneOffset.UTC);

    /** Claim texts: each becomes one line of the article body and one manual claim. */
    static final List<String> TEXTS = List.of(
            "Plain claim with a comma, and \"double quotes\" inside.",
            "=1+2 looks like a formula to a spreadsheet.",
            "+44 is a country code, not a sum.",
            "-5 degrees was the lowest reading.",
            "@mention at the start of a claim.",
            "\tTab at the start of the claim.",
            "王小明 said 16 robots danced for 1 billion viewers 🤖.",
            "Article text with <script>alert('x')</script> inside.");

    static final List<String> RATIONALES = List.of(
            "Line one of the rationale,\nline two with \"quotes\"\r\nand a CRLF.",
            "=HYPERLINK(\"http://evil.example\")",
            "+SUM(A1:A9)",
            "-10 is what the records show.",
            "@SUM(1)",
            "\tTabbed rationale.",
            "中文理由：数字不对。 😀",
            "<b>not bold</b> & <script>alert(1)</script>");

    final AppServices app;
    final long articleId;
    final List<Claim> claims = new ArrayList<>();

    ExportFixture(Path dir) {
        app = AppServices.open(dir.resolve("export.db"), CLOCK);
        String body = String.join("\n", TEXTS);
        articleId = app.articles()
                .importText(
                        body,
                        ArticleFormat.PASTE,
                        new ArticleMetadata(
                                "Robots, \"records\" & <claims>",
                                "Daily =Planet",
                                "王小明",
                                "https://news.example/robots?a=1&b=2",
                                LocalDate.of(2025, 2, 11)),
                        "en",
                        "Ada")
                .article()
                .id();
        // Keep only the hand-made claims: dismiss nothing, but make one claim per line by hand.
        long falseLabel =
                app.scales().defaultScale().labelByCode("FALSE").orElseThrow().id();
        int offset = 0;
        for (int i = 0; i < TEXTS.size(); i++) {
            String t = TEXTS.get(i);
            Claim c = app.claims().addManual(articleId, offset, offset + t.length(), "Ada");
            offset += t.length() + 1;
            app.evidence()
                    .add(
                            new Evidence(
                                    0,
                                    c.id(),
                                    "https://source.example/" + i,
                                    "Source \"" + i + "\", <title>",
                                    "Publisher " + i,
                                    LocalDate.of(2025, 1, 1),
                                    LocalDate.of(2026, 3, 9),
                                    RATIONALES.get(i),
                                    i % 2 == 0 ? Stance.REFUTES : Stance.SUPPORTS,
                                    SourceType.PRIMARY,
                                    Reliability.B,
                                    "note",
                                    null,
                                    null,
                                    "Ada",
                                    Instant.EPOCH),
                            "Ada");
            app.claims().setVerdict(c.id(), falseLabel, RATIONALES.get(i), "Ada");
            if (i < 4) {
                app.claims().act(c.id(), ClaimAction.SUBMIT_FOR_REVIEW, null, null, "Ada");
                app.claims().act(c.id(), ClaimAction.APPROVE, "Agreed", null, "Grace");
            }
            claims.add(app.claims().get(c.id()));
        }
    }

    /** Only claims made by hand here (the detector may have proposed others on import). */
    boolean isFixtureClaim(long claimId) {
        return claims.stream().anyMatch(c -> c.id() == claimId);
    }
}
