package dev.claimdesk.extraction;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantised ONNX model shipped inside the
 * langchain4j jar, run by ONNX Runtime): 384 numbers per text, unit length, so the dot product
 * is the cosine similarity. Offline; loading the model takes about a second, so it is loaded once,
 * on first use, by whichever thread asks first: never call this from the event dispatch thread.
 * The work runs on the caller's thread (no hidden thread pool); it is safe to share between threads.
 */
public final class SentenceEmbedder {
    /** Numbers per embedding. */
    public static final int DIMENSION = 384;

    private static final Object LOCK = new Object();
    private static volatile SentenceEmbedder shared;

    private final EmbeddingModel model;

    private SentenceEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    /** The one embedder of this JVM, loading the model on the first call (about a second). */
    public static SentenceEmbedder shared() {
        SentenceEmbedder s = shared;
        if (s == null) {
            synchronized (LOCK) {
                s = shared;
                if (s == null) {
                    s = new SentenceEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run));
                    shared = s;
                }
            }
        }
        return s;
    }

    /** Whether the model has been loaded already (so a call will not wait for it). */
    public static boolean isLoaded() {
        return shared != null;
    }

    /** The embedding of one text (blank text gives a vector of zeros). */
    public float[] embed(String text) {
        if (text == null || text.isBlank()) {
            return new float[DIMENSION];
        }
        return model.embed(text).content().vector();
    }

    /** The embeddings of many texts, in order. */
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        List<TextSegment> batch = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            out.add(null);
            if (t == null || t.isBlank()) {
                out.set(i, new float[DIMENSION]);
            } else {
                batch.add(TextSegment.from(t));
                at.add(i);
            }
        }
        if (!batch.isEmpty()) {
            List<Embedding> embedded = model.embedAll(batch).content();
            for (int k = 0; k < embedded.size(); k++) {
                out.set(at.get(k), embedded.get(k).vector());
            }
        }
        return out;
    }

    /** Cosine similarity of two embeddings (0 when either is all zeros). */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
