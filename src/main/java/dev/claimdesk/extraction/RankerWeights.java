package dev.claimdesk.extraction;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The learned ranker's numbers: (a) the n-gram model's weights, pruned to the {@link #KEPT}
 * largest and quantised to 16 bits; (b) the embedding model's 384 weights; each with its bias and
 * with the quantiles of its scores on the training sentences (to turn a score into a percentile).
 * Read from and written to a stream in one fixed format (the caller opens and closes the stream).
 */
public final class RankerWeights {
    /** N-gram weights kept (the largest in size; the rest are 0). */
    public static final int KEPT = 24_000;

    /** Quantiles stored per model. */
    public static final int QUANTILES = 1001;

    private static final int MAGIC = 0x43445231; // "CDR1"

    final float[] ngram;
    final float ngramBias;
    final float[] embedding;
    final float embeddingBias;
    final float[] ngramQuantiles;
    final float[] embeddingQuantiles;

    private RankerWeights(
            float[] ngram,
            float ngramBias,
            float[] embedding,
            float embeddingBias,
            float[] ngramQuantiles,
            float[] embeddingQuantiles) {
        this.ngram = ngram;
        this.ngramBias = ngramBias;
        this.embedding = embedding;
        this.embeddingBias = embeddingBias;
        this.ngramQuantiles = ngramQuantiles;
        this.embeddingQuantiles = embeddingQuantiles;
    }

    /**
     * Weights as training leaves them: the n-gram weights are pruned and quantised here, the
     * quantiles are left empty until {@link #withQuantiles} (they are measured with the pruned
     * weights).
     */
    public static RankerWeights of(double[] ngram, double ngramBias, double[] embedding, double embeddingBias) {
        if (ngram.length != RankerFeatures.BUCKETS || embedding.length != SentenceEmbedder.DIMENSION) {
            throw new IllegalArgumentException("unexpected number of weights");
        }
        int[] keep = IntStream.range(0, ngram.length)
                .boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -Math.abs(ngram[i]))
                        .thenComparingInt(i -> i))
                .limit(KEPT)
                .mapToInt(Integer::intValue)
                .sorted()
                .toArray();
        double max =
                Arrays.stream(keep).mapToDouble(i -> Math.abs(ngram[i])).max().orElse(0);
        float scale = max == 0 ? 1 : (float) (max / Short.MAX_VALUE);
        float[] w = new float[ngram.length];
        for (int i : keep) {
            w[i] = Math.round(ngram[i] / scale) * scale;
        }
        float[] e = new float[embedding.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = (float) embedding[i];
        }
        return new RankerWeights(w, (float) ngramBias, e, (float) embeddingBias, new float[0], new float[0]);
    }

    /** These weights with the quantiles of each model's training scores (any order; sorted here). */
    public RankerWeights withQuantiles(double[] ngramScores, double[] embeddingScores) {
        return new RankerWeights(
                ngram, ngramBias, embedding, embeddingBias, quantiles(ngramScores), quantiles(embeddingScores));
    }

    private static float[] quantiles(double[] scores) {
        double[] s = scores.clone();
        Arrays.sort(s);
        float[] q = new float[QUANTILES];
        for (int i = 0; i < QUANTILES; i++) {
            q[i] = (float) s[(int) Math.round((double) i * (s.length - 1) / (QUANTILES - 1))];
        }
        return q;
    }

    /**
     * The n-gram model's weights, bias and quantiles as bytes: the part of training that comes out
     * bit for bit the same on every machine (its features are words and the rules' reasons).
     */
    public byte[] ngramPart() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 * (ngram.length + 1 + ngramQuantiles.length));
        for (float f : ngram) {
            b.putFloat(f);
        }
        b.putFloat(ngramBias);
        for (float f : ngramQuantiles) {
            b.putFloat(f);
        }
        return b.array();
    }

    /**
     * The embedding model's bias, then its weights: the part that the ONNX runtime's floating point
     * may move in the last digits from one processor to another (its inputs are model outputs).
     */
    public float[] embeddingPart() {
        float[] out = new float[embedding.length + 1];
        out[0] = embeddingBias;
        System.arraycopy(embedding, 0, out, 1, embedding.length);
        return out;
    }

    /** The n-gram model's score (log-odds) of a feature vector. */
    public double ngramScore(RankerFeatures.Vector v) {
        double x = ngramBias;
        int[] idx = v.index();
        float[] val = v.value();
        for (int i = 0; i < idx.length; i++) {
            x += ngram[idx[i]] * val[i];
        }
        return x;
    }

    /** The embedding model's score (log-odds) of an embedding. */
    public double embeddingScore(float[] e) {
        double x = embeddingBias;
        for (int i = 0; i < e.length; i++) {
            x += embedding[i] * e[i];
        }
        return x;
    }

    /** The share of training sentences the n-gram model scored below this score, in [0, 1]. */
    public double ngramPercentile(double score) {
        return percentile(ngramQuantiles, score);
    }

    /** As {@link #ngramPercentile}, for the embedding model. */
    public double embeddingPercentile(double score) {
        return percentile(embeddingQuantiles, score);
    }

    private static double percentile(float[] q, double score) {
        if (q.length == 0) {
            throw new IllegalStateException("no quantiles");
        }
        int lo = 0;
        int hi = q.length;
        while (lo < hi) { // the first quantile above the score
            int mid = (lo + hi) >>> 1;
            if (q[mid] <= score) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (double) lo / q.length;
    }

    /** Writes the weights in the format {@link #read} reads. */
    public void write(OutputStream out) throws IOException {
        DataOutputStream o = new DataOutputStream(out);
        o.writeInt(MAGIC);
        o.writeInt(ngram.length);
        float max = 0;
        int kept = 0;
        for (float w : ngram) {
            max = Math.max(max, Math.abs(w));
            kept += w != 0 ? 1 : 0;
        }
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        o.writeFloat(scale);
        o.writeInt(kept);
        int last = 0;
        for (int i = 0; i < ngram.length; i++) {
            if (ngram[i] != 0) {
                writeVarint(o, i - last);
                last = i;
                o.writeShort(Math.round(ngram[i] / scale));
            }
        }
        o.writeFloat(ngramBias);
        o.writeInt(embedding.length);
        for (float w : embedding) {
            o.writeFloat(w);
        }
        o.writeFloat(embeddingBias);
        for (float[] q : new float[][] {ngramQuantiles, embeddingQuantiles}) {
            o.writeInt(q.length);
            for (float x : q) {
                o.writeFloat(x);
            }
        }
        o.flush();
    }

    /** Reads weights written by {@link #write}. */
    public static RankerWeights read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(in);
        if (d.readInt() != MAGIC) {
            throw new IOException("not ranker weights");
        }
        int buckets = d.readInt();
        if (buckets != RankerFeatures.BUCKETS) {
            throw new IOException("weights for another feature layout");
        }
        float scale = d.readFloat();
        int kept = d.readInt();
        float[] ngram = new float[buckets];
        int at = 0;
        for (int k = 0; k < kept; k++) {
            at += readVarint(d);
            ngram[at] = d.readShort() * scale;
        }
        float ngramBias = d.readFloat();
        float[] embedding = new float[d.readInt()];
        for (int i = 0; i < embedding.length; i++) {
            embedding[i] = d.readFloat();
        }
        float embeddingBias = d.readFloat();
        float[][] q = new float[2][];
        for (int m = 0; m < 2; m++) {
            q[m] = new float[d.readInt()];
            for (int i = 0; i < q[m].length; i++) {
                q[m][i] = d.readFloat();
            }
        }
        return new RankerWeights(ngram, ngramBias, embedding, embeddingBias, q[0], q[1]);
    }

    private static void writeVarint(DataOutputStream o, int v) throws IOException {
        while ((v & ~0x7f) != 0) {
            o.writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        o.writeByte(v);
    }

    private static int readVarint(DataInputStream d) throws IOException {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = d.readUnsignedByte();
            v |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
    }
}
