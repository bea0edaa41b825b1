package dev.claimdesk.bench;

import dev.claimdesk.app.AppPaths;
import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.DemoArticle;
import dev.claimdesk.domain.SearchQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Issue 15: a search in the article of 100,000 claims in a database of 1,000,000 (ten such
 * articles), for a word every claim has and for a word one claim has, in process: the app's call
 * ({@code ClaimService.search}, every hit's id, as the queue uses them), the first 100
 * hits of the full-text query with the article as one of its terms (what a paged queue reads
 * first), and the query the app ran before (every article's hits, then each hit's claim looked up
 * for its article). Medians of 11 runs in turns after 2 warm-up rounds. Arguments: {@code WORKDIR
 * [CLAIMS] [PER_ARTICLE]}.
 */
public final class SearchBenchmark {
    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(work);
        int claims = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int perArticle = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        Path file = work.resolve("search.db");
        AppServices app = AppServices.open(new AppPaths(work.resolve("data"), file), Clock.systemUTC());
        long article =
                DemoArticle.importInto(app.articles(), "Ada Lovelace").article().id();
        String common;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            ServerQueueBenchmark.grow(c, article, perArticle, false);
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                String columns = String.join(", ", columns(c));
                for (int k = 1; k < claims / perArticle; k++) {
                    st.executeUpdate("INSERT INTO article (title, outlet, author, url, published_on, language, format,"
                            + " body_text, body_sha256, imported_at, imported_by) SELECT 'Copy " + k + "', outlet,"
                            + " author, url, published_on, language, format, body_text, body_sha256, imported_at,"
                            + " imported_by FROM article WHERE id = " + article);
                    st.executeUpdate("INSERT INTO claim (article_id, " + columns + ") SELECT last_insert_rowid(), "
                            + columns + " FROM claim WHERE article_id = " + article);
                }
            }
            c.commit();
            common = commonWord(c, article);
        }
        String rare = "12345"; // the generated claims end in " (g)": one claim of each article has it
        System.out.printf(
                Locale.ROOT,
                "%,d claims, %,d in the article searched; words: '%s' (in every claim), '%s' (one claim)%n",
                claims,
                perArticle,
                common,
                rare);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (String word : new String[] {common, rare}) {
                SearchQuery q = SearchQuery.parse(word);
                Callable<Integer> appCall =
                        () -> app.claims().search(article, q).size();
                Callable<Integer> firstPage = () -> count(
                        c,
                        "SELECT rowid FROM claim_search WHERE claim_search MATCH ? ORDER BY rowid LIMIT 100",
                        "article : a" + article + " AND " + dev.claimdesk.store.SearchDao.toMatchExpression(q));
                Callable<Integer> before = () -> count(
                        c,
                        "SELECT s.rowid FROM claim_search s JOIN claim c ON c.id = s.rowid"
                                + " WHERE claim_search MATCH ? AND c.article_id = " + article,
                        '"' + word + "\"*");
                double[][] t = time(appCall, firstPage, before);
                System.out.printf(
                        Locale.ROOT,
                        "'%s': %,d hits; the app's call %.1f ms, first 100 hits %.2f ms, the query before %.1f ms%n",
                        word,
                        appCall.call(),
                        median(t[0]),
                        median(t[1]),
                        median(t[2]));
            }
        }
        System.exit(0);
    }

    private static java.util.List<String> columns(Connection c) throws Exception {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT name FROM pragma_table_info('claim') WHERE name NOT IN ('id', 'article_id')")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** The longest word of the claim every generated claim copies (so it is in all of them). */
    private static String commonWord(Connection c, long article) throws Exception {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT text FROM claim WHERE article_id = " + article
                        + " AND position = (SELECT max(position) FROM claim WHERE article_id = " + article + ")")) {
            rs.next();
            return Arrays.stream(rs.getString(1).split("[^\\p{L}]+"))
                    .max((a, b) -> Integer.compare(a.length(), b.length()))
                    .orElseThrow()
                    .toLowerCase(Locale.ROOT);
        }
    }

    private static int count(Connection c, String sql, String match) throws Exception {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, match);
            int n = 0;
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(1);
                    n++;
                }
            }
            return n;
        }
    }

    @SafeVarargs
    private static double[][] time(Callable<Integer>... calls) throws Exception {
        double[][] ms = new double[calls.length][11];
        for (int round = -2; round < 11; round++) {
            for (int k = 0; k < calls.length; k++) {
                long t0 = System.nanoTime();
                calls[k].call();
                double elapsed = (System.nanoTime() - t0) / 1e6;
                if (round >= 0) {
                    ms[k][round] = elapsed;
                }
            }
        }
        return ms;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
