package dev.claimdesk.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import dev.claimdesk.domain.ServerAddress;
import dev.claimdesk.domain.TeamRole;
import dev.claimdesk.testsupport.PgDatabase;
import dev.claimdesk.testsupport.PostgresTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@PostgresTest
class ServerSetupTest {
    static final String PASSWORD = "correct horse battery";
    static ServerSetup.Report report;

    @BeforeAll
    static void setUp(PgDatabase db) {
        report = ServerSetup.on(db.ownerLogin()).init();
    }

    @Test
    void initCreatesTheSchemaAndThreeNestedGroups(PgDatabase db) throws SQLException {
        assertThat(report.database()).isEqualTo(db.name());
        assertThat(report.owner()).isEqualTo(db.owner());
        assertThat(report.schemaVersion()).isEqualTo(PostgresSchema.SCHEMA_VERSION);
        assertThat(report.groups())
                .containsExactly(db.name() + "_reviewer", db.name() + "_editor", db.name() + "_admin");
        try (Connection c = db.asSuperuser()) {
            assertThat(isMember(c, db.name() + "_editor", db.name() + "_reviewer"))
                    .isTrue();
            assertThat(isMember(c, db.name() + "_admin", db.name() + "_editor")).isTrue();
            assertThat(isMember(c, db.name() + "_reviewer", db.name() + "_editor"))
                    .isFalse();
            assertThat(count(c, "SELECT count(*) FROM verdict_scale")).isEqualTo(4);
        }
    }

    @Test
    void aSecondInitIsRefused(PgDatabase db) {
        assertThatThrownBy(() -> ServerSetup.on(db.ownerLogin()).init())
                .isInstanceOfSatisfying(
                        ClaimDeskException.class,
                        e -> assertThat(e.userMessage())
                                .isEqualTo(db.name() + " is already a ClaimDesk team database (data format "
                                        + PostgresSchema.SCHEMA_VERSION
                                        + "); add reviewers with claimdesk server add-reviewer."));
    }

    @Test
    void aDatabaseThatHoldsSomethingIsRefusedAndLeftAsItWas(PgDatabase db) throws SQLException {
        PgDatabase busy = db.another("busy");
        try (Connection c = busy.asOwner();
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE notes (line text)");
        }
        assertThatThrownBy(() -> ServerSetup.on(busy.ownerLogin()).init())
                .isInstanceOfSatisfying(ClaimDeskException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.INVALID_INPUT);
                    assertThat(e.userMessage())
                            .startsWith(
                                    "The database " + busy.name() + " is not empty (it holds the table public.notes)");
                });
        try (Connection c = busy.asSuperuser()) {
            assertThat(count(c, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
                    .isEqualTo(1);
            assertThat(count(c, "SELECT count(*) FROM pg_roles WHERE rolname = '" + busy.name() + "_reviewer'"))
                    .isZero();
        }
    }

    @Test
    void onlyTheOwnerSetsUpADatabase(PgDatabase db) throws SQLException {
        PgDatabase other = db.another("owned");
        String stranger = db.login("stranger");
        db.asSuperuser("CREATE ROLE " + stranger + " LOGIN CREATEROLE PASSWORD '" + PASSWORD + "'");
        ServerLogin login = ServerLogin.of(ServerAddress.parse(other.address(stranger)), PASSWORD.toCharArray());
        assertThatThrownBy(() -> ServerSetup.on(login).init())
                .isInstanceOfSatisfying(
                        ClaimDeskException.class,
                        e -> assertThat(e.userMessage())
                                .isEqualTo("Set up " + other.name() + " as its owner, " + db.owner()
                                        + " (you are signed in as " + stranger + ")."));
    }

    @Test
    void anOwnerThatMayNotCreateRolesIsTold(PgDatabase db) throws SQLException {
        String plain = db.login("plainowner");
        db.asSuperuser("CREATE ROLE " + plain + " LOGIN PASSWORD '" + PASSWORD + "'");
        PgDatabase other = db.anotherOwnedBy("plain", plain, PASSWORD);
        assertThatThrownBy(() -> ServerSetup.on(other.ownerLogin()).init())
                .isInstanceOfSatisfying(
                        ClaimDeskException.class,
                        e -> assertThat(e.userMessage()).startsWith(plain + " may not create roles on this server"));
    }

    @Test
    void aReviewerSignsInWithTheirPasswordOnly(PgDatabase db) throws SQLException {
        String grace = db.login("grace");
        ServerSetup.on(db.ownerLogin()).addReviewer(grace, TeamRole.REVIEWER, PASSWORD.toCharArray());

        try (Connection c = db.connect(grace, PASSWORD)) {
            assertThat(string(c, "SELECT session_user")).isEqualTo(grace);
            assertThat(string(c, "SELECT initials FROM reviewer WHERE name = '" + grace + "'"))
                    .isEqualTo("C");
        }
        assertThatThrownBy(() -> db.connect(grace, PASSWORD + "x"))
                .isInstanceOfSatisfying(
                        SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
        try (Connection c = db.asSuperuser()) {
            assertThat(string(c, "SELECT rolpassword FROM pg_authid WHERE rolname = '" + grace + "'"))
                    .startsWith("SCRAM-SHA-256$")
                    .doesNotContain(PASSWORD);
        }
    }

    @ParameterizedTest
    @EnumSource(TeamRole.class)
    void eachRoleJoinsItsOwnGroup(TeamRole role, PgDatabase db) throws SQLException {
        String login = db.login("in_" + role.code());
        ServerSetup.on(db.ownerLogin()).addReviewer(login, role, PASSWORD.toCharArray());
        try (Connection c = db.asSuperuser()) {
            List<String> groups = new ArrayList<>();
            for (TeamRole r : TeamRole.values()) {
                if (isMember(c, login, db.name() + "_" + r.code())) {
                    groups.add(r.code());
                }
            }
            List<String> expected = new ArrayList<>();
            for (TeamRole r : TeamRole.values()) {
                if (r.ordinal() <= role.ordinal()) {
                    expected.add(r.code());
                }
            }
            assertThat(groups).isEqualTo(expected);
        }
    }

    @Test
    void anAdminAddsReviewersAndAReviewerCannot(PgDatabase db) {
        String admin = db.login("boss");
        String reviewer = db.login("junior");
        ServerSetup.on(db.ownerLogin()).addReviewer(admin, TeamRole.ADMIN, PASSWORD.toCharArray());
        ServerSetup.on(db.ownerLogin()).addReviewer(reviewer, TeamRole.REVIEWER, PASSWORD.toCharArray());

        ServerSetup.on(login(db, admin)).addReviewer(db.login("newcomer"), TeamRole.EDITOR, PASSWORD.toCharArray());

        assertThatThrownBy(() -> ServerSetup.on(login(db, reviewer))
                        .addReviewer(db.login("intruder"), TeamRole.ADMIN, PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(ClaimDeskException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.RULE_VIOLATION);
                    assertThat(e.userMessage())
                            .isEqualTo("Your role on the team server does not allow this change; ask an admin of your"
                                    + " desk.");
                });
        assertThatThrownBy(() -> db.connect(db.login("intruder"), PASSWORD)).isInstanceOf(SQLException.class);
    }

    @Test
    void aTakenLoginNameIsRefused(PgDatabase db) {
        String twice = db.login("twice");
        ServerSetup.on(db.ownerLogin()).addReviewer(twice, TeamRole.REVIEWER, PASSWORD.toCharArray());
        assertThatThrownBy(() ->
                        ServerSetup.on(db.ownerLogin()).addReviewer(twice, TeamRole.EDITOR, PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(
                        ClaimDeskException.class,
                        e -> assertThat(e.userMessage())
                                .isEqualTo(
                                        "The server already has a login called " + twice + "; choose another name."));
    }

    @Test
    void namesAndPasswordsAreCheckedBeforeTheServerIsAsked(PgDatabase db) {
        ServerSetup setup = ServerSetup.on(db.ownerLogin());
        assertThatThrownBy(() -> setup.addReviewer("Grace Hopper", TeamRole.REVIEWER, PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(
                        ClaimDeskException.class,
                        e -> assertThat(e.userMessage())
                                .contains("cannot be a login name")
                                .endsWith("for example gracehopper."));
        assertThatThrownBy(() -> setup.addReviewer(db.login("short"), TeamRole.REVIEWER, "seven77".toCharArray()))
                .isInstanceOfSatisfying(
                        ClaimDeskException.class,
                        e -> assertThat(e.userMessage())
                                .isEqualTo("A reviewer's password needs at least 8 characters."));
    }

    @Test
    void aWrongPasswordOfTheSetupLoginIsOnePlainSentence(PgDatabase db) {
        ServerLogin wrong = ServerLogin.of(ServerAddress.parse(db.address(db.owner())), "nope-nope".toCharArray());
        assertThatThrownBy(() -> ServerSetup.on(wrong).init())
                .isInstanceOfSatisfying(
                        ClaimDeskException.class,
                        e -> assertThat(e.userMessage())
                                .isEqualTo("The server at " + db.host() + ":" + db.port() + " refused " + db.owner()
                                        + ": the login name or password is wrong, or the login may not use the database "
                                        + db.name() + "."));
    }

    @Test
    void addingAReviewerToADatabaseNotSetUpSaysWhatToDo(PgDatabase db) throws SQLException {
        PgDatabase bare = db.another("bare");
        assertThatThrownBy(() -> ServerSetup.on(bare.ownerLogin())
                        .addReviewer(db.login("early"), TeamRole.REVIEWER, PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(ClaimDeskException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.NOT_A_CLAIMDESK_DATABASE);
                    assertThat(e.userMessage()).endsWith("set it up first with claimdesk server init.");
                });
    }

    static ServerLogin login(PgDatabase db, String who) {
        return ServerLogin.of(ServerAddress.parse(db.address(who)), PASSWORD.toCharArray());
    }

    static boolean isMember(Connection c, String role, String group) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT pg_has_role(?, ?, 'MEMBER')")) {
            st.setString(1, role);
            st.setString(2, group);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String string(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
