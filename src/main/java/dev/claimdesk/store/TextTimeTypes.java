package dev.claimdesk.store;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Stores {@link Instant} and {@link LocalDate} as ISO-8601 text, which SQLite sorts correctly and
 * the sqlite3 tool shows readably (the JDBC default would store epoch milliseconds).
 */
final class TextTimeTypes {
    private TextTimeTypes() {}

    static void register(Jdbi jdbi) {
        jdbi.registerArgument(new InstantArgument());
        jdbi.registerArgument(new LocalDateArgument());
        jdbi.registerColumnMapper(Instant.class, (rs, col, ctx) -> {
            String s = rs.getString(col);
            return s == null ? null : Instant.parse(s);
        });
        jdbi.registerColumnMapper(LocalDate.class, (rs, col, ctx) -> {
            String s = rs.getString(col);
            return s == null ? null : LocalDate.parse(s);
        });
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
}
