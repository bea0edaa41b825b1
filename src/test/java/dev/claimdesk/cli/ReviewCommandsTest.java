package dev.claimdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.DemoArticle;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.Evidence;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code act}, {@code verdict} and {@code add-evidence} on a database file: what --as changes. */
class ReviewCommandsTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new Cli(p -> {}, new PrintWriter(out), new PrintWriter(err))
                .withEnvironment(Map.of())
                .withDataDir(dir.resolve("data"))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void asNamesWhoActsOnAFile() throws IOException {
        Path db = dir.resolve("desk.db");
        Path article = Files.writeString(dir.resolve("demo.txt"), DemoArticle.text());
        String articleId =
                run("--db", db.toString(), "import", article.toString()).out().strip();
        AppServices app = AppServices.open(db, Clock.systemUTC());
        long claim =
                app.claims().listByArticle(Long.parseLong(articleId)).get(0).id();
        String id = String.valueOf(claim);

        assertThat(run("--db", db.toString(), "act", id, "accept", "--as", "bea")
                        .exit())
                .isZero();
        assertThat(run(
                                "--db",
                                db.toString(),
                                "add-evidence",
                                id,
                                "--stance",
                                "context",
                                "--reliability",
                                "F",
                                "--title",
                                "Register",
                                "--as",
                                "cai")
                        .exit())
                .isZero();
        assertThat(run("--db", db.toString(), "verdict", id, "TRUE", "--as", "dan")
                        .exit())
                .isZero();

        Claim c = app.claims().get(claim);
        assertThat(c.assignee()).isEqualTo("bea");
        assertThat(c.verdictBy()).isEqualTo("dan");
        Evidence e = app.evidence().listByClaim(claim).get(0);
        assertThat(e.createdBy()).isEqualTo("cai");
        assertThat(app.claims().history(claim)).extracting(h -> h.actor()).contains("bea", "cai", "dan");
    }

    @Test
    void anUnknownVerdictAndAMissingReasonAreSaidInWords() throws IOException {
        Path db = dir.resolve("desk.db");
        Path article = Files.writeString(dir.resolve("demo.txt"), DemoArticle.text());
        String articleId =
                run("--db", db.toString(), "import", article.toString()).out().strip();
        AppServices app = AppServices.open(db, Clock.systemUTC());
        String id = String.valueOf(
                app.claims().listByArticle(Long.parseLong(articleId)).get(0).id());

        Run verdict = run("--db", db.toString(), "verdict", id, "MAYBE");
        assertThat(verdict.exit()).isNotZero();
        assertThat(verdict.err())
                .startsWith("claimdesk: \"MAYBE\" is not a verdict of the scale")
                .contains("FALSE");

        Run dismiss = run("--db", db.toString(), "act", id, "dismiss");
        assertThat(dismiss.exit()).isNotZero();
        assertThat(dismiss.err()).startsWith("claimdesk: ").doesNotContain("Exception");
        assertThat(app.claims().get(Long.parseLong(id)).state().name()).isEqualTo("PROPOSED");
    }
}
