package dev.claimdesk.bench;

import dev.claimdesk.extraction.ClaimMatcher;
import dev.claimdesk.extraction.SentenceEmbedder;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "Checked before" quality on CLEF CheckThat! 2020 task 2 (tweets to be matched against the
 * claims Snopes verified): MAP@5, MRR and P@1 for BM25 alone, MiniLM cosine alone and their
 * combination as {@link ClaimMatcher} ships it, on train (where the weight is chosen) and dev.
 *
 * <p>Arguments: the data folder, a cache file for the embeddings (made on the first run), and
 * optionally lexical weights to try (default: a sweep on train, then the shipped weight on dev).
 */
public final class ClaimMatchingBenchmark {
    private ClaimMatchingBenchmark() {}

    record Query(String id, String text) {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        List<String[]> docs = tsv(data.resolve("verified_claims.docs.tsv"));
        List<Query> train = queries(data.resolve("train/tweets.queries.tsv"));
        List<Query> dev = queries(data.resolve("dev/tweets.queries.tsv"));
        Map<String, Set<String>> gold = new HashMap<>();
        gold.putAll(qrels(data.resolve("train/tweet-vclaim-pairs.qrels"), "train:"));
        gold.putAll(qrels(data.resolve("dev/tweet-vclaim-pairs.qrels"), "dev:"));

        List<String> docTexts = new ArrayList<>();
        for (String[] d : docs) {
            docTexts.add(d[1] + (d.length > 2 && !d[2].isBlank() ? " " + d[2] : ""));
        }
        List<String> queryTexts = new ArrayList<>();
        train.forEach(q -> queryTexts.add(ClaimMatcher.textToEmbed(q.text())));
        dev.forEach(q -> queryTexts.add(ClaimMatcher.textToEmbed(q.text())));
        List<String> all = new ArrayList<>(docTexts);
        all.addAll(queryTexts);
        long start = System.nanoTime();
        List<float[]> vectors = new ArrayList<>(embeddings(Path.of(cache + ".claims"), docTexts));
        vectors.addAll(embeddings(Path.of(cache + ".queries"), queryTexts));
        System.out.printf(
                Locale.ROOT, "embeddings of %d texts ready in %.1f s%n", all.size(), (System.nanoTime() - start) / 1e9);

        List<ClaimMatcher.Entry> entries = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            entries.add(new ClaimMatcher.Entry(docs.get(i)[0], docTexts.get(i), vectors.get(i)));
        }
        List<float[]> trainVectors = vectors.subList(docs.size(), docs.size() + train.size());
        List<float[]> devVectors = vectors.subList(docs.size() + train.size(), all.size());

        double[] weights = args.length > 2
                ? java.util.Arrays.stream(args, 2, args.length)
                        .mapToDouble(Double::parseDouble)
                        .toArray()
                : new double[] {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 1.0};
        System.out.println("split  weight  MAP@5   MRR@5   P@1");
        for (double w : weights) {
            report("train", w, new ClaimMatcher(entries, w), train, trainVectors, gold, "train:");
        }
        ClaimMatcher bm25 = new ClaimMatcher(zeroed(entries), 1.0);
        report("train", Double.POSITIVE_INFINITY, bm25, train, zeros(train.size()), gold, "train:");
        ClaimMatcher cosine = new ClaimMatcher(entries, 0);
        for (int k : new int[] {10, 30, 60}) {
            rrf("train", k, cosine, bm25, train, trainVectors, gold, "train:");
        }
        System.out.println("-- dev (reported): MiniLM cosine alone, BM25 alone, shipped combination");
        report("dev", 0, new ClaimMatcher(entries, 0), dev, devVectors, gold, "dev:");
        report("dev", Double.POSITIVE_INFINITY, bm25, dev, zeros(dev.size()), gold, "dev:");
        double linear = ClaimMatcher.DEFAULT_LEXICAL_WEIGHT;
        report("dev", linear, new ClaimMatcher(entries, linear), dev, devVectors, gold, "dev:");
        closeness(entries, train, trainVectors, gold, "train:");
        System.out.println("-- shipped: reciprocal rank fusion, k = " + ClaimMatcher.DEFAULT_RANK_CONSTANT);
        ClaimMatcher matcher = ClaimMatcher.fused(entries);
        report("train", -1, matcher, train, trainVectors, gold, "train:");
        report("dev", -1, matcher, dev, devVectors, gold, "dev:");
        start = System.nanoTime();
        int runs = 0;
        for (int i = 0; i < dev.size(); i++, runs++) {
            matcher.top(dev.get(i).text(), devVectors.get(i), 5);
        }
        System.out.printf(
                Locale.ROOT,
                "search over %d claims: %.2f ms a query (after embedding)%n",
                matcher.size(),
                (System.nanoTime() - start) / 1e6 / runs);
    }

    /**
     * How close in meaning a true match is, against the closest wrong one: for each cut-off, the
     * share of tweets whose fact-checked claim reaches it, and the share whose closest other claim
     * does (what the claim detail's "checked before" cut-off, SimilarClaim.SHOWN_FROM, trades).
     */
    private static void closeness(
            List<ClaimMatcher.Entry> entries,
            List<Query> qs,
            List<float[]> vs,
            Map<String, Set<String>> gold,
            String prefix) {
        List<float[]> unit = new ArrayList<>();
        for (ClaimMatcher.Entry e : entries) {
            unit.add(unit(e.embedding()));
        }
        double[] right = new double[qs.size()];
        double[] wrong = new double[qs.size()];
        for (int i = 0; i < qs.size(); i++) {
            Set<String> relevant = gold.getOrDefault(prefix + qs.get(i).id(), Set.of());
            float[] q = unit(vs.get(i));
            double bestRight = -1;
            double bestWrong = -1;
            for (int j = 0; j < entries.size(); j++) {
                double c = 0;
                float[] v = unit.get(j);
                for (int d = 0; d < q.length; d++) {
                    c += q[d] * v[d];
                }
                if (relevant.contains(entries.get(j).key())) {
                    bestRight = Math.max(bestRight, c);
                } else {
                    bestWrong = Math.max(bestWrong, c);
                }
            }
            right[i] = bestRight;
            wrong[i] = bestWrong;
        }
        System.out.println("-- closeness in meaning (cosine), " + prefix + " tweets: cut-off, share of true matches"
                + " at or above it, share of tweets whose closest wrong claim is at or above it");
        for (double cut : new double[] {0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7}) {
            System.out.printf(
                    Locale.ROOT,
                    "cosine >= %.2f  true %.3f  closest wrong %.3f%n",
                    cut,
                    share(right, cut),
                    share(wrong, cut));
        }
    }

    private static double share(double[] values, double cut) {
        int n = 0;
        for (double v : values) {
            if (v >= cut) {
                n++;
            }
        }
        return (double) n / values.length;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float[] out = new float[v.length];
        double k = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] * k);
        }
        return out;
    }

    private static void report(
            String split,
            double w,
            ClaimMatcher m,
            List<Query> qs,
            List<float[]> vs,
            Map<String, Set<String>> gold,
            String prefix) {
        double map = 0;
        double mrr = 0;
        double p1 = 0;
        for (int i = 0; i < qs.size(); i++) {
            Set<String> relevant = gold.getOrDefault(prefix + qs.get(i).id(), Set.of());
            List<ClaimMatcher.Match> top = m.top(qs.get(i).text(), vs.get(i), 5);
            double ap = 0;
            int found = 0;
            boolean firstSeen = false;
            for (int r = 0; r < top.size(); r++) {
                if (relevant.contains(top.get(r).key())) {
                    found++;
                    ap += (double) found / (r + 1);
                    if (!firstSeen) {
                        mrr += 1.0 / (r + 1);
                        firstSeen = true;
                    }
                    if (r == 0) {
                        p1++;
                    }
                }
            }
            map += relevant.isEmpty() ? 0 : ap / relevant.size();
        }
        String label = w < 0 ? "fused" : Double.isInfinite(w) ? "bm25" : String.format(Locale.ROOT, "%.2f", w);
        System.out.printf(
                Locale.ROOT,
                "%-6s %-6s  %.4f  %.4f  %.4f  (%d tweets)%n",
                split,
                label,
                map / qs.size(),
                mrr / qs.size(),
                p1 / qs.size(),
                qs.size());
    }

    /** Reciprocal rank fusion of the cosine and BM25 rankings (for comparison; not shipped unless better). */
    private static void rrf(
            String split,
            int k,
            ClaimMatcher cos,
            ClaimMatcher lex,
            List<Query> qs,
            List<float[]> vs,
            Map<String, Set<String>> gold,
            String prefix) {
        double map = 0;
        float[] zero = new float[SentenceEmbedder.DIMENSION];
        for (int i = 0; i < qs.size(); i++) {
            Map<String, Double> fused = new HashMap<>();
            List<ClaimMatcher.Match> a = cos.top(qs.get(i).text(), vs.get(i), 100);
            List<ClaimMatcher.Match> b = lex.top(qs.get(i).text(), zero, 100);
            for (int r = 0; r < a.size(); r++) {
                fused.merge(a.get(r).key(), 1.0 / (k + r + 1), Double::sum);
            }
            for (int r = 0; r < b.size(); r++) {
                fused.merge(b.get(r).key(), 1.0 / (k + r + 1), Double::sum);
            }
            List<String> ranked = fused.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(5)
                    .map(Map.Entry::getKey)
                    .toList();
            Set<String> relevant = gold.getOrDefault(prefix + qs.get(i).id(), Set.of());
            double ap = 0;
            int found = 0;
            for (int r = 0; r < ranked.size(); r++) {
                if (relevant.contains(ranked.get(r))) {
                    found++;
                    ap += (double) found / (r + 1);
                }
            }
            map += relevant.isEmpty() ? 0 : ap / relevant.size();
        }
        System.out.printf(Locale.ROOT, "%-6s rrf%-3d  %.4f  (%d tweets)%n", split, k, map / qs.size(), qs.size());
    }

    private static List<ClaimMatcher.Entry> zeroed(List<ClaimMatcher.Entry> entries) {
        List<ClaimMatcher.Entry> out = new ArrayList<>();
        for (ClaimMatcher.Entry e : entries) {
            out.add(new ClaimMatcher.Entry(e.key(), e.text(), new float[e.embedding().length]));
        }
        return out;
    }

    private static List<float[]> zeros(int n) {
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new float[SentenceEmbedder.DIMENSION]);
        }
        return out;
    }

    private static List<float[]> embeddings(Path cache, List<String> texts) throws IOException {
        if (Files.exists(cache)) {
            try (InputStream in = Files.newInputStream(cache);
                    DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in))) {
                int n = data.readInt();
                int d = data.readInt();
                if (n == texts.size()) {
                    List<float[]> out = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        float[] v = new float[d];
                        for (int k = 0; k < d; k++) {
                            v[k] = data.readFloat();
                        }
                        out.add(v);
                    }
                    return out;
                }
            }
        }
        SentenceEmbedder embedder = SentenceEmbedder.shared();
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i += 64) {
            out.addAll(embedder.embedAll(texts.subList(i, Math.min(texts.size(), i + 64))));
        }
        try (OutputStream o = Files.newOutputStream(cache);
                DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(o))) {
            data.writeInt(out.size());
            data.writeInt(SentenceEmbedder.DIMENSION);
            for (float[] v : out) {
                for (float x : v) {
                    data.writeFloat(x);
                }
            }
        }
        return out;
    }

    private static List<String[]> tsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String[]> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                out.add(line.split("\t", -1));
            }
        }
        return out;
    }

    private static List<Query> queries(Path file) throws IOException {
        List<Query> out = new ArrayList<>();
        for (String[] row : tsv(file)) {
            out.add(new Query(row[0], row.length > 1 ? row[1] : ""));
        }
        return out;
    }

    private static Map<String, Set<String>> qrels(Path file, String prefix) throws IOException {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.trim().split("\t");
            if (f.length >= 3) {
                out.computeIfAbsent(prefix + f[0], k -> new HashSet<>()).add(f[2]);
            }
        }
        return out;
    }
}
