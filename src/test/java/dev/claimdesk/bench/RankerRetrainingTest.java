package dev.claimdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.extraction.RankerWeights;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training is deterministic: the training code run on a fixed subset of the CLEF debates (four
 * short 2019 debates, 533 lines) gives the same bytes every time, and the bytes recorded here;
 * the shipped weights are read back whole. The full training ({@code scripts/train-ranker.sh})
 * is the same code on all 58 events; its digest is in docs/detection.md.
 */
class RankerRetrainingTest {
    /** Four short training debates, kept in the test resources (see PROVENANCE.md there). */
    static final Path DATA = Path.of("src/test/resources/clef-subset");

    static final Set<String> SUBSET = Set.of(
            "clef2019-task1/20181010_medicare.tsv",
            "clef2019-task1/20190108_oval_office.tsv",
            "clef2019-task1/20170601_paris_climate_n.tsv",
            "clef2019-task1/20182601_trump_world.tsv");

    /** SHA-256 of the weights trained on {@link #SUBSET}; update it only with a deliberate change of the training. */
    static final String SUBSET_DIGEST = "f88bcceacffef37c13b85f492dd54b99aa06a7ce1c440cc27b4d7bfd02d54820";

    @TempDir
    Path cache;

    @Test
    void retrainingOnTheSameDebatesGivesTheSameWeights() throws IOException {
        List<ClefDebates.Debate> subset = ClefDebates.load(List.of(DATA.resolve("clef2019-task1/training"))).stream()
                .filter(d -> SUBSET.contains(d.name()))
                .toList();
        assertThat(subset).hasSize(SUBSET.size());
        List<RankerTraining.Example> examples = RankerTraining.examples(subset, ClefDebates.embeddings(subset, cache));
        byte[] first = RankerTraining.shippedBytes(RankerTraining.train(examples));
        byte[] second = RankerTraining.shippedBytes(RankerTraining.train(examples));
        assertThat(second).isEqualTo(first);
        assertThat(sha256(first)).isEqualTo(SUBSET_DIGEST);
        // What was written is what is read: the weights survive their format unchanged.
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(first))) {
            RankerWeights read = RankerWeights.read(in);
            assertThat(RankerTraining.bytes(read)).isEqualTo(gunzip(first));
        }
    }

    @Test
    void theShippedWeightsAreSmallAndComplete() throws IOException {
        try (InputStream raw = RankerWeights.class.getResourceAsStream("ranker-weights.bin.gz")) {
            assertThat(raw).isNotNull();
            byte[] bytes = raw.readAllBytes();
            assertThat(bytes.length).as("bytes").isLessThan(100_000);
            RankerWeights w = RankerWeights.read(new GZIPInputStream(new ByteArrayInputStream(bytes)));
            assertThat(w.ngramPercentile(Double.MAX_VALUE)).isEqualTo(1.0);
            assertThat(w.embeddingPercentile(-Double.MAX_VALUE)).isEqualTo(0.0);
        }
    }

    private static byte[] gunzip(byte[] b) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
            return in.readAllBytes();
        }
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
