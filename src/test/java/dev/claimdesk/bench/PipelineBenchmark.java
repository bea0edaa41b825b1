package dev.claimdesk.bench;

import dev.claimdesk.app.DetectionService;
import dev.claimdesk.domain.DetectedSentence;
import dev.claimdesk.extraction.SentenceEmbedder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Issue 12's speed figures, after the model is loaded: (1) one article of about 100 sentences
 * analysed whole (rules, ranker, embeddings), median of 20; (2) bulk scoring of the same sentences
 * many times over against the bare model embedding them (the pipeline's share of the model's own
 * throughput). Arguments: the article files (our own news articles and the sample article in the
 * test resources).
 */
public final class PipelineBenchmark {
    private PipelineBenchmark() {}

    public static void main(String[] args) throws Exception {
        StringBuilder body = new StringBuilder();
        for (String a : args) {
            body.append(Files.readString(Path.of(a), StandardCharsets.UTF_8)).append("\n\n");
        }
        String article = body.toString();
        DetectionService.warmUp();
        List<DetectedSentence> first = DetectionService.analyse(article);
        double[] whole = new double[20];
        for (int i = 0; i < whole.length; i++) {
            long s = System.nanoTime();
            DetectionService.analyse(article);
            whole[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(whole);
        System.out.printf(
                Locale.ROOT,
                "an article of %d sentences analysed whole: median %.0f ms, worst %.0f ms (of %d)%n",
                first.size(),
                whole[whole.length / 2],
                whole[whole.length - 1],
                whole.length);

        List<String> sentences = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            int copy = k;
            // Each copy differs (a number added), so no cache of earlier sentences can help either side.
            first.forEach(d -> sentences.add(d.text() + " (" + copy + ")"));
        }
        SentenceEmbedder model = SentenceEmbedder.shared();
        double bestModel = Double.MAX_VALUE;
        double bestPipeline = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) { // alternating, the best of five each
            long s = System.nanoTime();
            model.embedAll(sentences);
            bestModel = Math.min(bestModel, (System.nanoTime() - s) / 1e9);
            s = System.nanoTime();
            DetectionService.scoreAll(sentences);
            bestPipeline = Math.min(bestPipeline, (System.nanoTime() - s) / 1e9);
        }
        System.out.printf(
                Locale.ROOT,
                "bulk scoring of %d sentences: bare model %.0f sentences/s, whole pipeline %.0f sentences/s"
                        + " (%.2f of the model's throughput)%n",
                sentences.size(),
                sentences.size() / bestModel,
                sentences.size() / bestPipeline,
                bestModel / bestPipeline);
    }
}
