package dev.claimdesk.store;

import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads the connection settings back. */
interface PragmaDao {
    @SqlQuery("PRAGMA synchronous")
    int synchronous();

    @SqlQuery("PRAGMA foreign_keys")
    int foreignKeys();

    @SqlQuery("PRAGMA busy_timeout")
    int busyTimeout();
}
