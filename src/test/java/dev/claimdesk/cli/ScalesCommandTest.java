package dev.claimdesk.cli;

import static dev.claimdesk.cli.CliOptionsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.domain.VerdictScale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimdesk scales}: list, export, import, default and article, each changing the outcome. */
class ScalesCommandTest {
    @TempDir
    Path dir;

    private static VerdictScale newsroom() {
        return new VerdictScale(
                0,
                "NEWSROOM",
                "Newsroom scale",
                List.of(
                        new VerdictLabel(0, 0, "CORRECT", "Correct", 2, "#1b5e20", "c", 1, 10, "Accurate", false),
                        new VerdictLabel(0, 0, "WRONG", "Wrong", 1, "#b71c1c", "w", 2, 0, null, false)));
    }

    @Test
    void aScaleMovesBetweenDatabasesAndIsChosenForTheDeskAndForOneArticle() throws Exception {
        Path first = dir.resolve("first.db");
        Path second = dir.resolve("second.db");
        AppServices.open(first, Clock.systemUTC()).scales().create(newsroom(), "ada");
        AppServices target = AppServices.open(second, Clock.systemUTC());
        long article = target.articles()
                .importText(
                        "Sales rose 40 percent.",
                        ArticleFormat.PASTE,
                        new ArticleMetadata("T", null, null, null, null),
                        "en",
                        "ada")
                .article()
                .id();

        Path file = dir.resolve("newsroom.json");
        CliOptionsTest.Run exported = run("scales", "export", "NEWSROOM", file.toString(), "--db", first.toString());
        assertThat(exported.exit()).isZero();
        assertThat(Files.readString(file)).contains("\"alternateName\" : \"Accurate\"", "\"hotkey\" : \"c\"");

        assertThat(run("scales", "--db", second.toString()).out()).doesNotContain("NEWSROOM");
        CliOptionsTest.Run imported =
                run("scales", "import", file.toString(), "--as", "bea", "--db", second.toString());
        assertThat(imported.exit()).isZero();
        assertThat(imported.out()).contains("Added the scale NEWSROOM (Newsroom scale) with 2 labels.");
        assertThat(actorOf(second, "create scale")).isEqualTo("bea");
        String listed = run("scales", "--db", second.toString()).out();
        assertThat(listed)
                .contains("NEWSROOM\tNewsroom scale\t\n", "\tCORRECT\tCorrect\trank 2\trating 10\t#1b5e20\tkey c\t");
        assertThat(listed).contains("CLAIMDESK\tClaimDesk default\tdefault");

        assertThat(run("scales", "default", "NEWSROOM", "--as", "cai", "--db", second.toString())
                        .exit())
                .isZero();
        assertThat(run("scales", "--db", second.toString()).out()).contains("NEWSROOM\tNewsroom scale\tdefault");
        assertThat(actorOf(second, "make default scale")).isEqualTo("cai");
        assertThat(AppServices.open(second, Clock.systemUTC())
                        .scales()
                        .scaleFor(article)
                        .code())
                .isEqualTo("NEWSROOM");

        CliOptionsTest.Run chosen = run(
                "scales", "article", String.valueOf(article), "POLITIFACT", "--as", "dan", "--db", second.toString());
        assertThat(chosen.out()).contains("Article " + article + " now uses the scale POLITIFACT.");
        assertThat(actorOf(second, "choose scale")).isEqualTo("dan");
        assertThat(run("scales", "article", String.valueOf(article), "default", "--db", second.toString())
                        .out())
                .contains("now uses the scale NEWSROOM.");
    }

    @Test
    void anUnknownScaleOrABadFileIsRefusedInWords() throws Exception {
        Path db = dir.resolve("desk.db");
        AppServices.open(db, Clock.systemUTC());
        CliOptionsTest.Run unknown =
                run("scales", "export", "NOPE", dir.resolve("x.json").toString(), "--db", db.toString());
        assertThat(unknown.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(unknown.err())
                .contains("no verdict scale with the code NOPE")
                .doesNotContain("Exception");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"other\"}");
        CliOptionsTest.Run refused = run("scales", "import", bad.toString(), "--db", db.toString());
        assertThat(refused.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(refused.err())
                .contains("cannot be imported as a verdict scale")
                .doesNotContain("Exception");
    }

    private static String actorOf(Path db, String action) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                var st = c.prepareStatement("SELECT actor FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1")) {
            st.setString(1, action);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
