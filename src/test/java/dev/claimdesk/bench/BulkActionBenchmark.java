package dev.claimdesk.bench;

import dev.claimdesk.app.AppPaths;
import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.ClaimService;
import dev.claimdesk.app.DemoArticle;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.ClaimState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 14: a bulk accept of N claims (default 10,000) as one transaction, each claim with its
 * audit row, and its undo (every claim put back, in one transaction), on a database file. The
 * window runs both in the background (the action runner), so these are the seconds the status bar
 * shows work, not a frozen window. Arguments: {@code WORKDIR [N]}.
 */
public final class BulkActionBenchmark {
    private BulkActionBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(work);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path file = work.resolve("bulk.db");
        Files.deleteIfExists(file);
        AppServices app = AppServices.open(new AppPaths(work.resolve("data"), file), Clock.systemUTC());
        app.reviewers().findOrCreate("Ada", "A");
        long article = DemoArticle.importInto(app.articles(), "Ada").article().id();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            ServerQueueBenchmark.grow(c, article, n, false);
        }
        List<Claim> all = app.claims().listByArticle(article);
        List<Long> ids = all.stream()
                .filter(c -> c.state() == ClaimState.PROPOSED)
                .map(Claim::id)
                .toList();

        long t0 = System.nanoTime();
        ClaimService.Bulk done = app.claims().actOnMany(ids, ClaimAction.ACCEPT, null, "Ada");
        double acceptS = (System.nanoTime() - t0) / 1e9;

        List<ClaimService.Restore> back = new ArrayList<>();
        for (int i = 0; i < done.after().size(); i++) {
            back.add(new ClaimService.Restore(
                    done.after().get(i).id(), done.after().get(i), done.before().get(i)));
        }
        long t1 = System.nanoTime();
        app.claims().restore(back, "undo", "Ada");
        double undoS = (System.nanoTime() - t1) / 1e9;

        long audited = app.claims().history(ids.get(ids.size() - 1)).stream()
                .filter(e -> e.action().equals("accept"))
                .count();
        System.out.printf(
                Locale.ROOT,
                "bulk accept of %,d claims in one transaction: %.2f s (%d accepted, %d refused, last claim's accept"
                        + " audited: %s); its undo in one transaction: %.2f s%n",
                ids.size(),
                acceptS,
                done.after().size(),
                done.refused().size(),
                audited == 1 ? "yes" : "no",
                undoS);
        System.exit(0);
    }
}
