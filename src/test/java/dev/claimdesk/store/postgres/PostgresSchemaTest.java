package dev.claimdesk.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.store.Store;
import dev.claimdesk.testsupport.PgDatabase;
import dev.claimdesk.testsupport.PostgresTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's schema is SQLite's model in PostgreSQL's types, plus the documented additions. */
@PostgresTest
class PostgresSchemaTest {
    /**
     * What only the server has so far (decision 0020p); anything else must exist on both. The
     * versions of claims and evidence are on both since SQLite's V4 (decision 0024).
     */
    static final Set<String> SERVER_ONLY = Set.of(
            "claim.search",
            "evidence.search",
            "audit_log.recorded_at",
            "attachment.*",
            "server_role.*",
            "claim_transition.*");

    /** SQLite's 0/1 flags are PostgreSQL booleans. */
    static final Set<String> BOOLEAN_COLUMNS = Set.of("retired");

    static final Set<String> JSON_COLUMNS = Set.of("kinds", "reasons", "quantities", "flags", "before", "after");

    static PgDatabase db;

    @BeforeAll
    static void setUp(PgDatabase database) {
        db = database;
        assertThat(PostgresSchema.migrate(db.ownerLogin().dataSource())).isEqualTo(PostgresSchema.SCHEMA_VERSION);
    }

    @Test
    void everySqliteColumnIsOnTheServerWithItsTypeMappedAndItsNullability(@TempDir Path dir) throws SQLException {
        Map<String, String> sqlite = sqliteColumns(dir.resolve("desk.db"));
        Map<String, String> server = serverColumns();

        Map<String, String> expected = new TreeMap<>();
        sqlite.forEach((column, declared) -> expected.put(column, mapped(column, declared)));
        Map<String, String> shared = new TreeMap<>(server);
        shared.keySet().removeIf(PostgresSchemaTest::serverOnly);

        assertThat(shared).isEqualTo(expected);
    }

    @Test
    void theServerAddsOnlyWhatIsDocumented(@TempDir Path dir) throws SQLException {
        Map<String, String> sqlite = sqliteColumns(dir.resolve("desk.db"));
        for (String column : serverColumns().keySet()) {
            if (!sqlite.containsKey(column)) {
                assertThat(serverOnly(column))
                        .as(column + " is not in SQLite's schema")
                        .isTrue();
            }
        }
        for (String documented : SERVER_ONLY) {
            String table = documented.substring(0, documented.indexOf('.'));
            assertThat(serverColumns().keySet())
                    .anyMatch(c -> c.equals(documented) || c.startsWith(table + ".") && documented.endsWith(".*"));
        }
    }

    @Test
    void theServerKnowsItsNewestMigrationAndShipsItApartFromSqlites() throws IOException {
        Pattern migration = Pattern.compile("V(\\d+)__\\w+\\.sql");
        int newest;
        try (Stream<Path> files = Files.list(Path.of("db/postgresql"))) {
            newest = files.map(p -> migration.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max()
                    .orElseThrow();
        }
        assertThat(PostgresSchema.SCHEMA_VERSION).isEqualTo(newest);
        ClassLoader loader = PostgresSchemaTest.class.getClassLoader();
        assertThat(loader.getResource("db/postgresql/V1__schema.sql")).isNotNull();
        assertThat(loader.getResource("db/migration/V1__schema.sql")).isNotNull();
        assertThat(loader.getResource("db/migration/postgresql/V1__schema.sql")).isNull();
    }

    @Test
    void migratingAgainChangesNothing() {
        assertThat(PostgresSchema.migrate(db.ownerLogin().dataSource())).isEqualTo(PostgresSchema.SCHEMA_VERSION);
    }

    @Test
    void searchFindsEveryWordInTheClaimsTextRationaleOrEvidence() throws SQLException {
        long article;
        long claim;
        try (Connection c = db.asOwner();
                Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery("""
                    INSERT INTO article (title, format, body_text, body_sha256, imported_at, imported_by)
                    VALUES ('Chips', 'TEXT', 'x', repeat('a', 64), now(), 'x') RETURNING id""");
            rs.next();
            article = rs.getLong(1);
            rs = st.executeQuery("INSERT INTO claim (article_id, start_offset, end_offset, text, state, origin,"
                    + " position, rationale, created_by, created_at, updated_at) VALUES (" + article
                    + ", 0, 1, 'The chip uses 7 percent of the energy', 'OPEN', 'DETECTED', 1,"
                    + " 'The maker''s own figure', 'x', now(), now()) RETURNING id");
            rs.next();
            claim = rs.getLong(1);
            st.execute("INSERT INTO evidence (claim_id, title, quote, stance, reliability, created_by, created_at)"
                    + " VALUES (" + claim + ", 'Nvidia datasheet', 'Power draw of 350 W', 'REFUTES', 'A', 'x', now())");
        }
        assertThat(matches(article, "energy")).containsExactly(claim);
        assertThat(matches(article, "energy maker nvidia")).containsExactly(claim);
        assertThat(matches(article, "ENERGY Datasheet")).containsExactly(claim);
        assertThat(matches(article, "energy tobacco")).isEmpty();
        try (Connection c = db.asOwner();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%USING gin%'" + " ORDER BY indexname")) {
            java.util.List<String> gin = new java.util.ArrayList<>();
            while (rs.next()) {
                gin.add(rs.getString(1));
            }
            assertThat(gin).containsExactly("claim_search_gin", "evidence_search_gin");
        }
    }

    private static java.util.List<Long> matches(long article, String words) throws SQLException {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        try (Connection c = db.asOwner();
                PreparedStatement st = c.prepareStatement("SELECT claim_id FROM claim_search"
                        + " WHERE article_id = ? AND document @@ websearch_to_tsquery('simple', ?)")) {
            st.setLong(1, article);
            st.setString(2, words);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static boolean serverOnly(String column) {
        return SERVER_ONLY.contains(column) || SERVER_ONLY.contains(column.substring(0, column.indexOf('.')) + ".*");
    }

    /** The PostgreSQL type and nullability a SQLite column maps to (design.md section 4, decision 0020p). */
    private static String mapped(String column, String sqlite) {
        String name = column.substring(column.indexOf('.') + 1);
        String[] parts = sqlite.split(" ", 2);
        String type = switch (parts[0]) {
            case "INTEGER" ->
                name.equals("id") || name.endsWith("_id") || name.equals("duplicate_of") || name.equals("version")
                        ? "bigint"
                        : BOOLEAN_COLUMNS.contains(name) ? "boolean" : "integer";
            case "REAL" -> "double precision";
            case "BLOB" -> "bytea";
            case "TEXT" -> {
                if (name.endsWith("_at") || name.equals("at")) {
                    yield "timestamp with time zone";
                } else if (name.endsWith("_on")) {
                    yield "date";
                } else if (JSON_COLUMNS.contains(name)) {
                    yield "jsonb";
                } else {
                    yield "text";
                }
            }
            default -> throw new IllegalArgumentException("unmapped SQLite type " + sqlite + " of " + column);
        };
        return type + " " + parts[1];
    }

    /** table.column -> "TYPE null|not null" of the SQLite schema the app creates. */
    private static Map<String, String> sqliteColumns(Path file) throws SQLException {
        Store.open(file);
        Map<String, String> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'claim_search%'"
                    + " AND name <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
                    while (rs.next()) {
                        boolean notNull = rs.getInt("notnull") == 1 || rs.getInt("pk") > 0;
                        out.put(
                                table + "." + rs.getString("name"),
                                rs.getString("type").toUpperCase(Locale.ROOT) + (notNull ? " not null" : " null"));
                    }
                }
            }
        }
        return out;
    }

    /** table.column -> "type null|not null" of the server's tables (not its views). */
    private static Map<String, String> serverColumns() throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = db.asOwner();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("""
                        SELECT col.table_name, col.column_name, col.data_type, col.is_nullable
                        FROM information_schema.columns col
                        JOIN information_schema.tables t USING (table_schema, table_name)
                        WHERE col.table_schema = 'public' AND t.table_type = 'BASE TABLE'
                          AND col.table_name <> 'flyway_schema_history'""")) {
            while (rs.next()) {
                out.put(
                        rs.getString(1) + "." + rs.getString(2),
                        rs.getString(3) + ("YES".equals(rs.getString(4)) ? " null" : " not null"));
            }
        }
        return out;
    }
}
