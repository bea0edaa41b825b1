package dev.claimdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimOrigin;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.ingest.TestFiles;
import dev.claimdesk.store.DatabaseHealth;
import dev.claimdesk.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportTest {
    @TempDir
    Path dir;

    AppServices app;
    Path db;

    @BeforeEach
    void open() {
        db = dir.resolve("import.db");
        app = AppServices.open(db, ClaimServiceTest.CLOCK);
        DemoArticle.importInto(app.articles(), "Ada"); // something to keep unchanged
    }

    @org.junit.jupiter.api.Test
    void anImportedArticleComesWithItsProposalsAndExactOffsets() throws IOException {
        Path f = dir.resolve("battery.html");
        Files.writeString(f, TestFiles.HTML, StandardCharsets.UTF_8);

        ArticleService.Imported r =
                app.articles().importFile(f, new ArticleMetadata(null, "Override Post", null, null, null), "Ada");

        assertThat(r.alreadyPresent()).isFalse();
        assertThat(r.article().format()).isEqualTo(ArticleFormat.HTML);
        assertThat(r.article().outlet()).isEqualTo("Override Post");
        assertThat(r.article().author()).isEqualTo("Marta Kowalczyk");
        assertThat(r.article().publishedOn()).isEqualTo(LocalDate.of(2026, 3, 3));
        List<Claim> claims = app.claims().listByArticle(r.article().id());
        assertThat(claims).hasSize(r.proposals()).isNotEmpty();
        for (Claim c : claims) {
            assertThat(r.article().bodyText().substring(c.startOffset(), c.endOffset()))
                    .isEqualTo(c.text());
            assertThat(c.state()).isEqualTo(ClaimState.PROPOSED);
            assertThat(c.origin()).isEqualTo(ClaimOrigin.DETECTED);
        }
        assertThat(claims).anySatisfy(c -> assertThat(c.text()).contains("from 19 percent in 2021 to 64 percent"));
    }

    @org.junit.jupiter.api.Test
    void theSameTextImportedAgainOffersTheExistingArticle() throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "Sales rose 40 percent in 2024, the company said.");
        var first = app.articles().importFile(f, null, "Ada");
        var again = app.articles().importFile(f, null, "Grace");
        assertThat(again.alreadyPresent()).isTrue();
        assertThat(again.article().id()).isEqualTo(first.article().id());
        assertThat(app.claims().listByArticle(first.article().id())).hasSize(first.proposals());
    }

    @org.junit.jupiter.api.Test
    void aCancelledImportSavesNothing() throws IOException {
        Path f = dir.resolve("long.txt");
        Files.writeString(f, "Sales rose 40 percent in 2024, the company said.\n".repeat(2000));
        DatabaseHealth before = Store.check(db);
        Thread.currentThread().interrupt(); // what the Cancel button does to the import's worker thread
        try {
            assertThatThrownBy(() -> app.articles().importFile(f, null, "Ada"))
                    .isInstanceOf(ClaimDeskException.class)
                    .satisfies(e -> assertThat(((ClaimDeskException) e).problem())
                            .isEqualTo(ClaimDeskException.Problem.CANCELLED));
        } finally {
            Thread.interrupted();
        }
        assertThat(Store.check(db)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty", "binary", "too large", "encrypted pdf", "truncated pdf", "undecodable text"})
    void badInputLeavesTheDatabaseUnchanged(String kind) throws IOException {
        Path f = badFile(kind);
        DatabaseHealth before = Store.check(db);

        assertThatThrownBy(() -> app.articles().importFile(f, null, "Ada"))
                .isInstanceOf(ClaimDeskException.class)
                .satisfies(e -> assertThat(((ClaimDeskException) e).userMessage())
                        .contains(f.getFileName().toString()));

        assertThat(Store.check(db)).isEqualTo(before);
    }

    private Path badFile(String kind) throws IOException {
        Function<String, Path> p = dir::resolve;
        switch (kind) {
            case "empty":
                return Files.createFile(p.apply("empty.txt"));
            case "binary":
                byte[] b = new byte[4096];
                b[0] = (byte) 0x89;
                return Files.write(p.apply("image.txt"), b);
            case "too large":
                return Files.write(p.apply("huge.html"), new byte[9 * 1024 * 1024]);
            case "encrypted pdf":
                TestFiles.twoPagePdf(p.apply("locked.pdf"), "secret");
                return p.apply("locked.pdf");
            case "truncated pdf":
                TestFiles.twoPagePdf(p.apply("whole.pdf"), null);
                byte[] whole = Files.readAllBytes(p.apply("whole.pdf"));
                return Files.write(p.apply("cut.pdf"), Arrays.copyOf(whole, whole.length / 3));
            default:
                return Files.write(p.apply("garbled.txt"), new byte[] {'a', (byte) 0x81, (byte) 0x8D, 'b'});
        }
    }
}
