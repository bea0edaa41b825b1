package dev.claimdesk.app;

import dev.claimdesk.domain.DetectedSentence;
import dev.claimdesk.extraction.ClaimDetector;
import dev.claimdesk.ingest.ArticleReader;
import java.nio.file.Path;
import java.util.List;

/** Claim detection without a database (the CLI's extract and score commands). */
public final class DetectionService {
    private DetectionService() {}

    /** Every sentence of the file's text, in document order, with its analysis. */
    public static List<DetectedSentence> extract(Path file) {
        return ClaimDetector.analyse(ArticleReader.read(file).body());
    }

    /** One sentence scored on its own. */
    public static DetectedSentence score(String sentence) {
        return ClaimDetector.analyseSentence(sentence);
    }
}
