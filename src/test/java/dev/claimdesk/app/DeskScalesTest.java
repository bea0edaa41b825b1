package dev.claimdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.domain.VerdictScale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A desk's own verdict scale: made, exported, imported elsewhere, chosen, used and published. */
class DeskScalesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static VerdictScale newsroom() {
        return new VerdictScale(
                0,
                "NEWSROOM",
                "Newsroom scale",
                List.of(
                        new VerdictLabel(0, 0, "CORRECT", "Correct", 3, "#1b5e20", "c", 1, 10, "Accurate", false),
                        new VerdictLabel(0, 0, "PARTLY", "Partly correct", 2, "#f9a825", "p", 2, 5, null, false),
                        new VerdictLabel(0, 0, "WRONG", "Wrong", 1, "#b71c1c", "w", 3, 0, "Inaccurate", false),
                        new VerdictLabel(
                                0, 0, "NO_EVIDENCE", "No evidence", null, "#546e7a", "n", 4, null, null, false)));
    }

    private static long article(AppServices app, String text) {
        return app.articles()
                .importText(text, ArticleFormat.PASTE, new ArticleMetadata("Test", null, null, null, null), "en", "ada")
                .article()
                .id();
    }

    private static Claim claim(AppServices app, long articleId) {
        return app.claims().addManual(articleId, 0, 20, "ada");
    }

    @Test
    void aScaleMadeHereIsExportedImportedElsewhereUsedAndPublishedWithEverythingIntact() throws Exception {
        AppServices first = AppServices.open(dir.resolve("first.db"), CLOCK);
        VerdictScale made = first.scales().create(newsroom(), "ada");
        Path file = dir.resolve("newsroom.scale.json");
        first.scales().export("NEWSROOM", file);

        AppServices second = AppServices.open(dir.resolve("second.db"), CLOCK);
        VerdictScale imported = second.scales().importFrom(file, "bea");
        assertThat(imported.labels())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "scaleId")
                .containsExactlyElementsOf(made.labels());

        long articleId = article(second, "The plant makes 40 percent of the country's power.");
        second.scales().setArticleScale(articleId, "NEWSROOM", "bea");
        assertThat(second.scales().scaleFor(articleId).code()).isEqualTo("NEWSROOM");
        Claim c = claim(second, articleId);
        long correct = imported.labelByCode("CORRECT").orElseThrow().id();
        second.claims().setVerdict(c.id(), correct, "The grid operator's figures agree.", "bea");
        second.claims().act(c.id(), ClaimAction.SUBMIT_FOR_REVIEW, null, null, "bea");
        second.claims().act(c.id(), ClaimAction.APPROVE, "Agreed", null, "cai");

        Path out = dir.resolve("reviews.jsonld");
        second.exports()
                .exportToFile(
                        new ExportService.Options(
                                ExportService.Kind.CLAIMREVIEW,
                                articleId,
                                false,
                                false,
                                "Desk",
                                "https://desk.example",
                                "https://desk.example/checks/{claim_id}"),
                        out);
        JsonNode root = new ObjectMapper().readTree(Files.readString(out));
        assertThat(root.path("@graph")).as(Files.readString(out)).hasSize(1);
        JsonNode review = root.path("@graph").get(0);
        JsonNode rating = review.path("reviewRating");
        assertThat(rating.path("ratingValue").asInt()).isEqualTo(10);
        assertThat(rating.path("bestRating").asInt()).isEqualTo(10);
        assertThat(rating.path("worstRating").asInt()).isZero();
        assertThat(rating.path("alternateName").asText()).isEqualTo("Accurate");
    }

    @Test
    void theDesksDefaultDecidesForArticlesThatHaveNotChosenAndAVerdictMustBeOnTheArticlesScale() {
        AppServices app = AppServices.open(dir.resolve("desk.db"), CLOCK);
        VerdictScale mine = app.scales().create(newsroom(), "ada");
        long articleId = article(app, "Sales rose 40 percent in a single year, the firm said.");
        assertThat(app.scales().scaleFor(articleId).code()).isEqualTo("CLAIMDESK");
        Claim c = claim(app, articleId);
        long wrong = mine.labelByCode("WRONG").orElseThrow().id();
        assertThatThrownBy(() -> app.claims().setVerdict(c.id(), wrong, "No.", "ada"))
                .isInstanceOf(ClaimDeskException.class)
                .hasMessageContaining("not a verdict of this article's scale");

        app.scales().setDefault("NEWSROOM", "ada");
        assertThat(app.scales().defaultScale().code()).isEqualTo("NEWSROOM");
        assertThat(app.scales().scaleFor(articleId).code()).isEqualTo("NEWSROOM");
        app.claims().setVerdict(c.id(), wrong, "No.", "ada");

        assertThatThrownBy(() -> app.scales().setArticleScale(articleId, "CLAIMDESK", "ada"))
                .isInstanceOf(ClaimDeskException.class)
                .hasMessageContaining("has 1 verdict on the scale \"Newsroom scale\" already");
        assertThat(app.scales().scaleFor(articleId).code()).isEqualTo("NEWSROOM");
    }

    @Test
    void aLabelInUseIsRetiredNotDeletedAndARetiredLabelIsNoLongerOffered() {
        AppServices app = AppServices.open(dir.resolve("desk.db"), CLOCK);
        VerdictScale mine = app.scales().create(newsroom(), "ada");
        app.scales().setDefault("NEWSROOM", "ada");
        long articleId = article(app, "The company claims the world's first solid-state battery.");
        Claim c = claim(app, articleId);
        VerdictLabel partly = mine.labelByCode("PARTLY").orElseThrow();
        app.claims().setVerdict(c.id(), partly.id(), "Only in part.", "ada");

        List<VerdictLabel> without = new ArrayList<>(mine.labels());
        without.remove(partly);
        VerdictScale deleting = new VerdictScale(mine.id(), mine.code(), mine.name(), without);
        assertThatThrownBy(() -> app.scales().update(deleting, "ada"))
                .isInstanceOf(ClaimDeskException.class)
                .hasMessageContaining("\"Partly correct\" is the verdict of claims already")
                .hasMessageContaining("Retire it instead");
        assertThat(app.scales().find("NEWSROOM").orElseThrow().labels()).hasSize(4);

        List<VerdictLabel> retiring = new ArrayList<>(mine.labels());
        retiring.set(1, partly.asRetired());
        VerdictScale after = app.scales().update(new VerdictScale(mine.id(), mine.code(), "Renamed", retiring), "ada");
        assertThat(after.name()).isEqualTo("Renamed");
        assertThat(after.labelByCode("PARTLY").orElseThrow().retired()).isTrue();
        assertThat(app.claims().get(c.id()).verdictLabelId()).isEqualTo(partly.id());

        Claim other = app.claims().addManual(articleId, 21, 40, "ada");
        assertThatThrownBy(() -> app.claims().setVerdict(other.id(), partly.id(), "Partly.", "ada"))
                .isInstanceOf(ClaimDeskException.class)
                .hasMessageContaining("retired");

        List<VerdictLabel> swapped = new ArrayList<>(after.labels());
        VerdictLabel noEvidence = swapped.get(3);
        swapped.remove(3);
        VerdictScale dropped = app.scales().update(new VerdictScale(mine.id(), mine.code(), "Renamed", swapped), "ada");
        assertThat(dropped.labels()).extracting(VerdictLabel::code).doesNotContain(noEvidence.code());
    }

    @Test
    void aBrokenScaleOrAClashingCodeLeavesTheDatabaseAsItWas() throws Exception {
        AppServices app = AppServices.open(dir.resolve("desk.db"), CLOCK);
        int before = app.scales().list().size();
        VerdictScale clash = new VerdictScale(0, "CLAIMDESK", "Mine", newsroom().labels());
        assertThatThrownBy(() -> app.scales().create(clash, "ada"))
                .isInstanceOf(ClaimDeskException.class)
                .hasMessageContaining("already has a scale with the code CLAIMDESK");
        List<VerdictLabel> twoKeys = new ArrayList<>(newsroom().labels());
        twoKeys.set(1, dev.claimdesk.domain.ScaleRulesTestAccess.withHotkey(twoKeys.get(1), "c"));
        assertThatThrownBy(() -> app.scales().create(new VerdictScale(0, "TWO", "Two", twoKeys), "ada"))
                .isInstanceOf(ClaimDeskException.class)
                .hasMessageContaining("key c");
        Path notJson = Files.writeString(dir.resolve("scale.json"), "not json at all");
        assertThatThrownBy(() -> app.scales().importFrom(notJson, "ada"))
                .isInstanceOf(ClaimDeskException.class)
                .extracting(e -> ((ClaimDeskException) e).userMessage())
                .isEqualTo("This file cannot be imported as a verdict scale: it is not JSON.");
        assertThat(app.scales().list()).hasSize(before);
    }
}
