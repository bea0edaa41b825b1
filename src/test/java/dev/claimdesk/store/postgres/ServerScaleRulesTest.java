package dev.claimdesk.store.postgres;

import static dev.claimdesk.store.postgres.TeamDesk.assertDenied;
import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.testsupport.PgDatabase;
import dev.claimdesk.testsupport.PostgresTest;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The desk's scales on the server: admins choose the default; an article's scale stays once it has verdicts. */
@PostgresTest
class ServerScaleRulesTest {
    static TeamDesk desk;

    @BeforeAll
    static void setUp(PgDatabase db) {
        desk = TeamDesk.setUp(db);
    }

    @Test
    void onlyAnAdminChoosesTheDesksDefaultScale() throws SQLException {
        assertDenied(() -> desk.update("ada", "UPDATE desk_setting SET value = 'META' WHERE key = 'default_scale'"));
        assertDenied(() -> desk.update("eve", "UPDATE desk_setting SET value = 'META' WHERE key = 'default_scale'"));
        assertThat(desk.update("adm", "UPDATE desk_setting SET value = 'META' WHERE key = 'default_scale'"))
                .isEqualTo(1);
        assertThat(desk.one("ada", "SELECT value FROM desk_setting WHERE key = 'default_scale'"))
                .isEqualTo("META");
        desk.update("adm", "UPDATE desk_setting SET value = 'CLAIMDESK' WHERE key = 'default_scale'");
    }

    @Test
    void aReviewerChoosesAnArticlesScaleOnlyBeforeItsFirstVerdict() throws SQLException {
        long article = desk.article("ada");
        assertThat(desk.update("ada", "UPDATE article SET scale_id = 2 WHERE id = ?", article))
                .isEqualTo(1);
        long claim = desk.claim("ada", article, "IN_RESEARCH");
        long politifactTrue =
                Long.parseLong(desk.one("ada", "SELECT id FROM verdict_label WHERE scale_id = 2 AND code = 'TRUE'"));
        desk.update(
                "ada",
                "UPDATE claim SET verdict_label_id = ?, rationale = 'Checked.' WHERE id = ?",
                politifactTrue,
                claim);
        desk.assertRefused(
                ServerRule.SCALE_LOCKED,
                "This article already has verdicts, so its verdict scale cannot change.",
                () -> desk.update("bea", "UPDATE article SET scale_id = 1 WHERE id = ?", article));
        assertThat(desk.one("ada", "SELECT scale_id FROM article WHERE id = ?", article))
                .isEqualTo("2");
    }

    @Test
    void labelsKeepTheirPublishedRatingAndOnlyAdminsRetireThem() throws SQLException {
        assertThat(desk.one("ada", "SELECT rating_value FROM verdict_label WHERE scale_id = 1 AND code = 'TRUE'"))
                .isEqualTo("5");
        assertDenied(() -> desk.update("eve", "UPDATE verdict_label SET retired = true WHERE code = 'HALF_TRUE'"));
        assertThat(desk.update("adm", "UPDATE verdict_label SET retired = true WHERE scale_id = 4 AND code = 'SATIRE'"))
                .isLessThanOrEqualTo(1);
    }
}
