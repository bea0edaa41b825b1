package dev.claimdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.AuditEvent;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleServiceTest {
    @TempDir
    Path dir;

    @Test
    void importingTheSameBodyTwiceOffersTheExistingArticle() {
        AppServices app = AppServices.open(dir.resolve("a.db"), ClaimServiceTest.CLOCK);
        ArticleService.Imported first = DemoArticle.importInto(app.articles(), "Ada");
        ArticleService.Imported second = DemoArticle.importInto(app.articles(), "Grace");

        assertThat(first.alreadyPresent()).isFalse();
        assertThat(second.alreadyPresent()).isTrue();
        assertThat(second.article()).isEqualTo(first.article());
        assertThat(app.articles().list()).hasSize(1);
        assertThat(first.article().bodySha256()).hasSize(64).isEqualTo(ArticleService.sha256(DemoArticle.text()));
    }

    @Test
    void theArticleListCarriesTitlesNotBodiesAndOneArticleItsWholeBody() {
        AppServices app = AppServices.open(dir.resolve("a.db"), ClaimServiceTest.CLOCK);
        Article imported = DemoArticle.importInto(app.articles(), "Ada").article();

        Article listed = app.articles().list().get(0);

        assertThat(listed.id()).isEqualTo(imported.id());
        assertThat(listed.title()).isEqualTo(imported.title());
        assertThat(listed.bodySha256()).isEqualTo(imported.bodySha256());
        assertThat(listed.bodyText()).isEmpty();
        assertThat(app.articles().get(imported.id()).bodyText())
                .isEqualTo(imported.bodyText())
                .isNotEmpty();
    }

    @Test
    void emptyOrHugeTextIsRefusedAndNothingIsStored() {
        AppServices app = AppServices.open(dir.resolve("a.db"), ClaimServiceTest.CLOCK);
        ArticleMetadata none = new ArticleMetadata(null, null, null, null, null);
        assertThatThrownBy(() -> app.articles().importText(" \n ", ArticleFormat.PASTE, none, null, "Ada"))
                .hasMessageContaining("empty");
        String huge = "x".repeat(ArticleService.MAX_BODY_CHARS + 1);
        assertThatThrownBy(() -> app.articles().importText(huge, ArticleFormat.PASTE, none, null, "Ada"))
                .hasMessageContaining("too long");
        assertThat(app.articles().list()).isEmpty();
    }

    @Test
    void titleFallsBackToTheFirstLineAndMetadataEditsAreAudited() {
        AppServices app = AppServices.open(dir.resolve("a.db"), ClaimServiceTest.CLOCK);
        var imported = app.articles()
                .importText(
                        "  First line\nSecond.",
                        ArticleFormat.TEXT,
                        new ArticleMetadata(null, null, null, null, null),
                        "en",
                        "Ada");
        assertThat(imported.article().title()).isEqualTo("First line");

        var meta = new ArticleMetadata(
                "Real title", "China Daily", "Liu", "https://example.org", LocalDate.of(2025, 2, 11));
        app.articles().updateMetadata(imported.article().id(), meta, "Grace");
        assertThat(app.articles().get(imported.article().id()).metadata()).isEqualTo(meta);
        assertThatThrownBy(() -> app.articles()
                        .updateMetadata(
                                imported.article().id(), new ArticleMetadata(" ", null, null, null, null), "Grace"))
                .hasMessageContaining("needs a title");
    }

    @Test
    void everyImportWritesAnAuditEvent() {
        AppServices app = AppServices.open(dir.resolve("a.db"), ClaimServiceTest.CLOCK);
        long id = DemoArticle.importInto(app.articles(), "Ada").article().id();
        var events = dev.claimdesk.store.Store.open(dir.resolve("a.db"))
                .read(tx -> tx.audit().listFor("article", id));
        assertThat(events)
                .extracting(AuditEvent::action, AuditEvent::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("import", "Ada"));
    }
}
