package dev.claimdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.DeskStats;
import dev.claimdesk.domain.DismissReason;
import dev.claimdesk.domain.ReviewMode;
import dev.claimdesk.testsupport.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's figures from a real database whose every step happened at a known time. */
class StatsServiceTest {
    @TempDir
    static Path dir;

    MutableClock clock;
    AppServices app;
    long fourEyes;
    long blind;

    static long label(AppServices app, String code) {
        return app.scales().defaultScale().labelByCode(code).orElseThrow().id();
    }

    /**
     * Article 1 (four-eyes), imported 1 Dec 10:00: claim a approved 1 Dec 16:00 (6 h), claim b approved
     * 3 Dec 10:00 (48 h), claim c dismissed, claim d in research (ada's). Article 2 (blind), imported
     * 2 Dec 10:00: claim e agreed (TRUE) and approved by cai 2 Dec 12:00 (2 h); claim f TRUE against
     * FALSE: awaiting adjudication.
     */
    @BeforeEach
    void aDeskAtWork() {
        clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
        app = AppServices.open(dir.resolve("stats-" + System.nanoTime() + ".db"), clock);
        fourEyes =
                article("Sales rose 40 percent.\nThe plant is the largest.\nIt is lovely.\nIt has 3 towers.", "Four");
        Claim a = app.claims().addManual(fourEyes, 0, 22, "ada");
        Claim b = app.claims().addManual(fourEyes, 23, 49, "ada");
        Claim c = app.claims().addManual(fourEyes, 50, 62, "ada");
        Claim d = app.claims().addManual(fourEyes, 63, 79, "ada");
        app.claims().act(c.id(), ClaimAction.DISMISS, null, DismissReason.OPINION, "ada");
        app.reviewers().findOrCreate("ada", "A");
        app.claims().assign(d.id(), "ada", "ada");
        app.claims().act(d.id(), ClaimAction.START_RESEARCH, null, null, "ada");
        clock.set(Instant.parse("2026-12-01T16:00:00Z"));
        propose(a, "FALSE", "ada");
        app.claims().act(a.id(), ClaimAction.APPROVE, null, null, "bea");
        propose(b, "TRUE", "bea");
        clock.set(Instant.parse("2026-12-03T10:00:00Z"));
        app.claims().act(b.id(), ClaimAction.APPROVE, null, null, "ada");

        clock.set(Instant.parse("2026-12-02T10:00:00Z"));
        blind = article("The dam holds 5 cubic kilometres.\nIt opened in 1961.", "Blind");
        app.blind().setMode(blind, ReviewMode.BLIND, ReviewMode.OnAgreement.REVIEW, "ada");
        Claim e = app.claims().addManual(blind, 0, 33, "ada");
        Claim f = app.claims().addManual(blind, 34, 51, "ada");
        clock.set(Instant.parse("2026-12-02T12:00:00Z"));
        app.blind().submit(e.id(), label(app, "TRUE"), "Yes.", "ada");
        app.blind().submit(e.id(), label(app, "TRUE"), "Yes.", "bea");
        app.claims().act(e.id(), ClaimAction.APPROVE, null, null, "cai");
        app.blind().submit(f.id(), label(app, "TRUE"), "Yes.", "ada");
        app.blind().submit(f.id(), label(app, "FALSE"), "No.", "bea");
    }

    private long article(String text, String title) {
        return app.articles()
                .importText(text, ArticleFormat.PASTE, new ArticleMetadata(title, null, null, null, null), "en", "ada")
                .article()
                .id();
    }

    private void propose(Claim c, String code, String who) {
        app.claims().setVerdict(c.id(), label(app, code), "Because.", who);
        app.claims().act(c.id(), ClaimAction.SUBMIT_FOR_REVIEW, null, null, who);
    }

    @Test
    void everyFigureOfTheDesk() {
        DeskStats s = app.stats().stats(0, null);
        assertThat(s.articles()).hasSize(2);
        DeskStats.ArticleStates first = s.articles().get(0);
        assertThat(first.claims())
                .containsEntry(ClaimState.APPROVED, 2L)
                .containsEntry(ClaimState.DISMISSED, 1L)
                .containsEntry(ClaimState.IN_RESEARCH, 1L);
        assertThat(s.articles().get(1).claims())
                .containsEntry(ClaimState.APPROVED, 1L)
                .containsEntry(ClaimState.IN_RESEARCH, 1L);
        assertThat(s.verdicts())
                .extracting(DeskStats.VerdictCount::code, DeskStats.VerdictCount::claims)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("TRUE", 2L),
                        org.assertj.core.groups.Tuple.tuple("FALSE", 1L));
        assertThat(s.approvedPerDay())
                .containsExactly(
                        java.util.Map.entry(LocalDate.parse("2026-12-01"), 1L),
                        java.util.Map.entry(LocalDate.parse("2026-12-02"), 1L),
                        java.util.Map.entry(LocalDate.parse("2026-12-03"), 1L));
        assertThat(s.medianImportToApproval()).contains(Duration.ofHours(6));
        assertThat(s.reviewers()).extracting(DeskStats.ReviewerWork::reviewer).containsExactly("ada", "bea", "cai");
        DeskStats.ReviewerWork ada = s.reviewers().get(0);
        assertThat(ada.open()).isEqualTo(1); // claim d (the blind claims were never assigned)
        assertThat(ada.verdictsGiven()).isEqualTo(3); // a proposed, e and f blind
        assertThat(ada.decisions()).isEqualTo(1); // approved b
        assertThat(s.agreement().pairableUnits()).isEqualTo(2);
        assertThat(s.agreement().observed().getAsDouble()).isEqualTo(0.5);
        assertThat(s.agreement().oppositeEnds()).isEqualTo(1);
        assertThat(s.adjudicationBacklog()).isEqualTo(1);
    }

    @Test
    void theSameVerdictsGiveTheSameIntervalInEverySlice() {
        // Only the blind article has blind verdicts: all articles and that one hold the same claims.
        var whole = app.blind().agreement(0, null);
        var one = app.blind().agreement(blind, null);
        assertThat(whole.pairableUnits()).isEqualTo(one.pairableUnits());
        assertThat(whole.alphaInterval()).isEqualTo(one.alphaInterval());
        assertThat(whole.alpha()).isEqualTo(one.alpha());
    }

    @Test
    void oneArticleAndOnePeriod() {
        DeskStats onlyBlind = app.stats().stats(blind, null);
        assertThat(onlyBlind.articles())
                .extracting(DeskStats.ArticleStates::articleId)
                .containsExactly(blind);
        assertThat(onlyBlind.medianImportToApproval()).contains(Duration.ofHours(2));
        assertThat(onlyBlind.adjudicationBacklog()).isEqualTo(1);
        assertThat(app.stats().stats(fourEyes, null).agreement().pairableUnits())
                .isZero();

        DeskStats late = app.stats().stats(0, LocalDate.parse("2026-12-03"));
        assertThat(late.approvedPerDay()).containsOnlyKeys(LocalDate.parse("2026-12-03"));
        assertThat(late.medianImportToApproval()).contains(Duration.ofHours(48));
        assertThat(late.agreement().pairableUnits()).isZero();
        assertThat(late.articles()).hasSize(2); // states are as they stand now
    }
}
