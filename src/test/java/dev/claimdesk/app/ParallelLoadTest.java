package dev.claimdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four processes import 2 MB articles into one file while a fifth edits claims in it: writers
 * wait for each other instead of failing, so no error reaches any of them, and no change is
 * applied twice.
 */
class ParallelLoadTest {
    static final int IMPORTS = 4;
    static final int CHARS = 1_900_000;

    @TempDir
    Path dir;

    @Test
    void fourLargeImportsAndAnEditorOnOneFileAllSucceed() throws Exception {
        AppPaths paths = new AppPaths(dir.resolve("data"), dir.resolve("load.db"));
        AppServices app = AppServices.open(paths, Clock.systemUTC());
        long articleId = app.articles()
                .importText(
                        KilledProcessMain.articleText(99, 40_000),
                        ArticleFormat.PASTE,
                        new ArticleMetadata("Edited", null, null, null, null),
                        "en",
                        "Ada")
                .article()
                .id();
        long toEdit = app.claims().listByArticle(articleId).stream()
                .filter(c -> c.state() == ClaimState.PROPOSED)
                .count();

        List<ChildJvm> children = new ArrayList<>();
        try {
            for (int i = 0; i < IMPORTS; i++) {
                children.add(
                        start(paths, "import" + i, "import", Long.toString(1000 + i), "1", Integer.toString(CHARS)));
            }
            children.add(start(paths, "edit", "edit", Long.toString(articleId), "load"));
            for (ChildJvm child : children) {
                List<String> said = child.awaitExit();
                assertThat(said).as(child.log()).contains("finished").endsWith("exit 0");
                assertThat(child.log()).doesNotContain("ERROR");
            }
        } finally {
            for (ChildJvm child : children) {
                child.close();
            }
        }

        AppServices after = AppServices.open(paths, Clock.systemUTC());
        List<Article> articles = after.articles().list();
        assertThat(articles).hasSize(IMPORTS + 1);
        List<Claim> edited = after.claims().listByArticle(articleId);
        assertThat(edited).filteredOn(c -> c.verdictLabelId() != null).hasSize((int) toEdit);
        // Each change was applied once: a write retried after its commit would add evidence twice.
        for (Claim c : edited) {
            assertThat(after.evidence().listByClaim(c.id()))
                    .as("evidence of claim %d", c.id())
                    .hasSize(1);
        }
        var health = Store.check(paths.database());
        assertThat(health.articles()).isEqualTo(IMPORTS + 1);
    }

    private ChildJvm start(AppPaths paths, String name, String mode, String... args) throws java.io.IOException {
        List<String> all = new ArrayList<>(
                List.of(mode, paths.dataDir().toString(), paths.database().toString()));
        all.addAll(List.of(args));
        return ChildJvm.start(dir.resolve(name + ".log"), KilledProcessMain.class, all.toArray(String[]::new));
    }
}
