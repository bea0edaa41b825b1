package dev.claimdesk.bench;

import dev.claimdesk.app.AppPaths;
import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.DemoArticle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Issue 15: launch to "window shown" and to "settled" (the first article and its claims on screen),
 * and resident memory 10 s after that, for ClaimDesk on a generated database beside a minimal
 * FlatLaf frame ({@link EmptyFlatLafFrame}), launched in turns (A B A B …). Both print the same
 * probe lines at the same kind of moment ({@code windowOpened}, then the first content on screen),
 * read here from their standard output; times are from just before the process starts.
 *
 * <pre>
 * generate FILE DATADIR [CLAIMS] [ARTICLES]   a database of CLAIMS claims (100,000) in ARTICLES
 *                                              articles (201); the largest, newest, opens first
 * startup PAIRS DATADIR -- APP... -- BASE...  PAIRS pairs of launches
 * memory PAIRS DATADIR -- APP... -- BASE...   RSS 10 s after "settled"
 * </pre>
 */
public final class StartupBenchmark {
    private static final String REVIEWER = "Ada Lovelace";

    private StartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" ->
                generate(
                        Path.of(args[1]),
                        Path.of(args[2]),
                        args.length > 3 ? Integer.parseInt(args[3]) : 100_000,
                        args.length > 4 ? Integer.parseInt(args[4]) : 201);
            case "startup", "memory" -> {
                int pairs = Integer.parseInt(args[1]);
                Path data = Path.of(args[2]);
                List<String> rest = Arrays.asList(args).subList(3, args.length);
                int second = rest.subList(1, rest.size()).indexOf("--") + 1;
                List<String> app = rest.subList(1, second);
                List<String> base = rest.subList(second + 1, rest.size());
                if (args[0].equals("startup")) {
                    startup(pairs, data, app, base);
                } else {
                    memory(pairs, data, app, base);
                }
            }
            default -> throw new IllegalArgumentException("generate, startup or memory");
        }
        System.exit(0);
    }

    /**
     * The demo article grown to hold all but a few claims, then older articles with bodies of about
     * 39 KB each (as an archive of news articles has), the reviewer remembered in DATADIR.
     */
    static void generate(Path file, Path data, int claims, int articles) throws Exception {
        Files.deleteIfExists(file);
        Files.createDirectories(data);
        AppServices app = AppServices.open(new AppPaths(data, file), Clock.systemUTC());
        app.reviewers().findOrCreate(REVIEWER, "AL");
        long article =
                DemoArticle.importInto(app.articles(), REVIEWER).article().id();
        Files.writeString(data.resolve("settings.properties"), "reviewer.name=" + REVIEWER + "\n");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            ServerQueueBenchmark.grow(c, article, claims, false);
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                // Every claim embedded, as an import leaves it ("checked before"): the template's vector.
                st.executeUpdate("INSERT INTO claim_embedding (claim_id, model, vector, created_at)"
                        + " SELECT c.id, e.model, e.vector, e.created_at FROM claim c,"
                        + " (SELECT * FROM claim_embedding WHERE claim_id = (SELECT min(id) FROM claim"
                        + " WHERE article_id = " + article + ")) e"
                        + " WHERE NOT EXISTS (SELECT 1 FROM claim_embedding x WHERE x.claim_id = c.id)");
                // Older articles: the demo's body repeated to about 39 KB, imported a day apart before it.
                st.executeUpdate("INSERT INTO article (title, outlet, author, url, published_on, language, format,"
                        + " body_text, body_sha256, imported_at, imported_by)"
                        + " SELECT 'Archive article ' || g || ': ' || title, outlet, author, url, published_on,"
                        + " language, format, replace(hex(zeroblob(" + (39_000 / 2) + ")), '00', ' ') || body_text,"
                        + " body_sha256, strftime('%Y-%m-%dT%H:%M:%SZ', '2025-01-01', '+' || g || ' hours'),"
                        + " imported_by FROM article, (WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1"
                        + " FROM s WHERE g < " + (articles - 1) + ") SELECT g FROM s) WHERE id = " + article);
            }
            c.commit();
        }
        System.out.printf(Locale.ROOT, "%s: %,d claims in %,d articles%n", file, claims, articles);
    }

    private record Launch(double shownMs, double settledMs, long rssKib) {}

    private static void startup(int pairs, Path data, List<String> app, List<String> base) throws Exception {
        List<Launch> a = new ArrayList<>();
        List<Launch> b = new ArrayList<>();
        launch(app, data, false); // one of each first, not counted: the page cache, not the code
        launch(base, data, false);
        for (int i = 0; i < pairs; i++) {
            a.add(launch(app, data, false));
            b.add(launch(base, data, false));
            System.out.printf(
                    Locale.ROOT,
                    "pair %d: ClaimDesk shown %.0f ms, settled %.0f ms; frame shown %.0f ms, settled %.0f ms%n",
                    i + 1,
                    a.get(i).shownMs,
                    a.get(i).settledMs,
                    b.get(i).shownMs,
                    b.get(i).settledMs);
        }
        double[] shownRatio = new double[pairs];
        double[] settledRatio = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            shownRatio[i] = a.get(i).shownMs / b.get(i).shownMs;
            settledRatio[i] = a.get(i).settledMs / b.get(i).settledMs;
        }
        System.out.printf(
                Locale.ROOT,
                "window shown: ClaimDesk median %.0f ms, frame %.0f ms, paired ratio median %.2f×%n",
                median(a.stream().mapToDouble(Launch::shownMs).toArray()),
                median(b.stream().mapToDouble(Launch::shownMs).toArray()),
                median(shownRatio));
        System.out.printf(
                Locale.ROOT,
                "settled:      ClaimDesk median %.0f ms, frame %.0f ms, paired ratio median %.2f×  (%d pairs)%n",
                median(a.stream().mapToDouble(Launch::settledMs).toArray()),
                median(b.stream().mapToDouble(Launch::settledMs).toArray()),
                median(settledRatio),
                pairs);
    }

    private static void memory(int pairs, Path data, List<String> app, List<String> base) throws Exception {
        double[] a = new double[pairs];
        double[] b = new double[pairs];
        double[] ratio = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            a[i] = launch(app, data, true).rssKib / 1024.0;
            b[i] = launch(base, data, true).rssKib / 1024.0;
            ratio[i] = a[i] / b[i];
            System.out.printf(Locale.ROOT, "pair %d: ClaimDesk %.0f MiB, frame %.0f MiB%n", i + 1, a[i], b[i]);
        }
        System.out.printf(
                Locale.ROOT,
                "resident memory 10 s after settled: ClaimDesk median %.0f MiB, frame %.0f MiB,"
                        + " paired ratio median %.2f×  (%d pairs)%n",
                median(a),
                median(b),
                median(ratio),
                pairs);
    }

    /** One launch: with {@code memory}, kept open 10 s after settling, its RSS read, then stopped. */
    private static Launch launch(List<String> command, Path data, boolean memory) throws Exception {
        List<String> cmd = new ArrayList<>(command);
        // The probe's property through the environment: the JVM reads it whatever launched it
        // (java -jar or the installers' launcher).
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("CLAIMDESK_DATA_DIR", data.toString());
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Dclaimdesk.startupProbe=" + (memory ? "print" : "exit"));
        long t0 = System.nanoTime();
        Process p = pb.start();
        double shown = -1;
        double settled = -1;
        List<String> other = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.endsWith("claimdesk-probe shown")) {
                    shown = (System.nanoTime() - t0) / 1e6;
                } else if (line.endsWith("claimdesk-probe settled")) {
                    settled = (System.nanoTime() - t0) / 1e6;
                    if (memory) {
                        break;
                    }
                } else if (!line.startsWith("Picked up JAVA_TOOL_OPTIONS")) {
                    other.add(line);
                }
            }
            long rss = 0;
            if (memory) {
                // The rest of its output is read (and dropped) meanwhile, so it never blocks on a full pipe.
                Thread drain = new Thread(() -> {
                    try {
                        r.lines().forEach(l -> {});
                    } catch (java.io.UncheckedIOException closed) {
                        // the launch is over
                    }
                });
                drain.setDaemon(true);
                drain.start();
                Thread.sleep(10_000);
                if (!p.isAlive()) {
                    throw new IllegalStateException(command + " ended by itself (exit " + p.exitValue() + ")");
                }
                rss = rssKib(p.pid());
                p.destroy();
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            if (shown < 0 || settled < 0) {
                throw new IllegalStateException(command + " never settled: " + other);
            }
            return new Launch(shown, settled, rss);
        }
    }

    private static long rssKib(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
