package dev.claimdesk.cli;

import static dev.claimdesk.cli.CliOptionsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdesk.app.AppServices;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.DeskStats;
import dev.claimdesk.domain.ReviewMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimdesk stats} prints the service's numbers; each option changes them. */
class StatsCommandTest {
    @TempDir
    static Path dir;

    static Path db;
    static long first;
    static long second;
    static AppServices app;

    @BeforeAll
    static void aSmallDesk() {
        db = dir.resolve("stats.db");
        app = AppServices.open(db, Clock.systemUTC());
        first = article("Sales rose 40 percent in 2024.");
        second = article("The dam holds 5 cubic kilometres of water.");
        long trueLabel =
                app.scales().defaultScale().labelByCode("TRUE").orElseThrow().id();
        long falseLabel =
                app.scales().defaultScale().labelByCode("FALSE").orElseThrow().id();
        Claim a = app.claims().addManual(first, 0, 30, "ada");
        app.claims().setVerdict(a.id(), trueLabel, "Yes.", "ada");
        app.claims().act(a.id(), ClaimAction.SUBMIT_FOR_REVIEW, null, null, "ada");
        app.claims().act(a.id(), ClaimAction.APPROVE, null, null, "bea");
        app.blind().setMode(second, ReviewMode.BLIND, ReviewMode.OnAgreement.REVIEW, "ada");
        Claim b = app.claims().addManual(second, 0, 41, "ada");
        app.blind().submit(b.id(), trueLabel, "Yes.", "ada");
        app.blind().submit(b.id(), falseLabel, "No.", "bea");
    }

    private static long article(String text) {
        return app.articles()
                .importText(
                        text,
                        ArticleFormat.PASTE,
                        new ArticleMetadata("T " + text.length(), null, null, null, null),
                        "en",
                        "ada")
                .article()
                .id();
    }

    @Test
    void theJsonHoldsTheServicesNumbers() throws Exception {
        CliOptionsTest.Run r = run("stats", "--db", db.toString());
        assertThat(r.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        DeskStats s = app.stats().stats(0, null);
        assertThat(json.path("articles")).hasSize(s.articles().size());
        assertThat(json.path("articles").get(0).path("states").path("APPROVED").asLong())
                .isEqualTo(s.articles().get(0).claims().get(dev.claimdesk.domain.ClaimState.APPROVED));
        assertThat(json.path("verdicts").get(0).path("code").asText()).isEqualTo("TRUE");
        assertThat(json.path("approved_per_day").size())
                .isEqualTo(s.approvedPerDay().size());
        assertThat(json.path("agreement").path("claims").asInt()).isEqualTo(1);
        assertThat(json.path("agreement").path("observed").asDouble()).isZero();
        assertThat(json.path("agreement").path("opposite_ends").asInt()).isEqualTo(1);
        assertThat(json.path("adjudication_backlog").asInt()).isEqualTo(1);
        assertThat(json.path("reviewers").findValuesAsText("reviewer")).containsExactly("ada", "bea");
    }

    @Test
    void articleSinceAndFormatChangeTheOutput() throws Exception {
        JsonNode one = new ObjectMapper()
                .readTree(run("stats", "--article", String.valueOf(first), "--db", db.toString())
                        .out());
        assertThat(one.path("articles")).hasSize(1);
        assertThat(one.path("adjudication_backlog").asInt()).isZero();

        String tomorrow = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
        JsonNode later = new ObjectMapper()
                .readTree(
                        run("stats", "--since", tomorrow, "--db", db.toString()).out());
        assertThat(later.path("approved_per_day").size()).isZero();
        assertThat(later.path("since").asText()).isEqualTo(tomorrow);

        String tsv = run("stats", "--format", "tsv", "--db", db.toString()).out();
        assertThat(tsv)
                .startsWith("article_id\ttitle\tclaims\tproposed\topen\t")
                .contains("adjudication_backlog\t1");

        CliOptionsTest.Run bad = run("stats", "--since", "yesterday", "--db", db.toString());
        assertThat(bad.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(bad.err()).contains("is not a date");
    }
}
