package dev.claimdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample article's header ("Published: 11:53, February 11, 2025", "By Cheng Yu") fills the
 * source details of a .txt, a .md and a pasted import, through the real import path, into the
 * stored article; the text itself is stored unchanged.
 */
class SourceDetailsImportTest {
    static final String HEADLINE = "Chinese startups giving more Western peers run for money";
    static final LocalDate PUBLISHED = LocalDate.of(2025, 2, 11);

    @TempDir
    Path dir;

    AppServices app;
    List<String> header;

    @BeforeEach
    void open() throws IOException {
        app = AppServices.open(dir.resolve("sources.db"), ClaimServiceTest.CLOCK);
        try (InputStream in = getClass().getResourceAsStream("/articles/china-daily-2025-02-11.txt")) {
            String sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            header = sample.lines().limit(12).toList();
        }
        assertThat(header.get(0)).isEqualTo("Published: 11:53, February 11, 2025");
        assertThat(header).contains("By Cheng Yu", HEADLINE);
    }

    @Test
    void aTextFileGetsItsAuthorAndDateFromItsByline() throws IOException {
        Path f = dir.resolve("china-daily.txt");
        String text = String.join("\r\n", header) + "\r\n";
        Files.writeString(f, text, StandardCharsets.UTF_8);

        Article a = stored(app.articles().importFile(f, null, "Ada"));

        assertThat(a.format()).isEqualTo(ArticleFormat.TEXT);
        assertThat(a.author()).isEqualTo("Cheng Yu");
        assertThat(a.publishedOn()).isEqualTo(PUBLISHED);
        assertThat(a.outlet()).isNull();
        assertThat(a.title()).isEqualTo(HEADLINE); // as before: the first line that is not furniture
        assertThat(a.bodyText()).isEqualTo(String.join("\n", header).strip());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            lakeside-herald-bike-share.txt    | City bike share triples its riders, operator says
            metro-daily-heat-pumps.txt        | Heat pump sales double as grants widen
            harbour-gazette-ferry-battery.txt | Harbour council backs electric ferry despite cost row
            valley-tribune-water-rates.txt    | Water district raises rates for third year running
            """)
    void aSectionLabelAboveTheHeadlineIsNotTheTitle(String file, String title) throws IOException {
        Path f = dir.resolve(file);
        try (InputStream in = getClass().getResourceAsStream("/news/" + file)) {
            Files.write(f, in.readAllBytes());
        }
        Article a = stored(app.articles().importFile(f, null, "Ada"));
        assertThat(a.title()).isEqualTo(title);
    }

    @Test
    void aShortLineInCapitalsIsTheTitleWhenNothingFollowsIt() {
        Article a = stored(app.articles()
                .importText(
                        "BREAKING NEWS\n",
                        ArticleFormat.TEXT,
                        new ArticleMetadata(null, null, null, null, null),
                        "en",
                        "Ada"));
        assertThat(a.title()).isEqualTo("BREAKING NEWS");
    }

    @Test
    void aMarkdownFileGetsThemToo() throws IOException {
        Path f = dir.resolve("china-daily.md");
        StringBuilder md = new StringBuilder("# " + HEADLINE + "\n\n*By CHENG YU | China Daily*\n\n");
        md.append("**Published:** 11:53, February 11, 2025\n\n");
        header.stream().skip(4).forEach(line -> md.append(line).append('\n'));
        Files.writeString(f, md, StandardCharsets.UTF_8);

        Article a = stored(app.articles().importFile(f, null, "Ada"));

        assertThat(a.format()).isEqualTo(ArticleFormat.MARKDOWN);
        assertThat(a.author()).isEqualTo("Cheng Yu");
        assertThat(a.outlet()).isEqualTo("China Daily");
        assertThat(a.publishedOn()).isEqualTo(PUBLISHED);
        assertThat(a.title()).isEqualTo(HEADLINE);
        assertThat(a.bodyText()).startsWith(HEADLINE + "\n\nBy CHENG YU | China Daily\n\nPublished: 11:53");
    }

    @Test
    void pastedTextGetsThemAndWhatTheUserTypedWins() {
        String text = String.join("\n", header);
        Article pasted =
                stored(app.articles().importPasted(text, new ArticleMetadata(null, null, null, null, null), "Ada"));
        assertThat(pasted.format()).isEqualTo(ArticleFormat.PASTE);
        assertThat(pasted.author()).isEqualTo("Cheng Yu");
        assertThat(pasted.publishedOn()).isEqualTo(PUBLISHED);

        Article typed = stored(app.articles()
                .importPasted(
                        text + "\nOne more line.",
                        new ArticleMetadata(null, "China Daily", "Someone Else", null, null),
                        "Ada"));
        assertThat(typed.author()).isEqualTo("Someone Else");
        assertThat(typed.outlet()).isEqualTo("China Daily");
        assertThat(typed.publishedOn()).isEqualTo(PUBLISHED);
    }

    @Test
    void theCommandLinesOverridesWinOverTheByline() throws IOException {
        Path f = dir.resolve("override.txt");
        Files.writeString(f, String.join("\n", header), StandardCharsets.UTF_8);
        Article a = stored(app.articles()
                .importFile(
                        f, new ArticleMetadata(null, null, "Given Author", null, LocalDate.of(2025, 2, 12)), "Ada"));
        assertThat(a.author()).isEqualTo("Given Author");
        assertThat(a.publishedOn()).isEqualTo(LocalDate.of(2025, 2, 12));
    }

    /** The article as it is in the database, read back, not the one the import returned. */
    private Article stored(ArticleService.Imported imported) {
        assertThat(imported.alreadyPresent()).isFalse();
        return app.articles().get(imported.article().id());
    }
}
