package dev.claimdesk.bench;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dev.claimdesk.domain.DetectedSentence;
import dev.claimdesk.extraction.ClaimDetector;
import dev.claimdesk.extraction.LearnedRanker;
import dev.claimdesk.extraction.RankerFeatures;
import dev.claimdesk.extraction.RankerWeights;
import dev.claimdesk.extraction.SentenceEmbedder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Trains the learned ranker's two logistic regressions (liblinear, L2-regularised, primal Newton
 * solver: deterministic) on the CLEF training debates and writes the shipped weights; or measures
 * leave-one-debate-out MAP of the rules, each model, the learned part and the shipped blend.
 *
 * <p>Usage: {@code train DATA_DIR OUT_FILE CACHE_DIR} or {@code lodo DATA_DIR CACHE_DIR}.
 */
public final class RankerTraining {
    /** Regularisation (liblinear's C) of the n-gram model and of the embedding model. */
    static final double C_NGRAM = 0.5;

    static final double C_EMBEDDING = 1.0;

    /** Weight of a check-worthy sentence against an ordinary one (they are about 2 % of lines). */
    static final double POSITIVE_WEIGHT = 3;

    /**
     * Every check-worthy line is trained on, and one ordinary line in this many (a fixed choice by
     * line position): a third of the work for the same ranking, which keeps leave-one-debate-out
     * (58 trainings) affordable.
     */
    static final int NEGATIVE_STRIDE = 3;

    private RankerTraining() {}

    /** Where leave-one-debate-out writes each line's out-of-fold scores (system property lodo.dump). */
    private static final java.io.PrintWriter DUMP = dump();

    private static java.io.PrintWriter dump() {
        String f = System.getProperty("lodo.dump");
        try {
            return f == null ? null : new java.io.PrintWriter(Files.newBufferedWriter(Path.of(f)), true);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One debate line with everything the models and the blend need. */
    record Example(int debate, int position, int label, DetectedSentence rules, Feature[] ngrams, Feature[] embedding) {
        boolean trained() {
            return label == 1 || position % NEGATIVE_STRIDE == 0;
        }
    }

    static List<Example> examples(List<ClefDebates.Debate> debates, List<float[]> embeddings) {
        List<Example> out = new ArrayList<>();
        int k = 0;
        for (int d = 0; d < debates.size(); d++) {
            for (ClefDebates.Line l : debates.get(d).lines()) {
                DetectedSentence rules = ClaimDetector.analyseSentence(l.text());
                RankerFeatures.Vector v = RankerFeatures.of(l.text(), rules.reasons());
                Feature[] x = new Feature[v.index().length + 1];
                for (int i = 0; i < v.index().length; i++) {
                    x[i] = new FeatureNode(v.index()[i] + 1, v.value()[i]);
                }
                x[x.length - 1] = new FeatureNode(RankerFeatures.BUCKETS + 1, 1);
                float[] e = embeddings.get(k++);
                Feature[] y = new Feature[e.length + 1];
                for (int i = 0; i < e.length; i++) {
                    y[i] = new FeatureNode(i + 1, e[i]);
                }
                y[e.length] = new FeatureNode(e.length + 1, 1);
                out.add(new Example(d, k - 1, l.label(), rules, x, y));
            }
        }
        return out;
    }

    /** Trains on the examples (in their order) and returns the weights, round-tripped through their format. */
    static RankerWeights train(List<Example> train) {
        double[] ngram = fit(train, true, RankerFeatures.BUCKETS, C_NGRAM);
        double[] emb = fit(train, false, SentenceEmbedder.DIMENSION, C_EMBEDDING);
        RankerWeights w = RankerWeights.of(
                java.util.Arrays.copyOf(ngram, RankerFeatures.BUCKETS),
                ngram[RankerFeatures.BUCKETS],
                java.util.Arrays.copyOf(emb, SentenceEmbedder.DIMENSION),
                emb[SentenceEmbedder.DIMENSION]);
        w = roundTrip(w);
        double[] a = new double[train.size()];
        double[] b = new double[train.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = ngramScore(w, train.get(i));
            b[i] = embeddingScore(w, train.get(i));
        }
        return roundTrip(w.withQuantiles(a, b));
    }

    private static double[] fit(List<Example> examples, boolean ngrams, int features, double c) {
        List<Example> train = examples.stream().filter(Example::trained).toList();
        Problem p = new Problem();
        p.l = train.size();
        p.n = features + 1;
        p.bias = 1;
        p.x = new Feature[p.l][];
        p.y = new double[p.l];
        for (int i = 0; i < p.l; i++) {
            Example e = train.get(i);
            p.x[i] = ngrams ? e.ngrams() : e.embedding();
            p.y[i] = e.label() == 1 ? 1 : -1;
        }
        // Sparse and wide: the dual solver; dense and narrow (384): the primal Newton solver.
        Parameter param =
                ngrams ? new Parameter(SolverType.L2R_LR_DUAL, c, 0.1) : new Parameter(SolverType.L2R_LR, c, 0.01);
        param.setWeights(new double[] {POSITIVE_WEIGHT}, new int[] {1});
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Model m = Linear.train(p, param);
        double[] w = m.getFeatureWeights().clone();
        if (m.getLabels()[0] != 1) {
            for (int i = 0; i < w.length; i++) {
                w[i] = -w[i];
            }
        }
        return w;
    }

    static double ngramScore(RankerWeights w, Example e) {
        return w.ngramScore(vector(e.ngrams()));
    }

    static double embeddingScore(RankerWeights w, Example e) {
        float[] v = new float[SentenceEmbedder.DIMENSION];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) e.embedding()[i].getValue();
        }
        return w.embeddingScore(v);
    }

    private static RankerFeatures.Vector vector(Feature[] x) {
        int[] idx = new int[x.length - 1];
        float[] val = new float[x.length - 1];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = x[i].getIndex() - 1;
            val[i] = (float) x[i].getValue();
        }
        return new RankerFeatures.Vector(idx, val);
    }

    static byte[] bytes(RankerWeights w) {
        try {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            w.write(b);
            return b.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RankerWeights roundTrip(RankerWeights w) {
        try {
            return RankerWeights.read(new ByteArrayInputStream(bytes(w)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The weights, gzipped with a fixed header (no time stamp), as shipped. */
    static byte[] shippedBytes(RankerWeights w) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(b)) {
            z.write(bytes(w));
        }
        return b.toByteArray();
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[1]);
        List<ClefDebates.Debate> debates = ClefDebates.load(ClefDebates.defaultFolders(data));
        Path cache = Path.of(args[args.length - 1]);
        List<Example> all = examples(debates, ClefDebates.embeddings(debates, cache));
        System.out.printf(
                Locale.ROOT,
                "%d distinct events, %d lines, %d check-worthy%n",
                debates.size(),
                all.size(),
                all.stream().filter(e -> e.label() == 1).count());
        if (args[0].equals("train")) {
            long t = System.nanoTime();
            byte[] out = shippedBytes(train(all));
            Path file = Path.of(args[2]);
            Files.write(file, out);
            System.out.printf(
                    Locale.ROOT,
                    "wrote %s (%d bytes, trained in %.1f s)%n",
                    file,
                    out.length,
                    (System.nanoTime() - t) / 1e9);
        } else {
            lodo(debates, all);
        }
    }

    private static List<List<ClefEvaluation.Line>> fold(
            List<Example> all, int held, int models, double[] shares, double[] scales) {
        List<Example> train = all.stream().filter(e -> e.debate() != held).toList();
        List<Example> test = all.stream().filter(e -> e.debate() == held).toList();
        RankerWeights w = train(train);
        List<List<ClefEvaluation.Line>> scored = new ArrayList<>();
        for (int m = 0; m < models + shares.length * scales.length; m++) {
            scored.add(new ArrayList<>());
        }
        for (int i = 0; i < test.size(); i++) {
            Example e = test.get(i);
            double a = ngramScore(w, e);
            double b = embeddingScore(w, e);
            double p = (w.ngramPercentile(a) + w.embeddingPercentile(b)) / 2;
            double r = e.rules().score();
            double[] s = {r, a, b, p, LearnedRanker.blend(r, p)};
            if (DUMP != null) {
                synchronized (DUMP) {
                    DUMP.printf(
                            Locale.ROOT,
                            "%d\t%d\t%d\t%.6f\t%.6f\t%.6f\t%.6f\t%.6f%n",
                            held,
                            i,
                            e.label(),
                            r,
                            dev.claimdesk.extraction.LearnedRanker.penaltyOf(
                                    e.rules().reasons()),
                            a,
                            b,
                            p);
                }
            }
            for (int m = 0; m < models; m++) {
                scored.get(m).add(new ClefEvaluation.Line(i, "", e.label(), s[m]));
            }
            int m = models;
            for (double share : shares) {
                for (double scale : scales) {
                    double v = LearnedRanker.blend(r, p, scale, share);
                    scored.get(m++).add(new ClefEvaluation.Line(i, "", e.label(), v));
                }
            }
        }
        return scored;
    }

    /** Leave-one-debate-out: each debate scored by models trained on all the others. */
    static void lodo(List<ClefDebates.Debate> debates, List<Example> all) {
        String[] names = {"rules", "n-gram model", "embedding model", "learned (mean percentile)", "shipped blend"};
        double[] sum = new double[names.length];
        // The ranking depends only on the doubt weight; the proposal point only moves the 0.5 line.
        double[] shares = {LearnedRanker.PROPOSED_FROM}; // proposal points
        double[] scales = {0, 0.25, 0.5, 0.75, 1}; // doubt weights
        double[][] grid = new double[shares.length][scales.length];
        int threads = Integer.getInteger("lodo.threads", 2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<List<List<ClefEvaluation.Line>>>> folds = new ArrayList<>();
        for (int d = 0; d < debates.size(); d++) {
            int held = d;
            folds.add(pool.submit(() -> fold(all, held, names.length, shares, scales)));
        }
        pool.shutdown();
        for (int d = 0; d < debates.size(); d++) {
            List<List<ClefEvaluation.Line>> scored;
            try {
                scored = folds.get(d).get();
            } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            }
            StringBuilder line = new StringBuilder(
                    String.format(Locale.ROOT, "%-48s", debates.get(d).name()));
            for (int m = 0; m < names.length; m++) {
                double ap = ClefEvaluation.averagePrecision(scored.get(m));
                sum[m] += ap;
                line.append(String.format(Locale.ROOT, " %.4f", ap));
            }
            int m = names.length;
            for (int i = 0; i < shares.length; i++) {
                for (int j = 0; j < scales.length; j++) {
                    grid[i][j] += ClefEvaluation.averagePrecision(scored.get(m++));
                }
            }
            System.out.println(line);
        }
        System.out.printf(Locale.ROOT, "leave-one-debate-out MAP over %d debates:%n", debates.size());
        for (int m = 0; m < names.length; m++) {
            System.out.printf(Locale.ROOT, "  %-28s %.4f%n", names[m], sum[m] / debates.size());
        }
        System.out.printf(
                Locale.ROOT,
                "sensitivity of the blend (shipped: doubt weight %.2f, proposed from %.2f):%n",
                LearnedRanker.DOUBT_WEIGHT,
                LearnedRanker.PROPOSED_FROM);
        for (int i = 0; i < shares.length; i++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  proposed from %.2f:", shares[i]));
            for (int j = 0; j < scales.length; j++) {
                row.append(String.format(Locale.ROOT, "  doubts x%.2f %.4f", scales[j], grid[i][j] / debates.size()));
            }
            System.out.println(row);
        }
    }
}
