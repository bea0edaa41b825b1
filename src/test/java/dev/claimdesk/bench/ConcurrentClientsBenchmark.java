package dev.claimdesk.bench;

import dev.claimdesk.app.AppPaths;
import dev.claimdesk.app.AppServices;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.ChangedMeanwhileException;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.ServerAddress;
import dev.claimdesk.domain.TeamRole;
import dev.claimdesk.store.postgres.ServerLogin;
import dev.claimdesk.store.postgres.ServerSetup;
import dev.claimdesk.testsupport.PgDatabase;
import dev.claimdesk.testsupport.TestPostgres;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Issue 13's concurrency benchmark (a benchmark, not a test: it prints figures for
 * docs/benchmarks.md). N client processes (default 20), each a JVM of its own signed in as its own
 * reviewer, edit the rationales of the same 200 claims for S seconds (default 60): read a claim,
 * then write its verdict based on the version read. A write based on an older version must be
 * refused (someone else was faster); anything else that goes wrong is an error. At the end every
 * claim's version must have risen by exactly its accepted writes, its text must be the last
 * accepted write, and every accepted write must have its audit row: otherwise an update was lost.
 *
 * <p>{@code run pg|sqlite WORKDIR [CLIENTS] [SECONDS]}: on a throwaway PostgreSQL cluster (as the
 * tests start one), or on one SQLite file shared by the processes on this computer.
 */
public final class ConcurrentClientsBenchmark {
    static final String PASSWORD = "password-for-the-benchmark";
    static final int CLAIMS = 200;

    private ConcurrentClientsBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("worker")) {
            worker(args);
            return;
        }
        boolean pg = args[1].equals("pg");
        Path work = Path.of(args[2]).toAbsolutePath();
        Files.createDirectories(work);
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 60;

        String[] addresses = new String[clients];
        AppServices setupApp;
        String setupWho;
        PgDatabase db = null;
        if (pg) {
            db = PgDatabase.create(TestPostgres.require(), "ConcurrentClients");
            ServerSetup setup = ServerSetup.on(db.ownerLogin());
            setup.init();
            for (int i = 0; i < clients; i++) {
                setup.addReviewer(db.login("c" + i), TeamRole.REVIEWER, PASSWORD.toCharArray());
                addresses[i] = db.address(db.login("c" + i));
            }
            setupWho = db.login("c0");
            setupApp = AppServices.openServer(
                    ServerLogin.of(ServerAddress.parse(addresses[0]), PASSWORD.toCharArray()),
                    new AppPaths(work.resolve("data"), work.resolve("unused.db")),
                    Clock.systemUTC());
        } else {
            Path file = work.resolve("shared.db");
            Files.deleteIfExists(file);
            Arrays.fill(addresses, file.toString());
            setupWho = "c0";
            setupApp = AppServices.open(new AppPaths(work.resolve("data"), file), Clock.systemUTC());
            for (int i = 0; i < clients; i++) {
                setupApp.reviewers().findOrCreate("c" + i, "C" + i);
            }
        }
        List<Long> ids = prepare(setupApp, setupWho);
        Map<Long, Long> startVersion = new HashMap<>();
        for (long id : ids) {
            startVersion.put(id, setupApp.claims().get(id).version());
        }
        Instant started = Instant.now();
        Path idFile = Files.writeString(
                work.resolve("claims.txt"),
                String.join("\n", ids.stream().map(String::valueOf).toList()));

        // On the server, a window of another reviewer hears every change: how long after the edit began.
        List<long[]> heard = java.util.Collections.synchronizedList(new ArrayList<>()); // {claim, client, at}
        AutoCloseable listening = setupApp.listenForChanges(
                change -> {
                    if (change.by() != null && change.claimId() != 0) {
                        int client = clientOf(change.by());
                        if (client >= 0) {
                            heard.add(new long[] {change.claimId(), client, epochMicros()});
                        }
                    }
                },
                (connected, message) -> {});
        List<Process> workers = new ArrayList<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < clients; i++) {
            workers.add(new ProcessBuilder(
                            java,
                            "-Xmx256m",
                            "-XX:TieredStopAtLevel=1",
                            "-cp",
                            System.getProperty("java.class.path"),
                            ConcurrentClientsBenchmark.class.getName(),
                            "worker",
                            pg ? "pg" : "sqlite",
                            addresses[i],
                            "c" + i,
                            String.valueOf(seconds),
                            String.valueOf(1000 + i),
                            idFile.toString(),
                            work.resolve("client-" + i + ".tsv").toString(),
                            work.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("client-" + i + ".log").toFile())
                    .start());
        }
        for (Process p : workers) {
            if (!p.waitFor(seconds + 300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                System.out.println("a client did not finish");
            }
        }

        // What the clients did.
        List<Long> latencies = new ArrayList<>();
        long ok = 0;
        long refused = 0;
        long errors = 0;
        Map<Long, long[]> lastOk = new HashMap<>(); // claim -> {version}
        Map<Long, String> lastText = new HashMap<>();
        Map<Long, Long> okPerClaim = new HashMap<>();
        List<long[]> writes = new ArrayList<>(); // {claim, client, started at (epoch µs)}
        for (int i = 0; i < clients; i++) {
            Path out = work.resolve("client-" + i + ".tsv");
            if (!Files.exists(out)) {
                errors++;
                continue;
            }
            for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", 6);
                long claim = Long.parseLong(f[1]);
                latencies.add(Long.parseLong(f[3]));
                switch (f[0]) {
                    case "ok" -> {
                        ok++;
                        long v = Long.parseLong(f[2]);
                        okPerClaim.merge(claim, 1L, Long::sum);
                        writes.add(new long[] {claim, i, Long.parseLong(f[4])});
                        long[] best = lastOk.computeIfAbsent(claim, k -> new long[] {-1});
                        if (v > best[0]) {
                            best[0] = v;
                            lastText.put(claim, f[5]);
                        }
                    }
                    case "stale" -> refused++;
                    default -> errors++;
                }
            }
        }
        Thread.sleep(2000); // the last notifications
        listening.close();
        List<Long> liveDelays = liveDelays(writes, heard);

        // What the database holds.
        long lost = 0;
        long auditMissing = 0;
        for (long id : ids) {
            Claim c = setupApp.claims().get(id);
            long accepted = okPerClaim.getOrDefault(id, 0L);
            if (c.version() - startVersion.get(id) != accepted) {
                lost++;
            } else if (accepted > 0 && !lastText.get(id).equals(c.rationale())) {
                lost++;
            }
            long audited = setupApp.claims().history(id).stream()
                    .filter(e -> e.action().equals("set verdict") && !e.at().isBefore(started))
                    .count();
            auditMissing += Math.max(0, accepted - audited);
        }
        latencies.sort(null);
        if (pg) {
            System.out.printf(
                    Locale.ROOT,
                    "live changes: %d of %d accepted edits heard by another reviewer's window; from the start of the"
                            + " edit to hearing it: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    liveDelays.size(),
                    ok,
                    percentile(liveDelays, 0.50) / 1000.0,
                    percentile(liveDelays, 0.99) / 1000.0,
                    liveDelays.isEmpty() ? 0 : liveDelays.get(liveDelays.size() - 1) / 1000.0);
        }
        System.out.printf(
                Locale.ROOT,
                "%s: %d clients x %d s on %d claims: %d edits accepted, %d refused as based on an older version,"
                        + " %d errors, %d lost updates, %d audit rows missing; edit latency (read + write) p50 %.1f ms,"
                        + " p99 %.1f ms; %.0f accepted edits/s%n",
                pg ? "PostgreSQL" : "SQLite (one file, processes of one computer)",
                clients,
                seconds,
                ids.size(),
                ok,
                refused,
                errors,
                lost,
                auditMissing,
                percentile(latencies, 0.50) / 1000.0,
                percentile(latencies, 0.99) / 1000.0,
                ok / (double) seconds);
        System.exit(errors == 0 && lost == 0 && auditMissing == 0 ? 0 : 1);
    }

    /** An article of {@value #CLAIMS} check-worthy sentences, all accepted and given a first verdict. */
    private static List<Long> prepare(AppServices app, String who) {
        StringBuilder body = new StringBuilder("City figures\n\n");
        Random r = new Random(42);
        for (int i = 0; i < CLAIMS; i++) {
            body.append("District ")
                    .append(i)
                    .append(" recorded ")
                    .append(1000 + r.nextInt(90_000))
                    .append(" visitors in 2025, up from ")
                    .append(1000 + r.nextInt(90_000))
                    .append(" in 2024, the statistics office said.\n");
        }
        long article = app.articles()
                .importText(
                        body.toString(),
                        ArticleFormat.TEXT,
                        new ArticleMetadata("City figures", null, null, null, null),
                        "en",
                        who)
                .article()
                .id();
        long label =
                app.scales().defaultScale().labelByCode("FALSE").orElseThrow().id();
        List<Long> ids = new ArrayList<>();
        for (Claim c : app.claims().listByArticle(article)) {
            if (c.state() == ClaimState.PROPOSED) {
                app.claims().act(c.id(), ClaimAction.ACCEPT, null, null, who);
            }
            app.claims().setVerdict(c.id(), label, "first", who);
            ids.add(c.id());
        }
        return ids;
    }

    private static void worker(String[] a) throws Exception {
        boolean pg = a[1].equals("pg");
        String address = a[2];
        String who = a[3];
        int seconds = Integer.parseInt(a[4]);
        Random random = new Random(Long.parseLong(a[5]));
        List<Long> ids =
                Files.readAllLines(Path.of(a[6])).stream().map(Long::parseLong).toList();
        Path out = Path.of(a[7]);
        Path work = Path.of(a[8]);
        AppPaths paths = new AppPaths(work.resolve("data-" + who), work.resolve("unused-" + who + ".db"));
        AppServices app = pg
                ? AppServices.openServer(
                        ServerLogin.of(ServerAddress.parse(address), PASSWORD.toCharArray()), paths, Clock.systemUTC())
                : AppServices.open(new AppPaths(work.resolve("data-" + who), Path.of(address)), Clock.systemUTC());
        long label =
                app.scales().defaultScale().labelByCode("FALSE").orElseThrow().id();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int n = 0;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            while (System.nanoTime() < end) {
                long id = ids.get(random.nextInt(ids.size()));
                String text = who + " edit " + (++n);
                long t0 = System.nanoTime();
                long startedAt = epochMicros();
                String outcome;
                long version = -1;
                try {
                    Claim seen = app.claims().get(id);
                    Claim after = app.claims().setVerdict(id, seen.version(), label, text, who);
                    version = after.version();
                    outcome = "ok";
                } catch (ChangedMeanwhileException stale) {
                    outcome = "stale";
                } catch (RuntimeException e) {
                    outcome = "error";
                    System.out.println("error: " + e);
                }
                long micros = (System.nanoTime() - t0) / 1000;
                w.println(outcome + "\t" + id + "\t" + version + "\t" + micros + "\t" + startedAt + "\t" + text);
            }
        }
        System.exit(0);
    }

    /** "…_c7" is client 7 (the logins are named after the clients); -1 for anyone else. */
    private static int clientOf(String login) {
        int at = login.lastIndexOf("c");
        try {
            return at < 0 ? -1 : Integer.parseInt(login.substring(at + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * For each accepted edit, the first notification of the same claim by the same client heard
     * after the edit began: the delay from that start (an upper bound of the commit's delay).
     */
    private static List<Long> liveDelays(List<long[]> writes, List<long[]> heard) {
        Map<String, List<Long>> byKey = new HashMap<>();
        synchronized (heard) {
            for (long[] h : heard) {
                byKey.computeIfAbsent(h[0] + "/" + h[1], k -> new ArrayList<>()).add(h[2]);
            }
        }
        byKey.values().forEach(l -> l.sort(null));
        writes.sort((a, b) -> Long.compare(a[2], b[2]));
        Map<String, Integer> used = new HashMap<>();
        List<Long> delays = new ArrayList<>();
        for (long[] w : writes) {
            String key = w[0] + "/" + w[1];
            List<Long> times = byKey.getOrDefault(key, List.of());
            int from = used.getOrDefault(key, 0);
            while (from < times.size() && times.get(from) < w[2]) {
                from++;
            }
            if (from < times.size()) {
                delays.add(times.get(from) - w[2]);
                used.put(key, from + 1);
            }
        }
        delays.sort(null);
        return delays;
    }

    private static long epochMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    }

    private static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
    }
}
