package dev.claimdesk.bench;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.MatchingService;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.extraction.SentenceEmbedder;
import dev.claimdesk.store.Store;
import dev.claimdesk.store.StoreFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * "Checked before" at desk scale: {@code similar} over N stored claims (default 100,000), after the
 * model is loaded. The claims' texts are the CLEF 2020 task 2 fact-checked claims, repeated (BM25
 * sees real words); their vectors are seeded random unit vectors (the cosine pass costs the same
 * whatever the values; embedding 100,000 texts would take minutes). Prints the first look-up
 * (which reads every vector and builds the index), the median and worst of the next ones, and the
 * heap the index holds. Run by {@code scripts/bench.sh similar}.
 */
public final class SimilarScaleBenchmark {
    private SimilarScaleBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("verified_claims.docs.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length > 1 && !f[1].isBlank() && !f[0].equals("vclaim_id")) {
                texts.add(f[1]);
            }
        }
        Path db = dir.resolve("similar.db");
        Store store = Store.open(db);
        long articleId = store.write(tx -> tx.articles().insert(StoreFixtures.article("Claims at scale")));
        Random random = new Random(42);
        List<dev.claimdesk.extraction.ClaimMatcher.Entry> entries = new ArrayList<>(n);
        Instant now = Instant.parse("2026-12-02T12:00:00Z");
        for (int from = 0; from < n; from += 10_000) {
            int start = from;
            int count = Math.min(10_000, n - from);
            store.write(tx -> {
                List<Claim> claims = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    String text = texts.get((start + i) % texts.size());
                    claims.add(StoreFixtures.claim(articleId, text).toBuilder()
                            .position(start + i + 1)
                            .build());
                }
                long[] ids = tx.claims().insertAllNew(articleId, claims);
                List<Long> idList = Arrays.stream(ids).boxed().toList();
                List<float[]> vectors = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    float[] v = new float[SentenceEmbedder.DIMENSION];
                    for (int d = 0; d < v.length; d++) {
                        v[d] = (float) random.nextGaussian();
                    }
                    vectors.add(v);
                    entries.add(new dev.claimdesk.extraction.ClaimMatcher.Entry(
                            "c" + ids[i], claims.get(i).text(), v));
                }
                tx.embeddings().putAll(idList, MatchingService.MODEL, vectors, now);
                return null;
            });
        }
        AppServices app = AppServices.open(db, Clock.systemUTC());
        String[] queries = {
            "A photo shows a shark swimming on a flooded highway after the hurricane.",
            "The senator voted against the veterans' health bill twelve times.",
            "Drinking hot water every fifteen minutes kills the virus.",
            "The governor said unemployment fell to 3 percent last year."
        };
        app.matching().embed(List.of(queries)); // loads the model: not part of the figure
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        app.matching().similar(queries[0], 5);
        double first = (System.nanoTime() - t0) / 1e6;
        System.gc();
        long heapAfter = rt.totalMemory() - rt.freeMemory();
        double[] times = new double[40];
        for (int i = 0; i < times.length; i++) {
            long s = System.nanoTime();
            app.matching().similar(queries[i % queries.length], 5);
            times[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(times);
        double[] embedding = new double[times.length];
        for (int i = 0; i < embedding.length; i++) {
            long s = System.nanoTime();
            app.matching().embed(List.of(queries[i % queries.length]));
            embedding[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(embedding);
        System.out.printf(Locale.ROOT, "embedding one query alone: median %.1f ms%n", embedding[embedding.length / 2]);
        Store again = Store.open(db);
        double[] counting = new double[10];
        for (int i = 0; i < counting.length; i++) {
            long s = System.nanoTime();
            again.read(tx -> tx.embeddings().count() + tx.archive().count());
            counting[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(counting);
        System.out.printf(Locale.ROOT, "counting the stored vectors: median %.1f ms%n", counting[counting.length / 2]);
        // The ranking alone (cosine and BM25 over every claim, fused), without the database.
        dev.claimdesk.extraction.ClaimMatcher matcher = dev.claimdesk.extraction.ClaimMatcher.fused(entries);
        List<float[]> qv = app.matching().embed(List.of(queries));
        double[] ranking = new double[times.length];
        for (int i = 0; i < ranking.length; i++) {
            long s = System.nanoTime();
            matcher.top(queries[i % queries.length], qv.get(i % queries.length), 69);
            ranking[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ranking);
        System.out.printf(Locale.ROOT, "the ranking alone: median %.1f ms%n", ranking[ranking.length / 2]);
        System.out.printf(
                Locale.ROOT,
                "similar over %,d claims: first look-up (reads the vectors, builds the index) %.0f ms;"
                        + " then median %.1f ms, worst %.1f ms of %d (each embeds its query); index heap about %d MB%n",
                n,
                first,
                times[times.length / 2],
                times[times.length - 1],
                times.length,
                (heapAfter - heapBefore) / (1024 * 1024));
    }
}
