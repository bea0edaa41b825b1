package dev.claimdesk.store;

import static dev.claimdesk.store.StoreFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.AuditEvent;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.DismissReason;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.Reliability;
import dev.claimdesk.domain.Review;
import dev.claimdesk.domain.ReviewKind;
import dev.claimdesk.domain.Reviewer;
import dev.claimdesk.domain.SourceType;
import dev.claimdesk.domain.Stance;
import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.domain.VerdictScale;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreRoundTripTest {
    @TempDir
    Path dir;

    Store store;

    @BeforeEach
    void open() {
        store = TempStore.in(dir);
    }

    private long newArticle() {
        return store.write(tx -> tx.articles().insert(StoreFixtures.article("Body text. 60 percent.")));
    }

    @Test
    void everyCommittedWriteIsHeardAndARefusedOneIsNot() {
        java.util.concurrent.atomic.AtomicInteger heard = new java.util.concurrent.atomic.AtomicInteger();
        store.onChanged(heard::incrementAndGet);
        long article = newArticle();
        assertThat(heard).hasValue(1);
        long claim = store.write(tx -> tx.claims().insert(StoreFixtures.claim(article, "x")));
        Claim stale = store.read(tx -> tx.claims().find(claim)).orElseThrow();
        store.write(tx -> tx.claims().update(stale.toBuilder().claimant("Ada").build()));
        assertThat(heard).hasValue(3);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.write(tx ->
                        tx.claims().update(stale.toBuilder().claimant("Bea").build())))
                .isInstanceOf(dev.claimdesk.domain.ChangedMeanwhileException.class);
        assertThat(heard).hasValue(3);
        assertThat(store.read(tx -> tx.claims().find(claim)).orElseThrow().claimant())
                .isEqualTo("Ada");
    }

    @Test
    void sqliteRaisesVersionsItselfAndRefusesAnyOtherValue() {
        long article = newArticle();
        long claim = store.write(tx -> tx.claims().insert(StoreFixtures.claim(article, "x")));
        org.jdbi.v3.core.Jdbi raw = org.jdbi.v3.core.Jdbi.create("jdbc:sqlite:" + store.file());
        raw.useHandle(h -> h.execute("UPDATE claim SET claimant = 'Ada' WHERE id = ?", claim));
        long version = raw.withHandle(h -> h.createQuery("SELECT version FROM claim WHERE id = " + claim)
                .mapTo(Long.class)
                .one());
        assertThat(version).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> raw.useHandle(h -> h.execute("UPDATE claim SET version = 7 WHERE id = ?", claim)))
                .hasMessageContaining("the version of a claim is kept by the database");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> raw.useHandle(h -> h.execute(
                        "INSERT INTO evidence (claim_id, stance, reliability, created_by, created_at, version)"
                                + " VALUES (?, 'SUPPORTS', 'A', 'x', 'x', 5)",
                        claim)))
                .hasMessageContaining("a new evidence item starts at version 1");
    }

    @Test
    void articleRoundTripKeepsEveryField() {
        Article a = StoreFixtures.article("第一段。\n\nSecond paragraph, \"quoted\".");
        long id = store.write(tx -> tx.articles().insert(a));

        Article back = store.read(tx -> tx.articles().find(id)).orElseThrow();

        assertThat(back).isEqualTo(a.withId(id));
        var read1 = store.read(tx -> tx.articles().findByBodySha256(a.bodySha256()));
        assertThat(read1).contains(back);
    }

    @Test
    void articleMetadataCanChangeButBodyCannot() {
        long id = newArticle();
        store.write(tx -> tx.articles()
                .updateMetadata(id, new ArticleMetadata("New title", "Outlet", null, null, LocalDate.of(2024, 1, 2))));

        Article back = store.read(tx -> tx.articles().find(id)).orElseThrow();
        assertThat(back.title()).isEqualTo("New title");
        assertThat(back.author()).isNull();
        assertThat(back.publishedOn()).isEqualTo(LocalDate.of(2024, 1, 2));
    }

    @Test
    void claimRoundTripKeepsJsonColumnsAndNullables() {
        long articleId = newArticle();
        Claim c = StoreFixtures.claim(articleId, "Unitree has a 60 percent share of the global market.");
        long id = store.write(tx -> tx.claims().insert(c));

        Claim back = store.read(tx -> tx.claims().find(id)).orElseThrow();
        assertThat(back).isEqualTo(c.withId(id).toBuilder().version(1).build());

        Claim changed = back.toBuilder()
                .state(ClaimState.DISMISSED)
                .dismissReason(DismissReason.OPINION)
                .updatedAt(T0.plusSeconds(60))
                .build();
        store.write(tx -> {
            tx.claims().update(changed);
            return null;
        });
        var read2 = store.read(tx -> tx.claims().listByArticle(articleId));
        assertThat(read2).containsExactly(changed.toBuilder().version(2).build());
    }

    @Test
    void evidenceRoundTripUpdateAndDelete() {
        long claimId = store.write(tx -> tx.claims().insert(StoreFixtures.claim(newArticleId(tx), "x")));
        Evidence e = evidence(claimId, "The joint rotates 360 degrees.");
        long id = store.write(tx -> tx.evidence().insert(e));
        var read3 = store.read(tx -> tx.evidence().find(id));
        assertThat(read3).contains(e.withId(id).withVersion(1));

        Evidence changed = new Evidence(
                id,
                claimId,
                null,
                "Other",
                null,
                null,
                null,
                null,
                Stance.SUPPORTS,
                null,
                Reliability.F,
                null,
                null,
                null,
                "Ada",
                T0,
                1);
        store.write(tx -> {
            tx.evidence().update(changed);
            return null;
        });
        var read4 = store.read(tx -> tx.evidence().listByClaim(claimId));
        assertThat(read4).containsExactly(changed.withVersion(2));

        store.write(tx -> tx.evidence().delete(id));
        var read5 = store.read(tx -> tx.evidence().listByClaim(claimId));
        assertThat(read5).isEmpty();
    }

    @Test
    void reviewAndReviewerRoundTrip() {
        long claimId = store.write(tx -> tx.claims().insert(StoreFixtures.claim(newArticleId(tx), "x")));
        long labelId = store.read(tx ->
                tx.scales().defaultScale().labelByCode("FALSE").orElseThrow().id());
        Review r = new Review(0, claimId, "Ada", labelId, "No such study exists.", ReviewKind.PROPOSAL, T0);
        long id = store.write(tx -> tx.reviews().insert(r));
        var read6 = store.read(tx -> tx.reviews().listByClaim(claimId));
        assertThat(read6)
                .containsExactly(
                        new Review(id, claimId, "Ada", labelId, "No such study exists.", ReviewKind.PROPOSAL, T0));

        long reviewerId = store.write(tx -> tx.reviewers().insert(new Reviewer(0, "李华", "LH")));
        var read7 = store.read(tx -> tx.reviewers().find(reviewerId));
        assertThat(read7).contains(new Reviewer(reviewerId, "李华", "LH"));
        var read8 = store.read(tx -> tx.reviewers().findByName("李华"));
        assertThat(read8).isPresent();
    }

    @Test
    void defaultScaleIsSeededAndCustomScalesRoundTrip() {
        VerdictScale def = store.read(tx -> tx.scales().defaultScale());
        assertThat(def.labels())
                .extracting(VerdictLabel::name)
                .containsExactly(
                        "True",
                        "Mostly true",
                        "Half true",
                        "Mostly false",
                        "False",
                        "Misleading / missing context",
                        "Unverifiable",
                        "Not a factual claim");
        assertThat(def.bestOrdinal()).isEqualTo(5);
        assertThat(def.worstOrdinal()).isEqualTo(1);
        var read9 = store.read(tx -> tx.scales().list());
        assertThat(read9).extracting(VerdictScale::code).contains("POLITIFACT", "WAPO", "META");

        VerdictScale mine = new VerdictScale(
                0,
                "NEWSROOM",
                "Our scale",
                List.of(
                        new VerdictLabel(0, 0, "OK", "Correct", 2, "#00aa00", "1", 1),
                        new VerdictLabel(0, 0, "WRONG", "Wrong", 1, "#aa0000", "2", 2)));
        long id = store.write(tx -> tx.scales().insert(mine));
        VerdictScale back = store.read(tx -> tx.scales().findByCode("NEWSROOM")).orElseThrow();
        assertThat(back.id()).isEqualTo(id);
        assertThat(back.labels()).extracting(VerdictLabel::code).containsExactly("OK", "WRONG");
    }

    @Test
    void auditRoundTripAndAppendOnly() throws SQLException {
        AuditEvent e = new AuditEvent(
                0, T0, "Ada", "claim", 7, "dismiss", "{\"state\":\"OPEN\"}", "{\"state\":\"DISMISSED\"}");
        long id = store.write(tx -> tx.audit().append(e));
        var read10 = store.read(tx -> tx.audit().listFor("claim", 7));
        assertThat(read10).containsExactly(new AuditEvent(id, T0, "Ada", "claim", 7, "dismiss", e.before(), e.after()));

        // Any connection, not only ClaimDesk's DAOs (which have no such statements), is refused.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
                Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("UPDATE audit_log SET actor = 'Eve'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM audit_log"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
        var read11 = store.read(tx -> tx.audit().count());
        assertThat(read11).isEqualTo(1);
    }

    @Test
    void foreignKeyViolationsAreRejectedAndNothingIsWritten() {
        assertThatThrownBy(() -> store.write(tx -> tx.claims().insert(StoreFixtures.claim(999, "orphan"))))
                .isInstanceOf(ClaimDeskException.class)
                .satisfies(t -> assertThat(((ClaimDeskException) t).problem())
                        .isEqualTo(ClaimDeskException.Problem.INVALID_INPUT));
        assertThatThrownBy(() -> store.write(tx -> tx.evidence().insert(evidence(12345, "q"))))
                .isInstanceOf(ClaimDeskException.class);
        var read12 = store.read(tx -> tx.claims().countByArticle(999));
        assertThat(read12).isZero();
    }

    @Test
    void aFailedUnitOfWorkLeavesNothingBehind() {
        assertThatThrownBy(() -> store.write(tx -> {
                    tx.articles().insert(StoreFixtures.article("first"));
                    return tx.claims().insert(StoreFixtures.claim(424242, "no such article"));
                }))
                .isInstanceOf(ClaimDeskException.class);
        var read13 = store.read(tx -> tx.articles().count());
        assertThat(read13).isZero();
    }

    private static long newArticleId(Tx tx) {
        return tx.articles().insert(StoreFixtures.article("Body"));
    }

    static Evidence evidence(long claimId, String quote) {
        return new Evidence(
                0,
                claimId,
                "https://example.org/spec",
                "Unitree H1 specification",
                "Unitree",
                LocalDate.of(2024, 5, 1),
                LocalDate.of(2025, 2, 12),
                quote,
                Stance.REFUTES,
                SourceType.SELF_INTERESTED,
                Reliability.C,
                "Spec sheet",
                null,
                null,
                "Ada",
                T0);
    }
}
