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
    private final PGSimpleDataSource storeSource;
    private final boolean hasPassword;

    private ServerLogin(
            ServerAddress address, PGSimpleDataSource source, PGSimpleDataSource storeSource, boolean hasPassword) {
        this.address = address;
        this.source = source;
        this.storeSource = storeSource;
        this.hasPassword = hasPassword;
    }

    /**
     * @param password the login's password, or null for the one in ~/.pgpass (if any); a login
     *     without a user signs in under the name of the person running ClaimDesk, as psql does
     */
    public static ServerLogin of(ServerAddress address, char[] password) {
        ServerAddress a = address.user() != null ? address : address.withUser(System.getProperty("user.name"));
        String pw = password != null && password.length > 0
                ? new String(password)
                : PgPassParser.getPassword(a.host(), String.valueOf(a.port()), a.database(), a.user());
        boolean hasPassword = pw != null && !pw.isEmpty();
        PGSimpleDataSource ds = source(a, hasPassword ? pw : null);
        PGSimpleDataSource store = source(a, hasPassword ? pw : null);
        // The app's store sends text parameters untyped: JSON text then lands in jsonb columns and
        // ISO text in timestamptz ones, as the same statements do on SQLite.
        store.setStringType("unspecified");
        return new ServerLogin(a, ds, store, hasPassword);
    }

    private static PGSimpleDataSource source(ServerAddress a, String pw) {
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
        if (pw != null) {
            ds.setPassword(pw);
        }
        return ds;
    }

    /** Whether a password was given or found in ~/.pgpass. */
    public boolean hasPassword() {
        return hasPassword;
    }

    public ServerAddress address() {
        return address;
    }

    public DataSource dataSource() {
        return source;
    }

    /** The connections of the app's store ({@code stringtype=unspecified}, see {@link #of}). */
    public DataSource storeDataSource() {
        return storeSource;
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
