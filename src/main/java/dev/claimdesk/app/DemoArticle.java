package dev.claimdesk.app;

import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** The demo article that ships inside the app: fiction written for ClaimDesk, full of claims. */
public final class DemoArticle {
    private static final String RESOURCE = "demo-article.txt";

    private DemoArticle() {}

    public static String text() {
        try (InputStream in = DemoArticle.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("demo article missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the demo article (or returns it when already imported). */
    public static ArticleService.Imported importInto(ArticleService articles, String actor) {
        ArticleMetadata meta = new ArticleMetadata(
                "Harbour city switches on battery park it calls the largest in Europe",
                "ClaimDesk Demo Gazette",
                "Marta Kowalczyk",
                "https://demo.claimdesk.invalid/nordhaven-battery-park",
                LocalDate.of(2026, 3, 3));
        return articles.importText(text(), ArticleFormat.TEXT, meta, "en", actor);
    }
}
