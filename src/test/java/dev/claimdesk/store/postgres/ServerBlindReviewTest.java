package dev.claimdesk.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.testsupport.PgDatabase;
import dev.claimdesk.testsupport.PostgresTest;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The adjudicator's decision on the server: an editor's, on two differing blind verdicts, never a rater's. */
@PostgresTest
class ServerBlindReviewTest {
    static TeamDesk desk;

    @BeforeAll
    static void setUp(PgDatabase db) {
        desk = TeamDesk.setUp(db);
    }

    private long blindClaim() throws SQLException {
        long article = desk.article("ada");
        desk.update("ada", "UPDATE article SET review_mode = 'BLIND' WHERE id = ?", article);
        return desk.claim("ada", article, "IN_RESEARCH");
    }

    private void blindVerdict(String who, long claim, long label) throws SQLException {
        desk.update(
                who,
                "INSERT INTO review (claim_id, reviewer, label_id, rationale, kind, created_at)"
                        + " VALUES (?, 'x', ?, 'Because.', 'BLIND', now())",
                claim,
                label);
    }

    private int adjudicate(String who, long claim) throws SQLException {
        return desk.update(
                who,
                "UPDATE claim SET verdict_label_id = 5, rationale = 'Decided.', state = 'APPROVED' WHERE id = ?",
                claim);
    }

    @Test
    void onlyTwoDifferingBlindVerdictsAreAdjudicatedAndNeverByOneOfTheirReviewers() throws SQLException {
        long claim = blindClaim();
        desk.assertRefused(
                ServerRule.NOTHING_TO_ADJUDICATE,
                "Only a claim with two differing blind verdicts is adjudicated.",
                () -> adjudicate("eve", claim));
        blindVerdict("eli", claim, 1);
        blindVerdict("bea", claim, 5);
        desk.assertRefused(
                ServerRule.FOUR_EYES,
                "You gave one of the two verdicts, so a third reviewer has to adjudicate.",
                () -> adjudicate("eli", claim));
        desk.assertRefused(
                ServerRule.EDITORS_ONLY,
                "Only an editor can adjudicate a claim; ask an editor of your desk.",
                () -> adjudicate("ada", claim));
        assertThat(adjudicate("eve", claim)).isEqualTo(1);
        assertThat(desk.one("ada", "SELECT state || ' ' || verdict_by FROM claim WHERE id = ?", claim))
                .isEqualTo("APPROVED " + desk.login("eve"));
    }

    @Test
    void agreeingBlindVerdictsAreNotAdjudicated() throws SQLException {
        long claim = blindClaim();
        blindVerdict("ada", claim, 1);
        blindVerdict("bea", claim, 1);
        desk.assertRefused(
                ServerRule.NOTHING_TO_ADJUDICATE,
                "Only a claim with two differing blind verdicts is adjudicated.",
                () -> adjudicate("eve", claim));
        assertThat(desk.one("ada", "SELECT state FROM claim WHERE id = ?", claim))
                .isEqualTo("IN_RESEARCH");
    }
}
