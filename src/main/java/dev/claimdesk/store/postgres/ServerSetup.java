package dev.claimdesk.store.postgres;

import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import dev.claimdesk.domain.Reviewer;
import dev.claimdesk.domain.TeamRole;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.util.PasswordUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets up a team server: the schema and the three group roles on an empty database
 * ({@link #init}), then one login per reviewer ({@link #addReviewer}). Decision 0020p.
 */
public final class ServerSetup {
    private static final Logger LOG = LoggerFactory.getLogger(ServerSetup.class);
    /** Below this a password is too easy to guess for a server on the network. */
    public static final int MIN_PASSWORD_LENGTH = 8;

    private final ServerLogin login;

    private ServerSetup(ServerLogin login) {
        this.login = login;
    }

    public static ServerSetup on(ServerLogin login) {
        return new ServerSetup(login);
    }

    /** What {@link #init} made: the database, its owner, the group roles and the data format. */
    public record Report(String database, String owner, List<String> groups, int schemaVersion) {}

    /**
     * Creates the schema and the groups {@code <database>_reviewer}, {@code _editor} and
     * {@code _admin}. Refuses a database that holds anything, and a login that does not own the
     * database or may not create roles (both are needed to set the privileges).
     */
    public Report init() {
        try (Connection c = login.connect()) {
            Facts facts = facts(c);
            if (facts.claimDeskVersion() != null) {
                throw new ClaimDeskException(
                        Problem.RULE_VIOLATION,
                        facts.database() + " is already a ClaimDesk team database (data format "
                                + facts.claimDeskVersion() + "); add reviewers with claimdesk server add-reviewer.");
            }
            if (facts.firstObject() != null) {
                throw new ClaimDeskException(
                        Problem.INVALID_INPUT,
                        "The database " + facts.database() + " is not empty (it holds " + facts.firstObject()
                                + "); ClaimDesk sets up only an empty database. Create one with: createdb -O "
                                + facts.user() + " DATABASE");
            }
            if (!facts.superuser() && !facts.owner().equals(facts.user())) {
                throw new ClaimDeskException(
                        Problem.RULE_VIOLATION,
                        "Set up " + facts.database() + " as its owner, " + facts.owner() + " (you are signed in as "
                                + facts.user() + ").");
            }
            if (!facts.superuser() && !facts.createRole()) {
                throw new ClaimDeskException(
                        Problem.RULE_VIOLATION,
                        facts.user() + " may not create roles on this server; ClaimDesk needs that for the reviewers'"
                                + " logins. Allow it (ALTER ROLE " + facts.user()
                                + " CREATEROLE) or set up as postgres.");
            }
            int version = PostgresSchema.migrate(login.dataSource());
            Report report = new Report(facts.database(), facts.owner(), groups(c), version);
            LOG.info("Set up team database {} (data format {})", login.address(), version);
            return report;
        } catch (SQLException e) {
            throw login.translate(e);
        } catch (FlywayException e) {
            throw translate(e);
        }
    }

    /**
     * Adds a login for a reviewer in the group of {@code role}, with {@code password} (hashed here,
     * so the server never sees it in plain text). The signed-in login must be an admin of the desk or
     * the owner of the database.
     */
    public void addReviewer(String name, TeamRole role, char[] password) {
        String loginName = TeamRole.checkLoginName(name);
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new ClaimDeskException(
                    Problem.INVALID_INPUT,
                    "A reviewer's password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        String verifier = PasswordUtil.encodeScramSha256(password);
        try (Connection c = login.connect();
                PreparedStatement st = c.prepareStatement("SELECT claimdesk_add_reviewer(?, ?, ?, ?)")) {
            st.setString(1, loginName);
            st.setString(2, Reviewer.initialsOf(loginName));
            st.setString(3, role.code());
            st.setString(4, verifier);
            st.execute();
            LOG.info("Added reviewer login {} ({}) on {}", loginName, role.code(), login.address());
        } catch (SQLException e) {
            if ("42883".equals(e.getSQLState()) || "42P01".equals(e.getSQLState())) {
                throw new ClaimDeskException(
                        Problem.NOT_A_CLAIMDESK_DATABASE,
                        login.address().database() + " is not a ClaimDesk team database yet; set it up first with"
                                + " claimdesk server init.",
                        e);
            }
            throw login.translate(e);
        }
    }

    /** What init needs to know about the database before it touches anything. */
    private record Facts(
            String database,
            String user,
            String owner,
            boolean superuser,
            boolean createRole,
            String firstObject,
            Integer claimDeskVersion) {}

    private static Facts facts(Connection c) throws SQLException {
        String database;
        String user;
        String owner;
        boolean superuser;
        boolean createRole;
        try (PreparedStatement st = c.prepareStatement("""
                        SELECT current_database(), current_user, pg_get_userbyid(d.datdba), r.rolsuper, r.rolcreaterole
                        FROM pg_database d, pg_roles r
                        WHERE d.datname = current_database() AND r.rolname = current_user""");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            database = rs.getString(1);
            user = rs.getString(2);
            owner = rs.getString(3);
            superuser = rs.getBoolean(4);
            createRole = rs.getBoolean(5);
        }
        return new Facts(database, user, owner, superuser, createRole, firstObject(c), claimDeskVersion(c));
    }

    /** Something the database already holds (a schema, table, view, sequence, function or type), or null. */
    private static String firstObject(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                        WITH user_schema AS (
                            SELECT oid, nspname FROM pg_namespace
                            WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
                              AND nspname NOT LIKE 'pg\\_temp\\_%' AND nspname NOT LIKE 'pg\\_toast\\_temp\\_%')
                        SELECT what FROM (
                            SELECT 1, 'the schema ' || nspname FROM user_schema WHERE nspname <> 'public'
                            UNION ALL
                            SELECT 2, 'the ' || CASE c.relkind WHEN 'v' THEN 'view' WHEN 'S' THEN 'sequence' WHEN 'c' THEN 'type'
                                                                ELSE 'table' END || ' ' || s.nspname || '.' || c.relname
                            FROM pg_class c JOIN user_schema s ON s.oid = c.relnamespace
                            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'c')
                            UNION ALL
                            SELECT 3, 'the function ' || s.nspname || '.' || p.proname
                            FROM pg_proc p JOIN user_schema s ON s.oid = p.pronamespace
                            UNION ALL
                            SELECT 4, 'the type ' || s.nspname || '.' || t.typname
                            FROM pg_type t JOIN user_schema s ON s.oid = t.typnamespace
                            WHERE t.typtype IN ('e', 'c', 'd', 'r') AND t.typrelid = 0
                        ) AS found (rank, what)
                        ORDER BY rank, what
                        LIMIT 1""");
                ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** The data format of a ClaimDesk team database, or null when there is no ClaimDesk schema. */
    private static Integer claimDeskVersion(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                        SELECT EXISTS (SELECT 1 FROM pg_tables
                                       WHERE schemaname = 'public' AND tablename = 'flyway_schema_history')
                           AND EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = 'claim')""");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return null;
            }
        }
        try (PreparedStatement st = c.prepareStatement(
                        "SELECT max(version::int) FROM flyway_schema_history WHERE success AND version IS NOT NULL");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<String> groups(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("""
                        SELECT role_name FROM server_role
                        ORDER BY CASE kind WHEN 'reviewer' THEN 1 WHEN 'editor' THEN 2 ELSE 3 END""");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private ClaimDeskException translate(FlywayException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return login.translate(sql);
            }
        }
        return new ClaimDeskException(
                Problem.DATABASE_UNAVAILABLE,
                "ClaimDesk could not set up " + login.address().database() + ". Details are in the log file.",
                e);
    }
}
