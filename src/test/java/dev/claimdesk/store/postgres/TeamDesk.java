package dev.claimdesk.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.claimdesk.domain.ServerAddress;
import dev.claimdesk.domain.TeamRole;
import dev.claimdesk.testsupport.PgDatabase;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import org.postgresql.util.PSQLException;

/**
 * A team database set up as a desk would have it, with five people signed in through plain JDBC:
 * ada and bea (reviewers), eve and eli (editors), adm (admin); plus the database's owner and the
 * superuser (for fixtures the rules would refuse).
 */
final class TeamDesk {
    static final String PASSWORD = "password-for-tests";
    static final long TRUE_LABEL = 1;

    final PgDatabase db;

    private TeamDesk(PgDatabase db) {
        this.db = db;
    }

    static TeamDesk setUp(PgDatabase db) {
        ServerSetup setup = ServerSetup.on(db.ownerLogin());
        setup.init();
        for (String who : new String[] {"ada", "bea"}) {
            setup.addReviewer(db.login(who), TeamRole.REVIEWER, PASSWORD.toCharArray());
        }
        for (String who : new String[] {"eve", "eli"}) {
            setup.addReviewer(db.login(who), TeamRole.EDITOR, PASSWORD.toCharArray());
        }
        setup.addReviewer(db.login("adm"), TeamRole.ADMIN, PASSWORD.toCharArray());
        return new TeamDesk(db);
    }

    /** The server login of a person of the desk ("ada"), or the owner's / superuser's. */
    String login(String who) {
        return switch (who) {
            case "owner" -> db.owner();
            case "superuser" -> "postgres";
            default -> db.login(who);
        };
    }

    Connection as(String who) throws SQLException {
        return switch (who) {
            case "owner" -> db.asOwner();
            case "superuser" -> db.asSuperuser();
            default -> db.connect(db.login(who), PASSWORD);
        };
    }

    ServerAddress address(String who) {
        return ServerAddress.parse(db.address(login(who)));
    }

    /** Runs one statement as {@code who}; returns the number of rows it changed. */
    int update(String who, String sql, Object... args) throws SQLException {
        try (Connection c = as(who);
                PreparedStatement st = prepare(c, sql, args)) {
            return st.executeUpdate();
        }
    }

    /** The first column of the first row, as text (null when there is no row). */
    String one(String who, String sql, Object... args) throws SQLException {
        try (Connection c = as(who);
                PreparedStatement st = prepare(c, sql, args);
                ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    long article(String who) throws SQLException {
        String sha = HexFormat.of().formatHex(new SecureRandom().generateSeed(32));
        return Long.parseLong(one(who, """
                INSERT INTO article (title, format, body_text, body_sha256, imported_at, imported_by)
                VALUES ('Chips', 'TEXT', 'The chip uses 7 percent of the energy.', ?, now(), 'somebody else')
                RETURNING id""", sha));
    }

    long claim(String who, long article, String state) throws SQLException {
        return Long.parseLong(one(who, """
                INSERT INTO claim (article_id, start_offset, end_offset, text, state, origin, position, created_by,
                                   created_at, updated_at)
                VALUES (?, 0, 38, 'The chip uses 7 percent of the energy.', ?, 'DETECTED', 1, 'somebody else',
                        now(), now())
                RETURNING id""", article, state));
    }

    /** A claim in research with a verdict proposed by {@code proposer}. */
    long claimWithVerdict(String proposer) throws SQLException {
        long id = claim(proposer, article(proposer), "IN_RESEARCH");
        update(proposer, "UPDATE claim SET verdict_label_id = ?, rationale = 'Checked.' WHERE id = ?", TRUE_LABEL, id);
        return id;
    }

    /** Puts a claim into any state, past the rules (the superuser with triggers off, for fixtures). */
    void force(long claimId, String state, Long labelId, String verdictBy, String dismissReason) throws SQLException {
        try (Connection c = db.asSuperuser()) {
            c.createStatement().execute("SET session_replication_role = replica");
            try (PreparedStatement st = prepare(
                    c,
                    "UPDATE claim SET state = ?, verdict_label_id = ?, rationale = ?, verdict_by = ?,"
                            + " dismiss_reason = ? WHERE id = ?",
                    state,
                    labelId,
                    labelId == null ? null : "Checked.",
                    verdictBy,
                    dismissReason,
                    claimId)) {
                st.executeUpdate();
            }
        }
    }

    /** What a statement raised; fails when it ran. */
    static PSQLException refusal(SqlRun run) {
        try {
            run.run();
        } catch (PSQLException e) {
            return e;
        } catch (SQLException e) {
            return fail("not a PostgreSQL error", e);
        }
        return fail("the server accepted what it should refuse");
    }

    /** Refused by {@code rule}, with {@code message} as the server's sentence and the user's. */
    void assertRefused(ServerRule rule, String message, SqlRun run) {
        PSQLException e = refusal(run);
        assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo(rule.sqlState());
        assertThat(e.getServerErrorMessage().getMessage()).isEqualTo(message);
        assertThat(ServerErrors.translate(e, address("ada"), true).userMessage())
                .isEqualTo(message);
    }

    /** Refused by the privileges (the statement never reaches a trigger). */
    static void assertDenied(SqlRun run) {
        PSQLException e = refusal(run);
        assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo("42501");
    }

    @FunctionalInterface
    interface SqlRun {
        void run() throws SQLException;
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            st.setObject(i + 1, args[i]);
        }
        return st;
    }
}
