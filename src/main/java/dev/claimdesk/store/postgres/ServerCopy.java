package dev.claimdesk.store.postgres;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a desk from a SQLite file into an empty team database, keeping every id, name and time:
 * as the database's owner, with the rule triggers disabled inside the copy's own transaction (they
 * would put the owner's name and the server's clock everywhere). Before committing it compares the
 * row counts and a SHA-256 of every table's content on both sides; on any difference nothing is
 * kept. Reviewers are merged by name (the logins added with add-reviewer may be there already).
 */
public final class ServerCopy {
    private static final Logger LOG = LoggerFactory.getLogger(ServerCopy.class);

    /** The tables copied row for row, in the order their references need; with their sort key. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("verdict_scale", "id");
        TABLES.put("verdict_label", "id");
        TABLES.put("article", "id");
        TABLES.put("claim", "id");
        TABLES.put("evidence", "id");
        TABLES.put("review", "id");
        TABLES.put("audit_log", "id");
        TABLES.put("claim_check", "claim_id, item");
        TABLES.put("desk_setting", "key");
        // Local copies of evidence, by their hash (the server recomputes it and the size from the bytes).
        TABLES.put("attachment_content", "sha256");
    }

    /** Tables whose rows the server seeds itself (V2): a seeded row of the same id is kept. */
    private static final List<String> SEEDED = List.of("verdict_scale", "verdict_label");

    private static final List<String> TRIGGERED = List.of(
            "reviewer",
            "verdict_scale",
            "verdict_label",
            "article",
            "claim",
            "evidence",
            "review",
            "audit_log",
            "claim_check",
            "attachment_content");

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /** Rows per table as copied (and verified), in copy order; reviewers as found in the file. */
    public record Report(Map<String, Long> rows) {}

    private ServerCopy() {}

    /**
     * @param file a ClaimDesk database file at the current schema (open it with the app's store
     *     first, which upgrades an older one)
     * @param owner the team database's owner, signed in
     */
    public static Report copy(java.nio.file.Path file, ServerLogin owner) {
        try (Connection from = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Connection to = owner.connect()) {
            // Only read: SELECTs in one transaction of the file (its snapshot).
            from.setAutoCommit(false); // one snapshot of the file for the whole copy
            to.setAutoCommit(false);
            requireEmptyTeamDatabase(to, owner.address().database());
            try (Statement st = to.createStatement()) {
                for (String t : TRIGGERED) {
                    st.execute("ALTER TABLE public." + t + " DISABLE TRIGGER USER");
                }
            } catch (SQLException e) {
                to.rollback();
                if ("42501".equals(e.getSQLState())) {
                    throw new ClaimDeskException(
                            Problem.RULE_VIOLATION,
                            "Copy a desk as the owner of " + owner.address().database() + " (the login that ran"
                                    + " claimdesk server init); "
                                    + owner.address().user() + " may not.",
                            e);
                }
                throw e;
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            rows.put("reviewer", copyReviewers(from, to));
            for (var table : TABLES.entrySet()) {
                rows.put(table.getKey(), copyTable(from, to, table.getKey(), table.getValue()));
            }
            try (Statement st = to.createStatement()) {
                for (String t : TRIGGERED) {
                    st.execute("ALTER TABLE public." + t + " ENABLE TRIGGER USER");
                }
                for (String t : List.of(
                        "reviewer",
                        "verdict_scale",
                        "verdict_label",
                        "article",
                        "claim",
                        "evidence",
                        "review",
                        "audit_log")) {
                    st.execute("SELECT setval(pg_get_serial_sequence('public." + t + "', 'id'),"
                            + " coalesce(max(id), 0) + 1, false) FROM public." + t);
                }
            }
            verify(from, to, file);
            to.commit();
            from.rollback();
            LOG.info("Copied {} to {}: {}", file, owner.address(), rows);
            return new Report(rows);
        } catch (SQLException e) {
            LOG.warn("Copy of {} to {} failed", file, owner.address(), e);
            throw owner.translate(e);
        }
    }

    private static void requireEmptyTeamDatabase(Connection to, String database) throws SQLException {
        try (Statement st = to.createStatement();
                ResultSet rs = st.executeQuery("SELECT to_regclass('public.server_role') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                throw new ClaimDeskException(
                        Problem.NOT_A_CLAIMDESK_DATABASE,
                        database
                                + " is not a ClaimDesk team database yet; set it up first with claimdesk server init.");
            }
        }
        String[][] used = {
            {"article", "articles"},
            {"claim", "claims"},
            {"evidence", "evidence items"},
            {"review", "reviews"},
            {"audit_log", "history entries"},
            {"claim_check", "checklist ticks"},
            {"attachment", "attachments"},
            {"attachment_content", "local copies of evidence"}
        };
        for (String[] t : used) {
            try (Statement st = to.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*) FROM public." + t[0])) {
                rs.next();
                long n = rs.getLong(1);
                if (n > 0) {
                    throw new ClaimDeskException(
                            Problem.RULE_VIOLATION,
                            "The team database " + database + " is not empty (it holds " + n + " " + t[1]
                                    + "); ClaimDesk copies a desk only into a database that was set up and not used"
                                    + " yet. Nothing was copied.");
                }
            }
        }
    }

    private static long copyReviewers(Connection from, Connection to) throws SQLException {
        long n = 0;
        try (Statement st = from.createStatement();
                ResultSet rs = st.executeQuery("SELECT name, initials FROM reviewer ORDER BY id");
                PreparedStatement ins = to.prepareStatement(
                        "INSERT INTO public.reviewer (name, initials) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
            while (rs.next()) {
                ins.setString(1, rs.getString(1));
                ins.setString(2, rs.getString(2));
                ins.executeUpdate();
                n++;
            }
        }
        return n;
    }

    /** The server's type of each column the file has too (generated and server-only columns left out). */
    private static Map<String, String> columns(Connection from, Connection to, String table) throws SQLException {
        List<String> sqlite = new ArrayList<>();
        try (Statement st = from.createStatement();
                ResultSet rs = st.executeQuery("SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid")) {
            while (rs.next()) {
                sqlite.add(rs.getString(1));
            }
        }
        Map<String, String> types = new LinkedHashMap<>();
        try (PreparedStatement st = to.prepareStatement("""
                SELECT column_name, data_type FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name = ? AND is_generated = 'NEVER'""")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                Map<String, String> server = new LinkedHashMap<>();
                while (rs.next()) {
                    server.put(rs.getString(1), rs.getString(2));
                }
                for (String c : sqlite) {
                    if (server.containsKey(c)) {
                        types.put(c, server.get(c));
                    }
                }
            }
        }
        return types;
    }

    private static long copyTable(Connection from, Connection to, String table, String order) throws SQLException {
        Map<String, String> cols = columns(from, to, table);
        String names = String.join(", ", cols.keySet());
        List<String> params = new ArrayList<>();
        cols.forEach((c, type) -> params.add("CAST(? AS " + type + ")"));
        boolean identity = cols.containsKey("id");
        boolean recorded = table.equals("audit_log");
        String sql = "INSERT INTO public." + table + " (" + names + (recorded ? ", recorded_at" : "") + ")"
                + (identity ? " OVERRIDING SYSTEM VALUE" : "") + " VALUES (" + String.join(", ", params)
                + (recorded ? ", CAST(? AS timestamptz)" : "") + ")"
                + (SEEDED.contains(table) ? " ON CONFLICT DO NOTHING" : "")
                // The seeded default scale gives way to the desk's own choice.
                + (table.equals("desk_setting") ? " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value" : "");
        long n = 0;
        try (Statement st = from.createStatement();
                ResultSet rs = st.executeQuery("SELECT " + names + " FROM " + table + " ORDER BY " + order);
                PreparedStatement ins = to.prepareStatement(sql)) {
            while (rs.next()) {
                int i = 1;
                for (var col : cols.entrySet()) {
                    if (table.equals("claim") && col.getKey().equals("duplicate_of")) {
                        // May point at a later claim: set once all claims are there.
                        ins.setNull(i++, Types.BIGINT);
                        continue;
                    }
                    bind(ins, i++, rs, col.getKey(), col.getValue());
                }
                if (recorded) {
                    bind(ins, i, rs, "at", "timestamp with time zone"); // the server's clock: when it was done
                }
                ins.addBatch();
                if (++n % 500 == 0) {
                    ins.executeBatch();
                }
            }
            ins.executeBatch();
        }
        if (table.equals("claim")) {
            try (Statement st = from.createStatement();
                    ResultSet rs =
                            st.executeQuery("SELECT id, duplicate_of FROM claim WHERE duplicate_of IS NOT NULL");
                    PreparedStatement up =
                            to.prepareStatement("UPDATE public.claim SET duplicate_of = ? WHERE id = ?")) {
                while (rs.next()) {
                    up.setLong(1, rs.getLong(2));
                    up.setLong(2, rs.getLong(1));
                    up.executeUpdate();
                }
            }
        }
        return n;
    }

    private static void bind(PreparedStatement ins, int i, ResultSet rs, String column, String type)
            throws SQLException {
        switch (type) {
            case "bigint", "integer" -> {
                long v = rs.getLong(column);
                if (rs.wasNull()) {
                    ins.setNull(i, Types.BIGINT);
                } else {
                    ins.setLong(i, v);
                }
            }
            case "bytea" -> ins.setBytes(i, rs.getBytes(column));
            case "boolean" -> {
                boolean v = rs.getBoolean(column);
                if (rs.wasNull()) {
                    ins.setNull(i, Types.BOOLEAN);
                } else {
                    ins.setBoolean(i, v);
                }
            }
            case "double precision" -> {
                double v = rs.getDouble(column);
                if (rs.wasNull()) {
                    ins.setNull(i, Types.DOUBLE);
                } else {
                    ins.setDouble(i, v);
                }
            }
            case "timestamp with time zone" -> {
                String v = rs.getString(column);
                if (v == null) {
                    ins.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    // The server keeps microseconds; cut here, so that the checksums compare like with like.
                    Instant t = Instant.parse(v).truncatedTo(ChronoUnit.MICROS);
                    ins.setObject(i, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
                }
            }
            default -> ins.setString(i, rs.getString(column));
        }
    }

    /** Counts and content of every copied table, read back from both sides in the same order. */
    private static void verify(Connection from, Connection to, java.nio.file.Path file) throws SQLException {
        for (var table : TABLES.entrySet()) {
            Map<String, String> cols = columns(from, to, table.getKey());
            String select = "SELECT " + String.join(", ", cols.keySet()) + " FROM " + table.getKey() + " ORDER BY "
                    + table.getValue();
            Digest source = digest(from, select, cols, false);
            Digest target = digest(to, select.replace(" FROM ", " FROM public."), cols, true);
            if (source.rows() != target.rows() || !source.sha256().equals(target.sha256())) {
                logFirstDifference(from, to, select, cols, table.getKey());
                to.rollback();
                throw new ClaimDeskException(
                        Problem.CORRUPT_DATABASE,
                        "The copy of " + file.getFileName() + " did not match it in the table " + table.getKey() + " ("
                                + source.rows() + " rows in the file, " + target.rows() + " on the server);"
                                + " nothing was kept on the server.");
            }
        }
        try (Statement a = from.createStatement();
                ResultSet names = a.executeQuery("SELECT name FROM reviewer");
                PreparedStatement b = to.prepareStatement("SELECT 1 FROM public.reviewer WHERE name = ?")) {
            while (names.next()) {
                b.setString(1, names.getString(1));
                try (ResultSet found = b.executeQuery()) {
                    if (!found.next()) {
                        to.rollback();
                        throw new ClaimDeskException(
                                Problem.CORRUPT_DATABASE,
                                "The reviewer " + names.getString(1) + " did not arrive on the server; nothing was"
                                        + " kept there.");
                    }
                }
            }
        }
    }

    /** For the log: where the two sides first differ (table, row, column). */
    private static void logFirstDifference(
            Connection from, Connection to, String select, Map<String, String> cols, String table) throws SQLException {
        try (Statement a = from.createStatement();
                ResultSet ra = a.executeQuery(select);
                Statement b = to.createStatement();
                ResultSet rb = b.executeQuery(select.replace(" FROM ", " FROM public."))) {
            for (long row = 1; ; row++) {
                boolean moreA = ra.next();
                boolean moreB = rb.next();
                if (!moreA || !moreB) {
                    LOG.warn("Copy check: {} has {} rows more in the {}", table, 1, moreA ? "file" : "server");
                    return;
                }
                for (var col : cols.entrySet()) {
                    String va = canonical(ra, col.getKey(), col.getValue(), false);
                    String vb = canonical(rb, col.getKey(), col.getValue(), true);
                    if (!va.equals(vb)) {
                        LOG.warn(
                                "Copy check: {} row {} column {} differs: file {} server {}",
                                table,
                                row,
                                col.getKey(),
                                abbreviate(va),
                                abbreviate(vb));
                        return;
                    }
                }
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    private record Digest(long rows, String sha256) {}

    private static Digest digest(Connection c, String select, Map<String, String> cols, boolean server)
            throws SQLException {
        MessageDigest sha = sha256();
        long n = 0;
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(select)) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (var col : cols.entrySet()) {
                    row.append(canonical(rs, col.getKey(), col.getValue(), server))
                            .append('\u001f');
                }
                sha.update(row.append('\u001e').toString().getBytes(StandardCharsets.UTF_8));
                n++;
            }
        }
        return new Digest(n, HexFormat.of().formatHex(sha.digest()));
    }

    /** One value as the same text on both sides: numbers, instants (to the microsecond), JSON by key. */
    private static String canonical(ResultSet rs, String column, String type, boolean server) throws SQLException {
        switch (type) {
            case "bytea" -> {
                byte[] v = rs.getBytes(column);
                return v == null ? "\u2205" : java.util.HexFormat.of().formatHex(sha256().digest(v));
            }
            case "boolean" -> {
                boolean v = rs.getBoolean(column); // SQLite's 0/1 and the server's false/true alike
                return rs.wasNull() ? "\u2205" : Boolean.toString(v);
            }
            case "bigint", "integer" -> {
                long v = rs.getLong(column);
                return rs.wasNull() ? "\u2205" : Long.toString(v);
            }
            case "double precision" -> {
                double v = rs.getDouble(column);
                return rs.wasNull() ? "\u2205" : Double.toString(v);
            }
            case "timestamp with time zone" -> {
                if (server) {
                    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
                    return t == null ? "\u2205" : t.toInstant().toString();
                }
                String v = rs.getString(column);
                return v == null
                        ? "\u2205"
                        : Instant.parse(v).truncatedTo(ChronoUnit.MICROS).toString();
            }
            case "jsonb" -> {
                String v = rs.getString(column);
                if (v == null) {
                    return "\u2205";
                }
                try {
                    StringBuilder out = new StringBuilder();
                    canonicalJson(JSON.readTree(v), out);
                    return out.toString();
                } catch (java.io.IOException e) {
                    return "unreadable JSON " + v;
                }
            }
            default -> {
                String v = rs.getString(column);
                return v == null ? "\u2205" : v;
            }
        }
    }

    /**
     * JSON as one text whatever wrote it: object keys sorted, numbers by value (jsonb prints
     * 4.6E9 as 4600000000 and 1.50 keeps its zero; both are the same number).
     */
    private static void canonicalJson(com.fasterxml.jackson.databind.JsonNode n, StringBuilder out) {
        if (n.isObject()) {
            List<String> keys = new ArrayList<>();
            n.fieldNames().forEachRemaining(keys::add);
            java.util.Collections.sort(keys);
            out.append('{');
            for (String k : keys) {
                out.append(quote(k)).append(':');
                canonicalJson(n.get(k), out);
                out.append(',');
            }
            out.append('}');
        } else if (n.isArray()) {
            out.append('[');
            for (com.fasterxml.jackson.databind.JsonNode e : n) {
                canonicalJson(e, out);
                out.append(',');
            }
            out.append(']');
        } else if (n.isNumber()) {
            out.append(n.decimalValue().stripTrailingZeros().toPlainString());
        } else {
            out.append(n.toString());
        }
    }

    private static String quote(String s) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(s).toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
