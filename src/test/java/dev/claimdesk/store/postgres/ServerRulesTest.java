package dev.claimdesk.store.postgres;

import static dev.claimdesk.store.postgres.TeamDesk.assertDenied;
import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.testsupport.PgDatabase;
import dev.claimdesk.testsupport.PostgresTest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the server enforces whoever the client is: plain JDBC signed in as a reviewer (or an
 * editor, an admin, the owner) cannot forge who did something, rewrite the history or change what
 * only admins may change. The workflow's rules are in {@link ServerWorkflowTest}.
 */
@PostgresTest
class ServerRulesTest {
    static TeamDesk desk;

    @BeforeAll
    static void setUp(PgDatabase db) {
        desk = TeamDesk.setUp(db);
    }

    private long auditRow(String who, String actor) throws SQLException {
        return Long.parseLong(desk.one(
                who,
                "INSERT INTO audit_log (at, actor, entity, entity_id, action, after)"
                        + " VALUES (now(), ?, 'claim', 1, 'accept', '{\"state\": \"OPEN\"}') RETURNING id",
                actor));
    }

    @Test
    void aReviewerCannotChangeDeleteOrEmptyTheHistory() throws SQLException {
        long id = auditRow("ada", "ada");
        assertDenied(() -> desk.update("ada", "UPDATE audit_log SET action = 'nothing' WHERE id = ?", id));
        assertDenied(() -> desk.update("ada", "DELETE FROM audit_log WHERE id = ?", id));
        assertDenied(() -> desk.update("ada", "TRUNCATE audit_log"));
        assertDenied(() -> desk.update("ada", "DELETE FROM review"));
        assertThat(desk.one("ada", "SELECT action FROM audit_log WHERE id = ?", id))
                .isEqualTo("accept");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "UPDATE audit_log SET actor = 'nobody'",
                "DELETE FROM audit_log",
                "TRUNCATE audit_log",
                "UPDATE review SET rationale = 'rewritten'",
                "DELETE FROM review",
                "TRUNCATE review CASCADE"
            })
    void notEvenTheOwnerRewritesTheHistory(String statement) throws SQLException {
        long claim = desk.claimWithVerdict("ada");
        desk.update(
                "ada",
                "INSERT INTO review (claim_id, reviewer, kind, created_at) VALUES (?, 'x', 'PROPOSAL', now())",
                claim);
        auditRow("ada", "ada");
        String before = desk.one("superuser", "SELECT count(*) || '/' || (SELECT count(*) FROM review) FROM audit_log");

        desk.assertRefused(
                ServerRule.HISTORY_APPEND_ONLY,
                "The history only grows: its entries cannot be changed or deleted.",
                () -> desk.update("owner", statement));

        assertThat(desk.one("superuser", "SELECT count(*) || '/' || (SELECT count(*) FROM review) FROM audit_log"))
                .isEqualTo(before);
    }

    @Test
    void theActorOfAnAuditRowIsTheSignedInReviewerWhateverTheClientSends() throws SQLException {
        long id = auditRow("ada", desk.login("eve"));
        assertThat(desk.one("ada", "SELECT actor FROM audit_log WHERE id = ?", id))
                .isEqualTo(desk.login("ada"));
        long owners = auditRow("owner", desk.login("ada"));
        assertThat(desk.one("ada", "SELECT actor FROM audit_log WHERE id = ?", owners))
                .isEqualTo(desk.db.owner());
        assertThat(desk.one("ada", "SELECT recorded_at IS NOT NULL FROM audit_log WHERE id = ?", id))
                .isEqualTo("t");
    }

    @Test
    void everyWhoColumnIsTheSignedInReviewer() throws SQLException {
        String ada = desk.login("ada");
        long article = desk.article("ada");
        long claim = desk.claim("ada", article, "OPEN");
        long evidence = evidence("ada", claim);
        desk.update(
                "ada", "INSERT INTO claim_check VALUES (?, 'Searched for earlier instances?', 'eve', now())", claim);
        desk.update(
                "ada",
                "INSERT INTO review (claim_id, reviewer, kind, created_at) VALUES (?, 'eve', 'BLIND', now())",
                claim);
        desk.update(
                "ada",
                "INSERT INTO attachment (evidence_id, file_name, content, created_by, created_at)"
                        + " VALUES (?, 'copy.pdf', '\\x2550', 'eve', now())",
                evidence);

        assertThat(desk.one("ada", "SELECT imported_by FROM article WHERE id = ?", article))
                .isEqualTo(ada);
        assertThat(desk.one("ada", "SELECT created_by FROM claim WHERE id = ?", claim))
                .isEqualTo(ada);
        assertThat(desk.one("ada", "SELECT created_by FROM evidence WHERE id = ?", evidence))
                .isEqualTo(ada);
        assertThat(desk.one("ada", "SELECT checked_by FROM claim_check WHERE claim_id = ?", claim))
                .isEqualTo(ada);
        assertThat(desk.one("ada", "SELECT reviewer FROM review WHERE claim_id = ?", claim))
                .isEqualTo(ada);
        assertThat(desk.one("ada", "SELECT created_by FROM attachment WHERE evidence_id = ?", evidence))
                .isEqualTo(ada);

        // An update keeps the writer, whatever it says (the owner may name the column; reviewers may not).
        desk.update("owner", "UPDATE claim SET created_by = 'eve', text = 'Edited.' WHERE id = ?", claim);
        desk.update("owner", "UPDATE evidence SET created_by = 'eve' WHERE id = ?", evidence);
        desk.update("owner", "UPDATE article SET imported_by = 'eve' WHERE id = ?", article);
        assertThat(desk.one("ada", "SELECT created_by FROM claim WHERE id = ?", claim))
                .isEqualTo(ada);
        assertThat(desk.one("ada", "SELECT created_by FROM evidence WHERE id = ?", evidence))
                .isEqualTo(ada);
        assertThat(desk.one("ada", "SELECT imported_by FROM article WHERE id = ?", article))
                .isEqualTo(ada);
        assertDenied(() -> desk.update("ada", "UPDATE claim SET created_by = 'eve' WHERE id = ?", claim));
    }

    @Test
    void theProposerOfAVerdictIsWhoeverLastChangedIt() throws SQLException {
        long claim = desk.claim("ada", desk.article("ada"), "IN_RESEARCH");
        desk.update(
                "ada",
                "UPDATE claim SET verdict_label_id = 1, rationale = 'Checked.', verdict_by = ? WHERE id = ?",
                desk.login("eve"),
                claim);
        assertThat(verdictBy(claim)).isEqualTo(desk.login("ada"));

        desk.update("bea", "UPDATE claim SET rationale = 'Checked again.' WHERE id = ?", claim);
        assertThat(verdictBy(claim)).isEqualTo(desk.login("bea"));

        // Changing anything else, including the proposer column itself, leaves the proposer as it was.
        desk.update("ada", "UPDATE claim SET assignee = 'ada', verdict_by = 'ada' WHERE id = ?", claim);
        assertThat(verdictBy(claim)).isEqualTo(desk.login("bea"));

        desk.update("ada", "UPDATE claim SET verdict_label_id = NULL, rationale = NULL WHERE id = ?", claim);
        assertThat(verdictBy(claim)).isNull();
    }

    @Test
    void aReviewerCannotChangeVerdictScalesOrReviewers() throws SQLException {
        String scales = desk.one("ada", "SELECT count(*) FROM verdict_scale");
        for (String who : new String[] {"ada", "eve"}) {
            assertDenied(() -> desk.update(who, "INSERT INTO verdict_scale (code, name) VALUES ('MINE', 'Mine')"));
            assertDenied(() -> desk.update(who, "UPDATE verdict_scale SET name = 'Renamed'"));
            assertDenied(() -> desk.update(who, "UPDATE verdict_label SET name = 'Very true' WHERE id = 1"));
            assertDenied(() -> desk.update(
                    who,
                    "INSERT INTO verdict_label (scale_id, code, name, colour, sort_order)"
                            + " VALUES (1, 'MAYBE', 'Maybe', '#000000', 9)"));
            assertDenied(() -> desk.update(who, "DELETE FROM verdict_label WHERE id = 8"));
            assertDenied(() -> desk.update(who, "INSERT INTO reviewer (name, initials) VALUES ('mallory', 'M')"));
            assertDenied(() -> desk.update(who, "UPDATE reviewer SET initials = 'X'"));
            assertDenied(() -> desk.update(who, "DELETE FROM reviewer"));
            assertDenied(() -> desk.one(who, "SELECT claimdesk_add_reviewer('mallory', 'M', 'admin', 'x')"));
            assertDenied(() -> desk.update(who, "CREATE ROLE " + desk.login("mallory") + " LOGIN SUPERUSER"));
            assertDenied(() -> desk.update(who, "GRANT " + desk.db.name() + "_admin TO " + desk.login(who)));
        }
        assertThat(desk.one("ada", "SELECT name FROM verdict_label WHERE id = 1"))
                .isEqualTo("True");
        assertThat(desk.one("ada", "SELECT count(*) FROM verdict_scale")).isEqualTo(scales);
    }

    @Test
    void anAdminChangesVerdictScalesAndReviewers() throws SQLException {
        assertThat(desk.update("adm", "INSERT INTO verdict_scale (code, name) VALUES ('DESK', 'Our desk')"))
                .isEqualTo(1);
        // The seeded scales keep ids 1 to 4; new ones are numbered after them.
        String id = desk.one("ada", "SELECT id FROM verdict_scale WHERE code = 'DESK'");
        assertThat(Long.parseLong(id)).isGreaterThan(4);
        assertThat(desk.update(
                        "adm",
                        "INSERT INTO verdict_label (scale_id, code, name, colour, sort_order)"
                                + " VALUES (?, 'SOLID', 'Solid', '#00aa00', 1)",
                        Long.parseLong(id)))
                .isEqualTo(1);
        assertThat(desk.update("adm", "UPDATE reviewer SET initials = 'AL' WHERE name = ?", desk.login("ada")))
                .isEqualTo(1);
    }

    @Test
    void nobodyButTheOwnerCreatesObjectsOrTemporaryTablesThatCouldStandInForTheRules() {
        for (String who : new String[] {"ada", "adm"}) {
            assertDenied(() -> desk.update(who, "CREATE TEMP TABLE claim_transition (from_state text, to_state text)"));
            assertDenied(() -> desk.update(who, "CREATE TABLE public.notes (line text)"));
            assertDenied(() -> desk.update(
                    who,
                    "CREATE FUNCTION public.claimdesk_is(kind text) RETURNS boolean"
                            + " LANGUAGE sql AS 'SELECT true'"));
        }
    }

    @Test
    void aReviewerDeletesNoClaimsArticlesOrReviews() throws SQLException {
        long claim = desk.claim("ada", desk.article("ada"), "OPEN");
        assertDenied(() -> desk.update("ada", "DELETE FROM claim WHERE id = ?", claim));
        assertDenied(() -> desk.update("ada", "DELETE FROM article"));
        assertDenied(() -> desk.update("ada", "UPDATE review SET kind = 'APPROVAL'"));
        assertThat(desk.one("ada", "SELECT count(*) FROM claim WHERE id = ?", claim))
                .isEqualTo("1");
    }

    @Test
    void anArticlesTextNeverChanges() throws SQLException {
        long article = desk.article("ada");
        assertDenied(() -> desk.update("ada", "UPDATE article SET body_text = 'Other.' WHERE id = ?", article));
        desk.assertRefused(
                ServerRule.ARTICLE_TEXT_IMMUTABLE,
                "The text of an imported article cannot change; import the new version as another article.",
                () -> desk.update("owner", "UPDATE article SET body_text = 'Other.' WHERE id = ?", article));
        assertThat(desk.update("ada", "UPDATE article SET title = 'Renamed' WHERE id = ?", article))
                .isEqualTo(1);
    }

    @Test
    void everyUpdateRaisesTheVersionAndAStaleUpdateChangesNothing() throws SQLException {
        long claim = desk.claim("ada", desk.article("ada"), "OPEN");
        assertThat(version("claim", claim)).isEqualTo(1);

        String update = "UPDATE claim SET text = ? WHERE id = ? AND version = ?";
        assertThat(desk.update("ada", update, "Ada's edit.", claim, 1L)).isEqualTo(1);
        assertThat(version("claim", claim)).isEqualTo(2);
        // Bea read version 1 too: her change is refused (no row), Ada's edit stays.
        assertThat(desk.update("bea", update, "Bea's edit.", claim, 1L)).isZero();
        assertThat(desk.one("ada", "SELECT text FROM claim WHERE id = ?", claim))
                .isEqualTo("Ada's edit.");

        assertDenied(() -> desk.update("ada", "UPDATE claim SET version = 1 WHERE id = ?", claim));
        desk.update("owner", "UPDATE claim SET version = 99 WHERE id = ?", claim);
        assertThat(version("claim", claim)).isEqualTo(3);

        long evidence = evidence("ada", claim);
        assertThat(version("evidence", evidence)).isEqualTo(1);
        String change = "UPDATE evidence SET note = ? WHERE id = ? AND version = ?";
        assertThat(desk.update("bea", change, "Seen.", evidence, 1L)).isEqualTo(1);
        assertThat(desk.update("ada", change, "Stale.", evidence, 1L)).isZero();
        assertThat(version("evidence", evidence)).isEqualTo(2);
    }

    @Test
    void theServerComputesAnAttachmentsSizeAndHash() throws SQLException, NoSuchAlgorithmException {
        long evidence = evidence("ada", desk.claim("ada", desk.article("ada"), "OPEN"));
        byte[] pdf = "%PDF-1.7 a local copy".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (Connection c = desk.as("ada");
                PreparedStatement st = c.prepareStatement(
                        "INSERT INTO attachment (evidence_id, file_name, media_type, content, created_by, created_at)"
                                + " VALUES (?, 'copy.pdf', 'application/pdf', ?, 'ada', now())")) {
            st.setLong(1, evidence);
            st.setBytes(2, pdf);
            st.executeUpdate();
        }
        try (Connection c = desk.as("bea");
                PreparedStatement st =
                        c.prepareStatement("SELECT content, byte_size, sha256 FROM attachment WHERE evidence_id = ?")) {
            st.setLong(1, evidence);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                assertThat(rs.getBytes(1)).isEqualTo(pdf);
                assertThat(rs.getLong(2)).isEqualTo(pdf.length);
                assertThat(rs.getString(3))
                        .isEqualTo(HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
            }
        }
        assertThat(TeamDesk.refusal(() -> desk.update(
                                "ada",
                                "INSERT INTO attachment (evidence_id, file_name, content, sha256, created_by, created_at)"
                                        + " VALUES (?, 'x', '\\x00', 'forged', 'ada', now())",
                                evidence))
                        .getSQLState())
                .isEqualTo("428C9");
        assertDenied(() -> desk.update("ada", "UPDATE attachment SET content = '\\x00'"));
    }

    private long evidence(String who, long claim) throws SQLException {
        return Long.parseLong(desk.one(
                who,
                "INSERT INTO evidence (claim_id, quote, stance, reliability, created_by, created_at)"
                        + " VALUES (?, 'Nvidia says otherwise.', 'REFUTES', 'B', 'somebody else', now()) RETURNING id",
                claim));
    }

    private String verdictBy(long claim) throws SQLException {
        return desk.one("ada", "SELECT verdict_by FROM claim WHERE id = ?", claim);
    }

    private long version(String table, long id) throws SQLException {
        return Long.parseLong(desk.one("ada", "SELECT version FROM " + table + " WHERE id = ?", id));
    }
}
