package dev.claimdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.AuditEvent;
import dev.claimdesk.domain.ChangedMeanwhileException;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.Reliability;
import dev.claimdesk.domain.Review;
import dev.claimdesk.domain.ReviewKind;
import dev.claimdesk.domain.SearchQuery;
import dev.claimdesk.domain.SourceType;
import dev.claimdesk.domain.Stance;
import dev.claimdesk.testsupport.MutableClock;
import dev.claimdesk.testsupport.PgDatabase;
import dev.claimdesk.testsupport.PostgresTest;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The service contract on both backends, with the same assertions: a database file and a team
 * server (reviewers are real logins there). Covers the review journey with four-eyes approval,
 * the CSV read back, search, and stale versions refused with the plain message (issue 13, item 3).
 */
@PostgresTest
class BothBackendsContractTest {
    static final Instant T0 = Instant.parse("2026-03-10T10:00:00Z");
    static PgDatabase server;

    @TempDir
    Path dir;

    MutableClock clock = new MutableClock(T0, ZoneOffset.UTC);
    Desk desk;

    @BeforeAll
    static void server(PgDatabase db) {
        server = db;
    }

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
    }

    private Desk desk(Desk.Backend backend) {
        desk = Desk.create(backend, server, dir, clock);
        return desk;
    }

    /** The demo article imported by ada, and its first proposed claim. */
    private Claim importedClaim(Desk d) {
        Article article =
                DemoArticle.importInto(d.as("ada").articles(), d.name("ada")).article();
        return d.as("ada").claims().listByArticle(article.id()).get(0);
    }

    private static Evidence evidence(long claimId, String title, String by) {
        return new Evidence(
                0,
                claimId,
                "https://stats.example.org/battery",
                title,
                "Statistics office",
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 9),
                "The park stores 1.2 GWh.",
                Stance.REFUTES,
                SourceType.PRIMARY,
                Reliability.A,
                null,
                null,
                null,
                by,
                T0);
    }

    private long falseLabel(AppServices app) {
        return app.scales().defaultScale().labelByCode("FALSE").orElseThrow().id();
    }

    @ParameterizedTest
    @EnumSource(Desk.Backend.class)
    void theWholeReviewJourneyEndsApprovedByASecondPersonAndExported(Desk.Backend backend) throws IOException {
        Desk d = desk(backend);
        AppServices ada = d.as("ada");
        Claim proposed = importedClaim(d);
        assertThat(proposed.state()).isEqualTo(ClaimState.PROPOSED);
        assertThat(proposed.createdBy()).isEqualTo(d.name("ada"));

        ada.claims().act(proposed.id(), ClaimAction.ACCEPT, null, null, d.name("ada"));
        ada.evidence().add(evidence(proposed.id(), "Battery register 2026", d.name("ada")), d.name("ada"));
        ada.claims().setVerdict(proposed.id(), falseLabel(ada), "The register says 1.2 GWh.", d.name("ada"));
        ada.claims().act(proposed.id(), ClaimAction.SUBMIT_FOR_REVIEW, null, null, d.name("ada"));

        AppServices eve = d.as("eve");
        Claim approved = eve.claims().act(proposed.id(), ClaimAction.APPROVE, "Agreed.", null, d.name("eve"));

        assertThat(approved.state()).isEqualTo(ClaimState.APPROVED);
        Claim stored = eve.claims().get(proposed.id());
        assertThat(stored.state()).isEqualTo(ClaimState.APPROVED);
        assertThat(stored.verdictBy()).isEqualTo(d.name("ada"));
        assertThat(stored.assignee()).isEqualTo(d.name("ada"));
        assertThat(stored.version()).isEqualTo(approved.version());
        List<Review> reviews = eve.claims().reviews(proposed.id());
        assertThat(reviews).extracting(Review::kind).containsExactly(ReviewKind.PROPOSAL, ReviewKind.APPROVAL);
        assertThat(reviews.get(1).reviewer()).isEqualTo(d.name("eve"));

        StringWriter csv = new StringWriter();
        eve.exports().export(new ExportService.Options(ExportService.Kind.CSV, 0, false, false, null, null, null), csv);
        Map<String, CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(csv.toString()))
                .stream()
                .collect(Collectors.toMap(r -> r.get("claim_id"), r -> r));
        CSVRecord row = rows.get(String.valueOf(proposed.id()));
        assertThat(row.get("state")).isEqualTo("APPROVED");
        assertThat(row.get("verdict")).isEqualTo("False");
        assertThat(row.get("reviewer")).isEqualTo(d.name("ada"));
        assertThat(row.get("approved_by")).isEqualTo(d.name("eve"));
        assertThat(row.get("evidence_count")).isEqualTo("1");
        assertThat(row.get("refuting")).isEqualTo("1");
        assertThat(rows)
                .hasSize(ada.claims().listByArticle(proposed.articleId()).size());
    }

    @ParameterizedTest
    @EnumSource(Desk.Backend.class)
    void approvingOnesOwnVerdictIsRefusedAndChangesNothing(Desk.Backend backend) {
        Desk d = desk(backend);
        AppServices ada = d.as("ada");
        Claim c = importedClaim(d);
        ada.claims().act(c.id(), ClaimAction.ACCEPT, null, null, d.name("ada"));
        ada.claims().setVerdict(c.id(), falseLabel(ada), "Checked.", d.name("ada"));
        Claim ready = ada.claims().act(c.id(), ClaimAction.SUBMIT_FOR_REVIEW, null, null, d.name("ada"));

        assertThatThrownBy(() -> ada.claims().act(c.id(), ClaimAction.APPROVE, null, null, d.name("ada")))
                .isInstanceOf(ClaimDeskException.class)
                .extracting(e -> ((ClaimDeskException) e).problem())
                .isEqualTo(ClaimDeskException.Problem.RULE_VIOLATION);
        assertThat(ada.claims().get(c.id())).isEqualTo(ready);
    }

    @ParameterizedTest
    @EnumSource(Desk.Backend.class)
    void everyChangeRaisesTheVersionByOneAndTheServiceReturnsTheStoredOne(Desk.Backend backend) {
        Desk d = desk(backend);
        AppServices ada = d.as("ada");
        Claim c = importedClaim(d);
        assertThat(c.version()).isEqualTo(1);
        Claim accepted = ada.claims().act(c.id(), ClaimAction.ACCEPT, null, null, d.name("ada"));
        assertThat(accepted.version()).isEqualTo(2);
        Claim assigned = ada.claims().assign(c.id(), accepted.version(), d.name("bea"), d.name("ada"));
        assertThat(assigned.version()).isEqualTo(3);
        assertThat(ada.claims().get(c.id())).isEqualTo(assigned);

        Evidence e = ada.evidence().add(evidence(c.id(), "Register", d.name("ada")), d.name("ada"));
        Evidence stored = ada.evidence().listByClaim(c.id()).get(0);
        assertThat(stored.version()).isEqualTo(1);
        Evidence edited = ada.evidence().update(withTitle(stored, "Register 2026"), d.name("ada"));
        assertThat(edited.version()).isEqualTo(2);
        assertThat(e.id()).isEqualTo(edited.id());
    }

    @ParameterizedTest
    @EnumSource(Desk.Backend.class)
    void aChangeBasedOnAnOlderClaimIsRefusedSayingWhoChangedItAndWhen(Desk.Backend backend) {
        Desk d = desk(backend);
        Claim c = importedClaim(d);
        AppServices ada = d.as("ada");
        AppServices bea = d.as("bea");
        Claim seenByAda = ada.claims().get(c.id());

        Claim beas = bea.claims().act(c.id(), ClaimAction.ACCEPT, null, null, d.name("bea"));
        long auditRows = ada.claims().history(c.id()).size();
        clock.advance(Duration.ofSeconds(70));

        assertThatThrownBy(() -> ada.claims()
                        .act(
                                c.id(),
                                seenByAda.version(),
                                ClaimAction.DISMISS,
                                null,
                                dev.claimdesk.domain.DismissReason.OPINION,
                                d.name("ada")))
                .isInstanceOfSatisfying(ChangedMeanwhileException.class, e -> {
                    assertThat(e.userMessage())
                            .isEqualTo(d.name("bea") + " changed this claim a minute ago; nothing was saved."
                                    + " ClaimDesk shows the claim as it is now.");
                    assertThat(e.problem()).isEqualTo(ClaimDeskException.Problem.CHANGED_MEANWHILE);
                    assertThat(e.currentClaim()).contains(beas);
                    assertThat(e.changedBy()).isEqualTo(d.name("bea"));
                });
        assertThat(ada.claims().get(c.id())).isEqualTo(beas);
        assertThat(ada.claims().history(c.id())).hasSize((int) auditRows);

        // Based on the version bea left, the same change goes through.
        Claim dismissed = ada.claims()
                .act(
                        c.id(),
                        beas.version(),
                        ClaimAction.DISMISS,
                        null,
                        dev.claimdesk.domain.DismissReason.OPINION,
                        d.name("ada"));
        assertThat(dismissed.state()).isEqualTo(ClaimState.DISMISSED);
    }

    @ParameterizedTest
    @EnumSource(Desk.Backend.class)
    void aReviewersOwnStepsSinceTheVersionTheySawDoNotCountAsAChangeMeanwhile(Desk.Backend backend) {
        Desk d = desk(backend);
        Claim c = importedClaim(d);
        AppServices ada = d.as("ada");
        Claim seen = ada.claims().get(c.id());
        long label =
                ada.scales().defaultScale().labelByCode("FALSE").orElseThrow().id();

        ada.claims().act(c.id(), seen.version(), ClaimAction.ACCEPT, null, null, d.name("ada"));
        ada.claims().setVerdict(c.id(), seen.version(), label, "The records say otherwise.", d.name("ada"));
        Claim submitted =
                ada.claims().act(c.id(), seen.version(), ClaimAction.SUBMIT_FOR_REVIEW, null, null, d.name("ada"));
        assertThat(submitted.state()).isEqualTo(ClaimState.READY_FOR_REVIEW);

        // Once someone else changed it, the same old version is refused, naming them.
        d.as("eve").claims().act(c.id(), 0, ClaimAction.RETURN, "Cite the report.", null, d.name("eve"));
        assertThatThrownBy(() -> ada.claims()
                        .act(c.id(), seen.version(), ClaimAction.SUBMIT_FOR_REVIEW, null, null, d.name("ada")))
                .isInstanceOfSatisfying(
                        ChangedMeanwhileException.class,
                        e -> assertThat(e.changedBy()).isEqualTo(d.name("eve")));
    }

    @ParameterizedTest
    @EnumSource(Desk.Backend.class)
    void anEditOfAnOlderEvidenceItemIsRefusedAndTheOtherEditStays(Desk.Backend backend) {
        Desk d = desk(backend);
        Claim c = importedClaim(d);
        AppServices ada = d.as("ada");
        AppServices bea = d.as("bea");
        ada.claims().act(c.id(), ClaimAction.ACCEPT, null, null, d.name("ada"));
        ada.evidence().add(evidence(c.id(), "Register", d.name("ada")), d.name("ada"));
        Evidence seenByAda = ada.evidence().listByClaim(c.id()).get(0);
        Evidence seenByBea = bea.evidence().listByClaim(c.id()).get(0);

        Evidence beas = bea.evidence().update(withTitle(seenByBea, "Bea's title"), d.name("bea"));
        clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> ada.evidence().update(withTitle(seenByAda, "Ada's title"), d.name("ada")))
                .isInstanceOfSatisfying(ChangedMeanwhileException.class, e -> {
                    assertThat(e.userMessage())
                            .isEqualTo(d.name("bea") + " changed this evidence item 5 minutes ago; nothing was"
                                    + " saved. ClaimDesk shows the item as it is now.");
                    assertThat(e.currentEvidence()).contains(beas);
                });
        assertThat(ada.evidence().listByClaim(c.id())).containsExactly(beas);
    }

    @ParameterizedTest
    @EnumSource(Desk.Backend.class)
    void searchFindsTheSameClaimsByPrefixAcrossTextAndEvidence(Desk.Backend backend) {
        Desk d = desk(backend);
        Claim c = importedClaim(d);
        AppServices ada = d.as("ada");
        ada.claims().act(c.id(), ClaimAction.ACCEPT, null, null, d.name("ada"));
        ada.evidence().add(evidence(c.id(), "Zanzibarian register", d.name("ada")), d.name("ada"));
        long article = c.articleId();

        assertThat(ada.claims().search(article, SearchQuery.parse("zanzibar"))).containsExactly(c.id());
        String firstWord = c.text().split("[^\\p{L}]+")[0].length() > 3
                ? c.text().split("[^\\p{L}]+")[0]
                : c.text().split("[^\\p{L}]+")[1];
        assertThat(ada.claims().search(article, SearchQuery.parse("zanzib " + firstWord.toUpperCase())))
                .containsExactly(c.id());
        assertThat(ada.claims().search(article, SearchQuery.parse("zanzibar nowhereword")))
                .isEmpty();
        assertThat(ada.claims().search(article, SearchQuery.parse("\"it's & | ! (:*")))
                .isEmpty();
        assertThat(ada.claims().search(article, SearchQuery.NONE)).isEmpty();
    }

    @Test
    void onTheServerTheSignedInLoginIsTheReviewerWhateverNameIsGiven() {
        Desk d = desk(Desk.Backend.POSTGRESQL);
        AppServices ada = d.as("ada");
        Claim c = importedClaim(d);
        Claim accepted = ada.claims().act(c.id(), ClaimAction.ACCEPT, null, null, "mallory");
        assertThat(ada.signedInReviewer()).contains(d.name("ada"));
        assertThat(ada.reviewerFor("mallory")).isEqualTo(d.name("ada"));
        List<AuditEvent> history = ada.claims().history(c.id());
        assertThat(history).extracting(AuditEvent::actor).containsOnly(d.name("ada"));
        assertThat(accepted.state()).isEqualTo(ClaimState.OPEN);
        assertThatThrownBy(() -> ada.reviewers().findOrCreate("mallory", "M"))
                .isInstanceOf(ClaimDeskException.class)
                .hasMessageContaining("On a team server you work as your login, " + d.name("ada"));
    }

    private static Evidence withTitle(Evidence e, String title) {
        return new Evidence(
                e.id(),
                e.claimId(),
                e.url(),
                title,
                e.publisher(),
                e.publishedOn(),
                e.accessedOn(),
                e.quote(),
                e.stance(),
                e.sourceType(),
                e.reliability(),
                e.note(),
                e.attachmentPath(),
                e.attachmentSha256(),
                e.createdBy(),
                e.createdAt(),
                e.version());
    }
}
