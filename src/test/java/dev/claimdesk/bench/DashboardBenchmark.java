package dev.claimdesk.bench;

import dev.claimdesk.app.AppPaths;
import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.DemoArticle;
import dev.claimdesk.domain.DeskStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * Issue 14: how long the dashboard's figures take to load (one read, {@code StatsService.stats}) on
 * a database file of N claims (default 100,000), a fifth of them approved with a proposal and an
 * approval over 90 days. The window loads them in the background after every change while the
 * dashboard is shown, so this is how long the figures lag a change, not a frozen window.
 * Arguments: {@code WORKDIR [N]}.
 */
public final class DashboardBenchmark {
    private DashboardBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(work);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path file = work.resolve("dashboard.db");
        Files.deleteIfExists(file);
        AppServices app = AppServices.open(new AppPaths(work.resolve("data"), file), Clock.systemUTC());
        app.reviewers().findOrCreate("Ada", "A");
        long article = DemoArticle.importInto(app.articles(), "Ada").article().id();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            ServerQueueBenchmark.grow(c, article, n, false);
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                // A fifth approved: the state, a verdict of the default scale, and its two reviews.
                st.executeUpdate("UPDATE claim SET state = 'APPROVED', verdict_label_id = 1 + (id % 5)"
                        + " WHERE article_id = " + article + " AND id % 5 = 0");
                for (String kind : new String[] {"PROPOSAL", "APPROVAL"}) {
                    st.executeUpdate("INSERT INTO review (claim_id, reviewer, label_id, rationale, kind, created_at)"
                            + " SELECT id, '" + (kind.equals("PROPOSAL") ? "Ada" : "Bea") + "', verdict_label_id,"
                            + " 'Because.', '" + kind + "',"
                            + " strftime('%Y-%m-%dT%H:%M:%SZ', '2026-09-01', '+' || ((id / 5) % 90) || ' days')"
                            + " FROM claim WHERE article_id = " + article + " AND state = 'APPROVED'");
                }
            }
            c.commit();
        }
        long[] nanos = new long[7];
        DeskStats s = null;
        for (int i = 0; i < nanos.length; i++) {
            long t0 = System.nanoTime();
            s = app.stats().stats(0, i % 2 == 0 ? null : LocalDate.parse("2026-10-01"));
            nanos[i] = System.nanoTime() - t0;
        }
        long[] warm = Arrays.copyOfRange(nanos, 2, nanos.length);
        Arrays.sort(warm);
        System.out.printf(
                Locale.ROOT,
                "dashboard figures of %,d claims (%,d approved, %,d days with approvals): first load %.0f ms,"
                        + " then median %.0f ms, worst %.0f ms (%d loads)%n",
                s.totalClaims(),
                s.claimsIn(dev.claimdesk.domain.ClaimState.APPROVED),
                s.approvedPerDay().size(),
                nanos[0] / 1e6,
                warm[warm.length / 2] / 1e6,
                warm[warm.length - 1] / 1e6,
                warm.length);
        System.exit(0);
    }
}
