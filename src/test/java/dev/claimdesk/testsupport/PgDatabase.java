package dev.claimdesk.testsupport;

import dev.claimdesk.domain.ServerAddress;
import dev.claimdesk.store.postgres.ServerLogin;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A database of one test class, empty at first, owned by a login of its own ({@code <name>_owner},
 * allowed to create roles, as a desk's IT would set it up). Every role whose name starts with
 * {@code <name>_} (the groups of ClaimDesk, the logins the tests add) is dropped with it.
 */
public final class PgDatabase {
    private final TestPostgres server;
    private final String name;
    private final String owner;
    private final String ownerPassword;
    private final List<PgDatabase> others = new ArrayList<>();

    private PgDatabase(TestPostgres server, String name, String owner, String ownerPassword) {
        this.server = server;
        this.name = name;
        this.owner = owner;
        this.ownerPassword = ownerPassword;
    }

    /** A new database named after the class, unique across JVMs sharing one server. */
    public static PgDatabase create(TestPostgres server, String className) throws SQLException {
        String stem = className.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        stem = stem.substring(0, Math.min(stem.length(), 20));
        String name = "cd_" + stem + "_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(3));
        String password = "owner-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
        try (Connection c = server.superuser();
                Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + name + "_owner LOGIN CREATEROLE PASSWORD '" + password + "'");
        }
        PgDatabase db = new PgDatabase(server, name, name + "_owner", password);
        db.createDatabase();
        return db;
    }

    private void createDatabase() throws SQLException {
        try (Connection c = server.superuser();
                Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " OWNER " + owner + " TEMPLATE template0 ENCODING 'UTF8'");
        }
    }

    /** Another empty database of this class (same owner), dropped with this one. */
    public PgDatabase another(String suffix) throws SQLException {
        return anotherOwnedBy(suffix, owner, ownerPassword);
    }

    /** Another empty database of this class owned by {@code login} (a login of this class). */
    public PgDatabase anotherOwnedBy(String suffix, String login, String password) throws SQLException {
        PgDatabase other = new PgDatabase(server, name + "_" + suffix, login, password);
        other.createDatabase();
        others.add(other);
        return other;
    }

    /** Runs statements as the superuser in this database (fixtures the rules would refuse). */
    public void asSuperuser(String... statements) throws SQLException {
        try (Connection c = asSuperuser();
                Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    public String name() {
        return name;
    }

    public String host() {
        return server.host();
    }

    public int port() {
        return server.port();
    }

    public String owner() {
        return owner;
    }

    public String ownerPassword() {
        return ownerPassword;
    }

    /** A login name of this class: {@code <database>_<who>}, dropped with the database. */
    public String login(String who) {
        return name + "_" + who;
    }

    /** {@code postgresql://LOGIN@HOST:PORT/DATABASE}, as a user types it. */
    public String address(String login) {
        return "postgresql://" + login + "@" + host() + ":" + port() + "/" + name;
    }

    public ServerLogin ownerLogin() {
        return ServerLogin.of(ServerAddress.parse(address(owner())), ownerPassword.toCharArray());
    }

    public Connection connect(String login, String password) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(name), login, password);
    }

    public Connection asOwner() throws SQLException {
        return connect(owner(), ownerPassword);
    }

    public Connection asSuperuser() throws SQLException {
        return server.superuser(name);
    }

    /** Drops the database (and the others of the class) and every role named after it. */
    void drop() throws SQLException {
        try (Connection c = server.superuser();
                Statement st = c.createStatement()) {
            for (PgDatabase other : others) {
                st.execute("DROP DATABASE IF EXISTS " + other.name + " WITH (FORCE)");
            }
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            List<String> roles = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT rolname FROM pg_roles WHERE starts_with(rolname, ?) ORDER BY length(rolname) DESC")) {
                q.setString(1, name + "_");
                var rs = q.executeQuery();
                while (rs.next()) {
                    roles.add(rs.getString(1));
                }
            }
            for (String role : roles) {
                st.execute("DROP ROLE IF EXISTS \"" + role + "\"");
            }
        }
    }
}
