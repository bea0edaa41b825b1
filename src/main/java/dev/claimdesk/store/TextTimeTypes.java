package dev.claimdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Times and dates per backend. On SQLite, {@link Instant} and {@link LocalDate} are ISO-8601 text,
 * which SQLite sorts correctly and the sqlite3 tool shows readably (the JDBC default would store
 * epoch milliseconds). On the team server they are native {@code timestamptz} and {@code date},
 * bound as {@link OffsetDateTime} (UTC) and {@link LocalDate}. Reading accepts both.
 */
final class TextTimeTypes {
    private TextTimeTypes() {}

    static void register(Jdbi jdbi) {
        register(jdbi, Dialect.SQLITE);
    }

    static void register(Jdbi jdbi, Dialect dialect) {
        if (dialect == Dialect.SQLITE) {
            jdbi.registerArgument(new InstantArgument());
            jdbi.registerArgument(new LocalDateArgument());
        } else {
            jdbi.registerArgument(new ServerInstantArgument());
            jdbi.registerArgument(new ServerDateArgument());
        }
        jdbi.registerColumnMapper(Instant.class, (rs, col, ctx) -> instant(rs, col));
        jdbi.registerColumnMapper(LocalDate.class, (rs, col, ctx) -> date(rs.getString(col)));
    }

    /** The instant in a column: ISO text (SQLite) or a timestamptz (the server); null stays null. */
    static Instant instant(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp) {
            return rs.getObject(column, OffsetDateTime.class).toInstant();
        }
        return Instant.parse(value.toString());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return instant(rs, rs.findColumn(column));
    }

    /** An instant column as the text SQLite holds ({@link Instant#toString}), on both backends. */
    static String instantText(ResultSet rs, String column) throws SQLException {
        Instant i = instant(rs, column);
        return i == null ? null : i.toString();
    }

    /** A date column ("2025-02-11" on both backends). */
    static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static final class InstantArgument extends AbstractArgumentFactory<Instant> {
        InstantArgument() {
            super(Types.VARCHAR);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            return (position, statement, ctx) -> statement.setString(position, value.toString());
        }
    }

    private static final class LocalDateArgument extends AbstractArgumentFactory<LocalDate> {
        LocalDateArgument() {
            super(Types.VARCHAR);
        }

        @Override
        protected Argument build(LocalDate value, ConfigRegistry config) {
            return (position, statement, ctx) -> statement.setString(position, value.toString());
        }
    }

    private static final class ServerInstantArgument extends AbstractArgumentFactory<Instant> {
        ServerInstantArgument() {
            super(Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            return (position, statement, ctx) -> statement.setObject(
                    position, OffsetDateTime.ofInstant(value, ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    private static final class ServerDateArgument extends AbstractArgumentFactory<LocalDate> {
        ServerDateArgument() {
            super(Types.DATE);
        }

        @Override
        protected Argument build(LocalDate value, ConfigRegistry config) {
            return (position, statement, ctx) -> statement.setObject(position, value, Types.DATE);
        }
    }
}
