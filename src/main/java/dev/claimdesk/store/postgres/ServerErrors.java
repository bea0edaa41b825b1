package dev.claimdesk.store.postgres;

import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import dev.claimdesk.domain.ServerAddress;
import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns what the team server or the driver reports into one plain sentence. The rules' own
 * messages (SQLSTATE class CD) are written for users and pass as they are; everything else gets a
 * sentence chosen here by its SQLSTATE, never the driver's or the server's text.
 */
public final class ServerErrors {
    private ServerErrors() {}

    /**
     * @param hadPassword whether a password was sent (from the caller, PGPASSWORD or ~/.pgpass): a
     *     login the driver rejects without one was most likely asked for one
     */
    public static ClaimDeskException translate(SQLException e, ServerAddress where, boolean hadPassword) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        Optional<ServerRule> rule = ServerRule.of(state);
        if (rule.isPresent()) {
            Problem problem = rule.get() == ServerRule.REVIEWER_INPUT || rule.get() == ServerRule.LOGIN_TAKEN
                    ? Problem.INVALID_INPUT
                    : Problem.RULE_VIOLATION;
            return new ClaimDeskException(problem, serverMessage(e), e);
        }
        String server = where.host() + ":" + where.port();
        String login = where.user() == null ? "your login" : where.user();
        if (state.equals("42501")) {
            return new ClaimDeskException(
                    Problem.RULE_VIOLATION,
                    "Your role on the team server does not allow this change; ask an admin of your desk.",
                    e);
        }
        if (!hadPassword && (state.equals("08004") || state.equals("28P01"))) {
            return new ClaimDeskException(
                    Problem.DATABASE_UNAVAILABLE,
                    "The server at " + server + " asks for the password of " + login + ": put it in ~/.pgpass"
                            + " (a line host:port:database:login:password, readable only by you) or in the"
                            + " PGPASSWORD environment variable.",
                    e);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new ClaimDeskException(
                    Problem.DATABASE_UNAVAILABLE,
                    "The server at " + server + " refused " + login + ": the login name or password is wrong, or"
                            + " the login may not use the database " + where.database() + ".",
                    e);
        }
        if (state.equals("3D000")) {
            return new ClaimDeskException(
                    Problem.NOT_FOUND,
                    "There is no database " + where.database() + " on the server at " + server + ".",
                    e);
        }
        if (state.equals("57P03")) {
            return new ClaimDeskException(
                    Problem.DATABASE_UNAVAILABLE,
                    "The server at " + server + " is starting or shutting down; try again in a moment.",
                    e);
        }
        if (state.startsWith("08")) {
            return new ClaimDeskException(
                    Problem.DATABASE_UNAVAILABLE,
                    "ClaimDesk cannot reach the server at " + server + ": check the address, that the server is"
                            + " running and that it accepts connections from this computer.",
                    e);
        }
        if (state.startsWith("23")) {
            return new ClaimDeskException(
                    Problem.INVALID_INPUT,
                    "The change was not saved because it breaks a rule of the data (for example a value that must"
                            + " be unique, or one that is required).",
                    e);
        }
        return new ClaimDeskException(
                Problem.DATABASE_UNAVAILABLE,
                "The team server at " + server + " could not do this. Details are in the log file.",
                e);
    }

    private static String serverMessage(SQLException e) {
        if (e instanceof PSQLException p) {
            ServerErrorMessage m = p.getServerErrorMessage();
            if (m != null && m.getMessage() != null) {
                return m.getMessage();
            }
        }
        return "The team server refused the change.";
    }
}
