package dev.claimdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.ClaimFilter;
import dev.claimdesk.domain.ClaimFilter.Choice;
import dev.claimdesk.domain.ClaimKind;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.DismissReason;
import dev.claimdesk.domain.SearchQuery;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The claim queue and the exports choose the same claims for the same filter: the queue's
 * predicate over the claims and the full-text hits, against what every export writes. Filters come
 * from a seeded generator; a failure names its seed.
 */
class FilterAgreementTest {
    @TempDir
    static Path dir;

    static AppServices app;
    static long articleId;
    static List<String> reviewers = List.of("Ada", "Grace");
    static List<Long> labels;

    private static final List<String> WORDS = List.of(
            "robots", "percent", "share", "torque", "degrees", "energy", "first", "world's", "market", "2024", "\"",
            "*", "(", "AND", "NOT", "-", "\u0000", "rob", "PERC", "zzz");

    @BeforeAll
    static void aReviewedArticle() {
        app = AppServices.open(dir.resolve("filters.db"), Clock.systemUTC());
        StringBuilder body = new StringBuilder();
        Random r = new Random(7);
        for (int i = 0; i < 60; i++) {
            body.append("Claim ").append(i).append(": ");
            for (int w = 0; w < 6; w++) {
                body.append(WORDS.get(r.nextInt(10))).append(' ');
            }
            body.append("rose from ")
                    .append(10 + i)
                    .append(" percent to ")
                    .append(20 + 2 * i)
                    .append(" percent.\n");
        }
        articleId = app.articles()
                .importText(
                        body.toString(),
                        ArticleFormat.PASTE,
                        new ArticleMetadata("Filters", null, null, null, null),
                        "en",
                        "Ada")
                .article()
                .id();
        labels = app.scales().defaultScale().labels().stream().map(l -> l.id()).toList();
        List<Claim> claims = app.claims().listByArticle(articleId);
        for (int i = 0; i < claims.size(); i++) {
            long id = claims.get(i).id();
            switch (i % 5) {
                case 0 -> app.claims().act(id, ClaimAction.DISMISS, null, DismissReason.OPINION, "Ada");
                case 1 -> app.claims().act(id, ClaimAction.ACCEPT, null, null, reviewers.get(i % 2));
                case 2, 3 -> {
                    app.claims().act(id, ClaimAction.ACCEPT, null, null, "Ada");
                    app.claims().setVerdict(id, labels.get(i % labels.size()), "Because torque " + i, "Ada");
                    if (i % 5 == 3) {
                        app.claims().act(id, ClaimAction.SUBMIT_FOR_REVIEW, null, null, "Ada");
                        app.claims().act(id, ClaimAction.APPROVE, "ok", null, "Grace");
                    }
                }
                default -> {}
            }
        }
    }

    static LongStream seeds() {
        return LongStream.range(1, 121);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theQueueAndEveryExportChooseTheSameClaims(long seed) throws IOException {
        ClaimFilter filter = randomFilter(new Random(seed));
        Set<Long> hits = filter.search().isEmpty() ? null : app.claims().search(articleId, filter.search());
        Set<Long> queue = app.claims().listByArticle(articleId).stream()
                .filter(c -> filter.matches(c, hits))
                .map(Claim::id)
                .collect(Collectors.toSet());

        assertThat(exported(ExportService.Kind.CSV, filter, "claim_id"))
                .as("seed %d: %s", seed, filter)
                .isEqualTo(queue);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "*", "(", "---", "\u0000", "  ", "\"*\"", "()"})
    void aQueryWithoutWordsFiltersNothingAnywhere(String typed) throws IOException {
        SearchQuery q = SearchQuery.parse(typed);
        assertThat(q.isEmpty()).isTrue();
        Set<Long> all =
                app.claims().listByArticle(articleId).stream().map(Claim::id).collect(Collectors.toSet());
        assertThat(exported(ExportService.Kind.CSV, ClaimFilter.ALL.withSearch(q), "claim_id"))
                .isEqualTo(all);
    }

    private static ClaimFilter randomFilter(Random r) {
        ClaimFilter f = ClaimFilter.ALL;
        if (r.nextBoolean()) {
            f = f.withStates(
                    r.nextInt(4) == 0
                            ? ClaimFilter.TO_DO
                            : Set.of(ClaimState.values()[r.nextInt(ClaimState.values().length)]));
        }
        if (r.nextInt(3) == 0) {
            f = f.withKind(ClaimKind.values()[r.nextInt(ClaimKind.values().length)]);
        }
        if (r.nextInt(3) == 0) {
            f = f.withFlag(List.<Choice<String>>of(Choice.some(), Choice.none(), Choice.exactly("CHANGE_ARITHMETIC"))
                    .get(r.nextInt(3)));
        }
        if (r.nextInt(3) == 0) {
            f = f.withVerdict(r.nextBoolean() ? Choice.none() : Choice.exactly(labels.get(r.nextInt(labels.size()))));
        }
        if (r.nextInt(3) == 0) {
            f = f.withAssignee(r.nextBoolean() ? Choice.none() : Choice.exactly(reviewers.get(r.nextInt(2))));
        }
        if (r.nextBoolean()) {
            String typed = IntStream.range(0, 1 + r.nextInt(2))
                    .mapToObj(i -> WORDS.get(r.nextInt(WORDS.size())))
                    .collect(Collectors.joining(" "));
            f = f.withSearch(SearchQuery.parse(typed));
        }
        return f;
    }

    private static Set<Long> exported(ExportService.Kind kind, ClaimFilter filter, String idColumn) throws IOException {
        StringWriter w = new StringWriter();
        app.exports().export(new ExportService.Options(kind, articleId, false, true, null, null, null, filter), w);
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(w.toString()))
                .getRecords()
                .stream()
                .map((CSVRecord rec) -> Long.parseLong(rec.get(idColumn)))
                .collect(Collectors.toSet());
    }
}
