package dev.claimdesk.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Finds the claims most like a new one among claims already known (the desk's own and a fact-check
 * archive). Each candidate is scored by the cosine of its sentence embedding with the query's,
 * plus {@code lexicalWeight} times its BM25 score over words, divided by the best BM25 score of
 * the query (so the lexical part is between 0 and 1 whatever the query's length). The embedding
 * finds paraphrases; the words find rare names and figures that the embedding blurs (decision
 * 0023). Immutable once built; safe to share between threads. No I/O.
 */
public final class ClaimMatcher {
    /** The lexical weight measured best on the CLEF 2020 task 2 training tweets (linear mix). */
    public static final double DEFAULT_LEXICAL_WEIGHT = 0.3;

    /**
     * The constant of reciprocal rank fusion, measured best on the training tweets: a candidate
     * scores 1/(k + its rank by cosine) + 1/(k + its rank by BM25), over each ranking's first
     * {@link #FUSED_DEPTH}. The shipped ranking (decision 0023).
     */
    public static final int DEFAULT_RANK_CONSTANT = 10;

    /** How deep each of the two rankings is read for the fusion. */
    public static final int FUSED_DEPTH = 100;

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    /** One known claim: a key the caller understands (an archive id, "claim:12"), its text and embedding. */
    public record Entry(String key, String text, float[] embedding) {}

    /** A candidate with its combined score and the two parts it was made of. */
    public record Match(String key, String text, double score, double cosine, double lexical) {}

    private final String[] keys; // the entries' keys and texts: their embeddings live only in vectors
    private final String[] texts;
    private final float[] vectors;
    private final int dimension;
    private final double lexicalWeight;
    private final Map<String, int[]> postings = new HashMap<>();
    private final Map<String, int[]> frequencies = new HashMap<>();
    private final int[] lengths;
    private final double averageLength;

    private final int rankConstant;

    /** The shipped matcher: reciprocal rank fusion of cosine and BM25. */
    public static ClaimMatcher fused(List<Entry> entries) {
        return new ClaimMatcher(entries, 0, DEFAULT_RANK_CONSTANT);
    }

    /** A linear mix: cosine + {@code lexicalWeight} × BM25 / the query's best BM25. */
    public ClaimMatcher(List<Entry> entries, double lexicalWeight) {
        this(entries, lexicalWeight, 0);
    }

    /** {@code rankConstant} above 0: reciprocal rank fusion with that constant, else the linear mix. */
    public ClaimMatcher(List<Entry> entries, double lexicalWeight, int rankConstant) {
        this.rankConstant = rankConstant;
        this.keys = new String[entries.size()];
        this.texts = new String[entries.size()];
        this.lexicalWeight = lexicalWeight;
        this.dimension =
                entries.isEmpty() ? SentenceEmbedder.DIMENSION : entries.get(0).embedding().length;
        this.vectors = new float[entries.size() * dimension];
        this.lengths = new int[entries.size()];
        Map<String, List<int[]>> building = new HashMap<>();
        long total = 0;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            keys[i] = e.key();
            texts[i] = e.text();
            float[] v = normalised(e.embedding());
            System.arraycopy(v, 0, vectors, i * dimension, dimension);
            List<String> words = MatchWords.of(e.text());
            lengths[i] = words.size();
            total += words.size();
            Map<String, Integer> tf = new HashMap<>();
            for (String w : words) {
                tf.merge(w, 1, Integer::sum);
            }
            for (Map.Entry<String, Integer> t : tf.entrySet()) {
                building.computeIfAbsent(t.getKey(), k -> new ArrayList<>()).add(new int[] {i, t.getValue()});
            }
        }
        for (Map.Entry<String, List<int[]>> t : building.entrySet()) {
            List<int[]> list = t.getValue();
            int[] docs = new int[list.size()];
            int[] tfs = new int[list.size()];
            for (int k = 0; k < list.size(); k++) {
                docs[k] = list.get(k)[0];
                tfs[k] = list.get(k)[1];
            }
            postings.put(t.getKey(), docs);
            frequencies.put(t.getKey(), tfs);
        }
        this.averageLength = entries.isEmpty() ? 1 : Math.max(1, (double) total / entries.size());
    }

    /** The text to embed for a query or an entry: links left out, hashtags and handles as words. */
    public static String textToEmbed(String text) {
        return MatchWords.clean(text);
    }

    public int size() {
        return keys.length;
    }

    /** The {@code limit} best candidates for a query, best first (ties by position of entry). */
    public List<Match> top(String text, float[] embedding, int limit) {
        int n = keys.length;
        if (n == 0 || limit <= 0) {
            return List.of();
        }
        double[] lexical = bm25(text);
        double best = 0;
        for (double s : lexical) {
            best = Math.max(best, s);
        }
        float[] q = normalised(embedding);
        if (rankConstant > 0) {
            return fusedTop(q, lexical, best, limit);
        }
        PriorityQueue<double[]> heap =
                new PriorityQueue<>((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(b[1], a[1]));
        for (int i = 0; i < n; i++) {
            double cos = dot(q, i);
            double lex = best > 0 ? lexical[i] / best : 0;
            double score = cos + lexicalWeight * lex;
            if (heap.size() < limit) {
                heap.add(new double[] {score, i, cos, lex});
            } else if (score > heap.peek()[0]) {
                heap.poll();
                heap.add(new double[] {score, i, cos, lex});
            }
        }
        List<double[]> kept = new ArrayList<>(heap);
        kept.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[1], b[1]));
        List<Match> out = new ArrayList<>(kept.size());
        for (double[] k : kept) {
            int i = (int) k[1];
            out.add(new Match(keys[i], texts[i], k[0], k[2], k[3]));
        }
        return out;
    }

    private List<Match> fusedTop(float[] q, double[] lexical, double best, int limit) {
        int n = keys.length;
        double[] cos = new double[n];
        for (int i = 0; i < n; i++) {
            cos[i] = dot(q, i);
        }
        Map<Integer, Double> fused = new HashMap<>();
        int[] byCosine = topIndices(cos, FUSED_DEPTH);
        for (int r = 0; r < byCosine.length; r++) {
            fused.merge(byCosine[r], 1.0 / (rankConstant + r + 1), Double::sum);
        }
        int[] byWords = topIndices(lexical, FUSED_DEPTH);
        for (int r = 0; r < byWords.length && lexical[byWords[r]] > 0; r++) {
            fused.merge(byWords[r], 1.0 / (rankConstant + r + 1), Double::sum);
        }
        List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(fused.entrySet());
        ranked.sort((a, b) -> !a.getValue().equals(b.getValue())
                ? Double.compare(b.getValue(), a.getValue())
                : Integer.compare(a.getKey(), b.getKey()));
        List<Match> out = new ArrayList<>();
        for (Map.Entry<Integer, Double> r : ranked.subList(0, Math.min(limit, ranked.size()))) {
            int i = r.getKey();
            out.add(new Match(keys[i], texts[i], r.getValue(), cos[i], best > 0 ? lexical[i] / best : 0));
        }
        return out;
    }

    /** The positions of the {@code k} highest scores, highest first (ties by position). */
    private static int[] topIndices(double[] scores, int k) {
        PriorityQueue<Integer> heap = new PriorityQueue<>(
                (a, b) -> scores[a] != scores[b] ? Double.compare(scores[a], scores[b]) : Integer.compare(b, a));
        for (int i = 0; i < scores.length; i++) {
            if (heap.size() < k) {
                heap.add(i);
            } else if (scores[i] > scores[heap.peek()]) {
                heap.poll();
                heap.add(i);
            }
        }
        int[] out = new int[heap.size()];
        for (int j = out.length - 1; j >= 0; j--) {
            out[j] = heap.poll();
        }
        return out;
    }

    private double dot(float[] q, int row) {
        // Four running sums, not one: the processor overlaps them (no sum waits for the one before),
        // which halves the cosine pass over 100,000 claims (scripts/bench.sh similar).
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int base = row * dimension;
        int d = 0;
        for (; d + 3 < dimension; d += 4) {
            s0 += q[d] * vectors[base + d];
            s1 += q[d + 1] * vectors[base + d + 1];
            s2 += q[d + 2] * vectors[base + d + 2];
            s3 += q[d + 3] * vectors[base + d + 3];
        }
        for (; d < dimension; d++) {
            s0 += q[d] * vectors[base + d];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private double[] bm25(String text) {
        double[] scores = new double[keys.length];
        int n = keys.length;
        for (String w : new java.util.LinkedHashSet<>(MatchWords.of(text))) {
            int[] docs = postings.get(w);
            if (docs == null) {
                continue;
            }
            int[] tfs = frequencies.get(w);
            double idf = Math.log(1 + (n - docs.length + 0.5) / (docs.length + 0.5));
            for (int k = 0; k < docs.length; k++) {
                double tf = tfs[k];
                double norm = K1 * (1 - B + B * lengths[docs[k]] / averageLength);
                scores[docs[k]] += idf * tf * (K1 + 1) / (tf + norm);
            }
        }
        return scores;
    }

    private float[] normalised(float[] v) {
        if (v.length != dimension) {
            throw new IllegalArgumentException("embedding of " + v.length + " numbers, expected " + dimension);
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm == 0) {
            return Arrays.copyOf(v, v.length);
        }
        float[] out = new float[v.length];
        double inv = 1 / Math.sqrt(norm);
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] * inv);
        }
        return out;
    }
}
