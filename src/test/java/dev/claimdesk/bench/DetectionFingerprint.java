package dev.claimdesk.bench;

import dev.claimdesk.domain.DetectedSentence;
import dev.claimdesk.extraction.ClaimDetector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * A fingerprint (SHA-256) of everything the detector says about the sample article, 2 MB of
 * generated text and every CLEF training sentence: a speed-up must leave it unchanged. Usage:
 * {@code DetectionFingerprint SAMPLE_ARTICLE CLEF_TRAINING_DIR}.
 */
public final class DetectionFingerprint {
    private DetectionFingerprint() {}

    public static void main(String[] args) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        feed(sha, ClaimDetector.analyse(Files.readString(Path.of(args[0]))));
        feed(sha, ClaimDetector.analyse(DetectionBenchmark.generate(2L * 1024 * 1024, new Random(7))));
        try (var files = Files.list(Path.of(args[1]))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    String[] parts = line.split("\t");
                    if (parts.length >= 3) {
                        feed(sha, List.of(ClaimDetector.analyseSentence(parts[2])));
                    }
                }
            }
        }
        System.out.println(HexFormat.of().formatHex(sha.digest()));
    }

    private static void feed(MessageDigest sha, List<DetectedSentence> sentences) {
        for (DetectedSentence s : sentences) {
            sha.update(s.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
