package dev.claimdesk.bench;

import dev.claimdesk.app.AppPaths;
import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.DemoArticle;
import dev.claimdesk.domain.ServerAddress;
import dev.claimdesk.domain.TeamRole;
import dev.claimdesk.store.postgres.ServerLogin;
import dev.claimdesk.store.postgres.ServerSetup;
import dev.claimdesk.testsupport.PgDatabase;
import dev.claimdesk.testsupport.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Issue 13: opening the queue of an article with N claims (default 100,000), as the window reads
 * it ({@code ClaimService.listByArticle}), beside a plain JDBC query of the same rows reading every
 * column (what psql would fetch), on a team server and on a SQLite file. Medians of 5 after 2
 * warm-up rounds. Arguments: {@code WORKDIR [N]}.
 */
public final class ServerQueueBenchmark {
    private ServerQueueBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(work);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;

        PgDatabase db = PgDatabase.create(TestPostgres.require(), "ServerQueue");
        ServerSetup setup = ServerSetup.on(db.ownerLogin());
        setup.init();
        setup.addReviewer(db.login("ada"), TeamRole.REVIEWER, "password-of-ada".toCharArray());
        AppServices server = AppServices.openServer(
                ServerLogin.of(ServerAddress.parse(db.address(db.login("ada"))), "password-of-ada".toCharArray()),
                new AppPaths(work.resolve("data"), work.resolve("unused.db")),
                Clock.systemUTC());
        long serverArticle = DemoArticle.importInto(server.articles(), db.login("ada"))
                .article()
                .id();
        try (Connection c = db.asOwner()) {
            grow(c, serverArticle, n, true);
        }
        double[] app = time(() -> server.claims().listByArticle(serverArticle).size());
        double[] plain;
        try (Connection c = db.connect(db.login("ada"), "password-of-ada")) {
            plain = time(() -> plainRead(c, serverArticle));
        }
        report("team server (PostgreSQL 15, same machine)", n, app, plain);

        Path file = work.resolve("queue.db");
        Files.deleteIfExists(file);
        AppServices local = AppServices.open(new AppPaths(work.resolve("data"), file), Clock.systemUTC());
        long fileArticle =
                DemoArticle.importInto(local.articles(), "ada").article().id();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            grow(c, fileArticle, n, false);
        }
        double[] fileApp = time(() -> local.claims().listByArticle(fileArticle).size());
        double[] filePlain;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            filePlain = time(() -> plainRead(c, fileArticle));
        }
        report("database file (SQLite)", n, fileApp, filePlain);
        System.exit(0);
    }

    /** The article's first claim, copied until the article holds {@code n} claims. */
    static void grow(Connection c, long article, int n, boolean server) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        server
                                ? "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'"
                                        + " AND table_name = 'claim' AND is_generated = 'NEVER' AND column_name <> 'id'"
                                : "SELECT name FROM pragma_table_info('claim') WHERE name <> 'id'")) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        long existing;
        long template;
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*), min(id) FROM claim WHERE article_id = " + article)) {
            rs.next();
            existing = rs.getLong(1);
            template = rs.getLong(2);
        }
        String select = String.join(
                ", ",
                columns.stream()
                        .map(col -> switch (col) {
                            case "position" -> "position + g";
                            case "text" -> "text || ' (' || g || ')'";
                            case "duplicate_of" -> "NULL";
                            default -> col;
                        })
                        .toList());
        String series = server
                ? "generate_series(1, " + (n - existing) + ") AS s(g)"
                : "(WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < " + (n - existing)
                        + ") SELECT g FROM s)";
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            if (server) {
                st.execute("ALTER TABLE claim DISABLE TRIGGER USER"); // no rules, no notifications
            }
            st.executeUpdate("INSERT INTO claim (" + String.join(", ", columns) + ") SELECT " + select + " FROM claim, "
                    + series + " WHERE claim.id = " + template);
            if (server) {
                st.execute("ALTER TABLE claim ENABLE TRIGGER USER");
                st.execute("ANALYZE claim");
            }
        }
        c.commit();
        c.setAutoCommit(true);
    }

    private static int plainRead(Connection c, long article) {
        try (PreparedStatement st = c.prepareStatement("SELECT * FROM claim WHERE article_id = ? ORDER BY position")) {
            st.setLong(1, article);
            int rows = 0;
            try (ResultSet rs = st.executeQuery()) {
                int cols = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= cols; i++) {
                        rs.getObject(i);
                    }
                    rows++;
                }
            }
            return rows;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double[] time(java.util.function.IntSupplier read) {
        for (int i = 0; i < 2; i++) {
            read.getAsInt();
        }
        double[] ms = new double[5];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            read.getAsInt();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void report(String where, int n, double[] app, double[] plain) {
        System.out.printf(
                Locale.ROOT,
                "%s, an article of %,d claims: the queue's read (listByArticle) median %.0f ms (%.0f-%.0f);"
                        + " plain JDBC of every column median %.0f ms (%.0f-%.0f); ratio %.2f%n",
                where,
                n,
                app[2],
                app[0],
                app[4],
                plain[2],
                plain[0],
                plain[4],
                app[2] / plain[2]);
    }
}
