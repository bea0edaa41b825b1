package dev.claimdesk.store;

import dev.claimdesk.domain.BlindRound;
import dev.claimdesk.domain.ClaimKind;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.DismissReason;
import dev.claimdesk.domain.Review;
import dev.claimdesk.domain.ReviewKind;
import dev.claimdesk.domain.ReviewMode;
import dev.claimdesk.domain.VerdictRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps an export row; kinds and flags become "; "-joined text, never JSON in a cell. */
public final class VerdictRowMapper implements RowMapper<VerdictRow> {

    @Override
    public VerdictRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        // SQLite's json_each did the unpacking (fast on a million rows); names become labels here.
        String kinds = labels(rs.getString("kinds"));
        String flags = flagCodes(rs.getString("flags"));
        String published = rs.getString("article_published_on");
        Instant approvedAt = TextTimeTypes.instant(rs, "approved_at");
        return new VerdictRow(
                rs.getLong("claim_id"),
                rs.getLong("article_id"),
                rs.getString("article_title"),
                rs.getString("article_url"),
                rs.getString("article_outlet"),
                published == null ? null : LocalDate.parse(published),
                rs.getString("claim_text"),
                rs.getString("claimant"),
                kinds,
                rs.getDouble("checkworthiness"),
                flags,
                ClaimState.valueOf(rs.getString("state")),
                dismissReason(rs.getString("dismiss_reason")),
                rs.getString("verdict"),
                rs.getString("verdict_code"),
                nullableInt(rs, "verdict_ordinal"),
                rs.getString("verdict_scale"),
                nullableInt(rs, "scale_best"),
                nullableInt(rs, "scale_worst"),
                rs.getString("rationale"),
                rs.getInt("evidence_count"),
                rs.getInt("supporting"),
                rs.getInt("refuting"),
                rs.getString("reviewer"),
                rs.getString("approved_by"),
                approvedAt,
                TextTimeTypes.instantText(rs, "updated_at"),
                rs.getString("verdict_published"),
                null, // ClaimReview and reports do not read the review mode and blind verdicts
                null);
    }

    /**
     * Maps the rows of verdictCsvRows.sql by position: only the verdict CSV's columns. Article titles
     * and URLs, and verdict and scale names, come from small maps read once per export.
     */
    public static final class Lean implements RowMapper<VerdictRow> {
        private Map<Long, String[]> articles;
        private Map<Long, String[]> labels;
        private Map<Long, String[]> modes;
        /** The blind verdicts of completed rounds, by claim: few claims have any, read once. */
        private Map<Long, VerdictRow.BlindVerdicts> blind;
        /** Few distinct kind combinations exist: each JSON text is decoded once (Jackson), then reused. */
        private final Map<String, String> kindLabels = new HashMap<>();

        @Override
        public VerdictRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            if (articles == null) {
                articles = lookup(rs, "SELECT id, title, url FROM article");
                labels = lookup(
                        rs,
                        "SELECT l.id, l.name, s.name FROM verdict_label l JOIN verdict_scale s ON s.id = l.scale_id");
                modes = lookup(rs, "SELECT id, review_mode, review_mode FROM article");
                blind = blindVerdicts(rs, labels);
            }
            long articleId = rs.getLong(2);
            String[] article = articles.getOrDefault(articleId, new String[2]);
            long labelId = rs.getLong(7);
            String[] label = rs.wasNull() ? new String[2] : labels.getOrDefault(labelId, new String[2]);
            return new VerdictRow(
                    rs.getLong(1),
                    articleId,
                    article[0],
                    article[1],
                    null,
                    null,
                    rs.getString(3),
                    rs.getString(4),
                    kindLabels.computeIfAbsent(rs.getString(5), Lean::kindLabels),
                    rs.getDouble(15),
                    flagCodes(rs.getString(16)),
                    ClaimState.valueOf(rs.getString(6)),
                    dismissReason(rs.getString(17)),
                    label[0],
                    null,
                    null,
                    label[1],
                    null,
                    null,
                    rs.getString(8),
                    rs.getInt(9),
                    rs.getInt(10),
                    rs.getInt(11),
                    rs.getString(12),
                    rs.getString(13),
                    null,
                    instantText(rs, 14),
                    null,
                    ReviewMode.valueOf(modes.getOrDefault(articleId, new String[] {"FOUR_EYES"})[0]),
                    blind.get(rs.getLong(1)));
        }

        /**
         * The two verdicts of each claim's current blind round once both are in (BlindRound decides
         * what the round is); a round still open is not exported, so no rater reads the other's
         * verdict from a CSV.
         */
        private static Map<Long, VerdictRow.BlindVerdicts> blindVerdicts(ResultSet rs, Map<Long, String[]> labels)
                throws SQLException {
            Map<Long, List<Review>> byClaim = new HashMap<>();
            String sql = "SELECT id, claim_id, reviewer, label_id, kind FROM review"
                    + " WHERE claim_id IN (SELECT claim_id FROM review WHERE kind = 'BLIND') ORDER BY claim_id, id";
            try (Statement st = rs.getStatement().getConnection().createStatement();
                    ResultSet r = st.executeQuery(sql)) {
                while (r.next()) {
                    long label = r.getLong(4);
                    Long labelId = r.wasNull() ? null : label;
                    byClaim.computeIfAbsent(r.getLong(2), k -> new ArrayList<>())
                            .add(new Review(
                                    r.getLong(1),
                                    r.getLong(2),
                                    r.getString(3),
                                    labelId,
                                    null,
                                    ReviewKind.valueOf(r.getString(5)),
                                    Instant.EPOCH));
                }
            }
            Map<Long, VerdictRow.BlindVerdicts> out = new HashMap<>();
            byClaim.forEach((claim, reviews) -> {
                BlindRound round = BlindRound.of(reviews);
                if (round.complete()) {
                    Review a = round.verdicts().get(0);
                    Review b = round.verdicts().get(1);
                    out.put(
                            claim,
                            new VerdictRow.BlindVerdicts(
                                    name(labels, a.labelId()), a.reviewer(), name(labels, b.labelId()), b.reviewer()));
                }
            });
            return out;
        }

        private static String name(Map<Long, String[]> labels, Long id) {
            return id == null ? null : labels.getOrDefault(id, new String[1])[0];
        }

        private static String kindLabels(String json) {
            return JsonColumns.readSet(json, ClaimKind.class).stream()
                    .map(ClaimKind::label)
                    .collect(java.util.stream.Collectors.joining("; "));
        }

        /** id -> two text columns, read through the same connection (same transaction, same snapshot). */
        private static Map<Long, String[]> lookup(ResultSet rs, String sql) throws SQLException {
            Map<Long, String[]> out = new HashMap<>();
            try (Statement st = rs.getStatement().getConnection().createStatement();
                    ResultSet r = st.executeQuery(sql)) {
                while (r.next()) {
                    out.put(r.getLong(1), new String[] {r.getString(2), r.getString(3)});
                }
            }
            return out;
        }
    }

    private static String labels(String kindNames) {
        if (kindNames == null || kindNames.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String name : kindNames.split(";")) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(ClaimKind.valueOf(name).label());
        }
        return sb.toString();
    }

    /** SQLite's group_concat joins with ","; exports join several values with "; ". */
    /** The warnings' codes, "; "-joined; a change note ({@link dev.claimdesk.domain.RedFlag#CHANGE_NOTE}) is no warning. */
    private static String flagCodes(String joined) {
        if (joined == null) {
            return "";
        }
        return java.util.Arrays.stream(joined.split(","))
                .map(String::strip)
                .filter(code -> !code.isEmpty() && !code.equals(dev.claimdesk.domain.RedFlag.CHANGE_NOTE))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static String instantText(ResultSet rs, int column) throws SQLException {
        Instant i = TextTimeTypes.instant(rs, column);
        return i == null ? null : i.toString();
    }

    private static DismissReason dismissReason(String name) {
        return name == null ? null : DismissReason.valueOf(name);
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
