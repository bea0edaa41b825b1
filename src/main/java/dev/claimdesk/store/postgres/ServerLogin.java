package dev.claimdesk.store.postgres;

import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ServerAddress;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.jdbcurlresolver.PgPassParser;

/**
 * One login on a team server: the address, and the password given, or else the one in
 * {@code ~/.pgpass} (or {@code PGPASSFILE}), as psql finds it. The password is handed to the driver
 * only; it is never part of an address, a message or the log.
 */
public final class ServerLogin {
    private final ServerAddress address;
    private final PGSimpleDataSource source;
    private final boolean hasPassword;

    private ServerLogin(ServerAddress address, PGSimpleDataSource source, boolean hasPassword) {
        this.address = address;
        this.source = source;
        this.hasPassword = hasPassword;
    }

    /**
     * @param password the login's password, or null for the one in ~/.pgpass (if any); a login
     *     without a user signs in under the name of the person running ClaimDesk, as psql does
     */
    public static ServerLogin of(ServerAddress address, char[] password) {
        ServerAddress a = address.user() != null ? address : address.withUser(System.getProperty("user.name"));
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {a.host()});
        ds.setPortNumbers(new int[] {a.port()});
        ds.setDatabaseName(a.database());
        ds.setUser(a.user());
        ds.setApplicationName("ClaimDesk");
        for (var setting : a.settings().entrySet()) {
            try {
                ds.setProperty(setting.getKey(), setting.getValue());
            } catch (SQLException e) {
                throw new ClaimDeskException(
                        ClaimDeskException.Problem.INVALID_INPUT,
                        "The server address has a setting ClaimDesk does not know: " + setting.getKey()
                                + ". Leave it out, or write it as the PostgreSQL JDBC driver names it (for example"
                                + " sslmode=verify-full).",
                        e);
            }
        }
        String pw = password != null && password.length > 0
                ? new String(password)
                : PgPassParser.getPassword(a.host(), String.valueOf(a.port()), a.database(), a.user());
        boolean hasPassword = pw != null && !pw.isEmpty();
        if (hasPassword) {
            ds.setPassword(pw);
        }
        return new ServerLogin(a, ds, hasPassword);
    }

    public ServerAddress address() {
        return address;
    }

    public DataSource dataSource() {
        return source;
    }

    /** A new connection, or the reason in words why there is none. */
    public Connection connect() {
        try {
            return source.getConnection();
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    public ClaimDeskException translate(SQLException e) {
        return ServerErrors.translate(e, address, hasPassword);
    }
}
