package dev.claimdesk.testsupport;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.DismissReason;
import dev.claimdesk.domain.ReviewMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * A desk at work, for the dashboard's tests and screenshots: five articles (the four news articles
 * of the test resources and the sample), three reviewers, claims in every state, verdicts approved
 * over several days, and one article in blind double review with agreements, disagreements and an
 * adjudication. Every step happens at a known time from {@link #START}; a seed makes it the same
 * desk each run.
 */
public final class DeskFixture {
    public static final Instant START = Instant.parse("2026-10-05T08:00:00Z");
    public static final String WANG = "王小明 Wang Xiaoming";
    public static final String GRACE = "Grace Hopper";
    public static final String AMARA = "Amara Okafor";

    private static final List<String> ARTICLES = List.of(
            "news/metro-daily-heat-pumps.txt",
            "news/harbour-gazette-ferry-battery.txt",
            "news/valley-tribune-water-rates.txt",
            "news/lakeside-herald-bike-share.txt",
            "articles/china-daily-2025-02-11.txt");

    private static final String[] VERDICTS = {"TRUE", "MOSTLY_TRUE", "HALF_TRUE", "MISLEADING", "FALSE", "TRUE", "FALSE"
    };

    private DeskFixture() {}

    /** Writes the desk to the file named (for screenshots): {@code DeskFixture FILE}. */
    public static void main(String[] args) {
        build(Path.of(args[0]));
    }

    /** Builds the desk in a new database file; returns the services (the caller closes them). */
    public static AppServices build(Path databaseFile) {
        MutableClock clock = new MutableClock(START, ZoneOffset.UTC);
        AppServices app = AppServices.open(databaseFile, clock);
        app.reviewers().findOrCreate(WANG, "WX");
        app.reviewers().findOrCreate(GRACE, "GH");
        app.reviewers().findOrCreate(AMARA, "AO");
        Random random = new Random(20261203);
        for (int i = 0; i < ARTICLES.size(); i++) {
            clock.set(START.plus(Duration.ofDays(4L * i)));
            long article = app.articles()
                    .importText(
                            text(ARTICLES.get(i)),
                            ArticleFormat.TEXT,
                            new ArticleMetadata(null, null, null, null, null),
                            "en",
                            WANG)
                    .article()
                    .id();
            if (i == 2) {
                blind(app, clock, article);
            } else {
                fourEyes(app, clock, article, random, i);
            }
        }
        return app;
    }

    private static void fourEyes(AppServices app, MutableClock clock, long article, Random random, int index) {
        List<Claim> claims = app.claims().listByArticle(article).stream()
                .filter(c -> c.state() == ClaimState.PROPOSED)
                .toList();
        String[] who = {WANG, GRACE, AMARA};
        for (int k = 0; k < claims.size(); k++) {
            Claim c = claims.get(k);
            String reviewer = who[(k + index) % 3];
            String second = who[(k + index + 1) % 3];
            clock.advance(Duration.ofMinutes(20 + random.nextInt(200)));
            int fate = (k + index) % 7;
            if (fate == 6 && index == ARTICLES.size() - 1) {
                continue; // the last article still has proposals left
            }
            if (fate == 5) {
                app.claims().act(c.id(), ClaimAction.DISMISS, null, DismissReason.OPINION, reviewer);
                continue;
            }
            app.claims().act(c.id(), ClaimAction.ACCEPT, null, null, reviewer);
            app.claims().assign(c.id(), reviewer, WANG);
            if (fate == 4) {
                continue; // open, waiting for research
            }
            app.claims().act(c.id(), ClaimAction.START_RESEARCH, null, null, reviewer);
            if (fate == 3) {
                continue;
            }
            String code = VERDICTS[random.nextInt(VERDICTS.length)];
            app.claims()
                    .setVerdict(c.id(), label(app, code), "Checked against the source named in the text.", reviewer);
            app.claims().act(c.id(), ClaimAction.SUBMIT_FOR_REVIEW, null, null, reviewer);
            if (fate == 2) {
                continue;
            }
            clock.advance(Duration.ofHours(2 + random.nextInt(30)));
            app.claims().act(c.id(), ClaimAction.APPROVE, null, null, second);
        }
    }

    /** Blind double review: Wang and Grace rate each claim; Amara adjudicates the first disagreement. */
    private static void blind(AppServices app, MutableClock clock, long article) {
        app.blind().setMode(article, ReviewMode.BLIND, ReviewMode.OnAgreement.APPROVE, WANG);
        List<Claim> claims = app.claims().listByArticle(article).stream()
                .filter(c -> c.state() == ClaimState.PROPOSED)
                .toList();
        String[][] pairs = {
            {"TRUE", "TRUE"},
            {"FALSE", "FALSE"},
            {"TRUE", "MOSTLY_TRUE"},
            {"MISLEADING", "MISLEADING"},
            {"TRUE", "FALSE"},
            {"MOSTLY_TRUE", "MOSTLY_TRUE"},
            {"FALSE", "MISLEADING"}
        };
        boolean adjudicated = false;
        for (int k = 0; k < claims.size() && k < pairs.length; k++) {
            Claim c = claims.get(k);
            app.claims().act(c.id(), ClaimAction.ACCEPT, null, null, WANG);
            clock.advance(Duration.ofHours(3));
            app.blind().submit(c.id(), label(app, pairs[k][0]), "My reading of the source.", WANG);
            app.blind().submit(c.id(), label(app, pairs[k][1]), "The source says so.", GRACE);
            if (!pairs[k][0].equals(pairs[k][1]) && !adjudicated) {
                clock.advance(Duration.ofHours(20));
                app.blind().adjudicate(c.id(), label(app, pairs[k][1]), "The second reading is right.", AMARA);
                adjudicated = true;
            }
        }
    }

    private static long label(AppServices app, String code) {
        return app.scales().defaultScale().labelByCode(code).orElseThrow().id();
    }

    private static String text(String resource) {
        try (var in = DeskFixture.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
