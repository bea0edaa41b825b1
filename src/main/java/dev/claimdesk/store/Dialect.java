package dev.claimdesk.store;

/** The two kinds of database a {@link Store} works on. */
enum Dialect {
    /** One file on this computer (sqlite-jdbc); the migrations of db/migration. */
    SQLITE,
    /** A team server; the migrations of db/postgresql, run by {@code claimdesk server init}. */
    POSTGRESQL
}
