package dev.claimdesk.app;

import dev.claimdesk.domain.DetectedSentence;
import dev.claimdesk.extraction.ClaimDetector;
import dev.claimdesk.extraction.LearnedRanker;
import dev.claimdesk.extraction.RankedDetector;
import dev.claimdesk.extraction.SentenceEmbedder;
import dev.claimdesk.ingest.ArticleReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claim detection with the shipped learned ranker, for the CLI's extract and score commands and
 * the article import. The model is loaded once, on first use, by the thread that asks (never the
 * event dispatch thread: the UI warms it up with {@link #warmUp()} through its task runner). If it
 * cannot load (an unsupported platform, a damaged installation), detection falls back to the
 * rules and {@link #notice()} says so in plain words.
 */
public final class DetectionService {
    private static final Logger LOG = LoggerFactory.getLogger(DetectionService.class);

    /** What the user reads when the learned ranker is not available. */
    public static final String FALLBACK_NOTICE =
            "The learned ranker could not be started on this computer: claims are ranked by the rules alone.";

    private static final Object LOCK = new Object();
    private static volatile Loaded loaded;
    private static volatile Supplier<SentenceEmbedder> embedderSource = SentenceEmbedder::shared;

    /** The outcome of loading the model: the embedder, or null when it failed. */
    private record Loaded(SentenceEmbedder embedder, String thread) {}

    private DetectionService() {}

    /** Every sentence of the file's text, in document order, with its analysis. */
    public static List<DetectedSentence> extract(Path file) {
        return analyse(ArticleReader.read(file).body());
    }

    /** Every sentence of an article's text, ranked by the learned ranker (or the rules, see {@link #notice()}). */
    public static List<DetectedSentence> analyse(String body) {
        SentenceEmbedder e = embedder();
        return e == null ? ClaimDetector.analyse(body) : RankedDetector.analyse(body, e);
    }

    /** One sentence scored on its own. */
    public static DetectedSentence score(String sentence) {
        return scoreAll(List.of(sentence)).get(0);
    }

    /** Single sentences scored on their own, in order (embedded in batches). */
    public static List<DetectedSentence> scoreAll(List<String> sentences) {
        SentenceEmbedder e = embedder();
        return e == null
                ? sentences.stream().map(ClaimDetector::analyseSentence).toList()
                : RankedDetector.analyseSentences(sentences, e);
    }

    /** Loads the model now if it is not loaded (about a second); call it off the event dispatch thread. */
    public static void warmUp() {
        embedder();
    }

    /** The plain notice to show once when the learned ranker could not be loaded; empty otherwise. */
    public static Optional<String> notice() {
        Loaded l = loaded;
        return l != null && l.embedder() == null ? Optional.of(FALLBACK_NOTICE) : Optional.empty();
    }

    /** The name of the thread that loaded the model (or tried to); empty before. For tests. */
    public static Optional<String> loadingThread() {
        Loaded l = loaded;
        return l == null ? Optional.empty() : Optional.of(l.thread());
    }

    private static SentenceEmbedder embedder() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (LOCK) {
                l = loaded;
                if (l == null) {
                    l = load();
                    loaded = l;
                }
            }
        }
        return l.embedder();
    }

    private static Loaded load() {
        String thread = Thread.currentThread().getName();
        try {
            LearnedRanker.shipped();
            return new Loaded(embedderSource.get(), thread);
        } catch (RuntimeException | LinkageError e) { // ONNX Runtime's native library, the weights
            LOG.warn("the learned ranker could not be loaded; detection uses the rules alone", e);
            return new Loaded(null, thread);
        }
    }

    /**
     * Replaces how the model is loaded and forgets a loaded one. For tests only: a platform where
     * it fails, or a loader that notes which thread loads it.
     */
    public static void useModelLoaderForTests(Supplier<SentenceEmbedder> source) {
        synchronized (LOCK) {
            embedderSource = source;
            loaded = null;
        }
    }
}
