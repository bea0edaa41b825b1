package dev.claimdesk.bench;

import dev.claimdesk.extraction.SentenceEmbedder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The CLEF CheckThat! training debates: 2019 task 1 and 2020 task 5, one event once. The 2020 set
 * repeats some 2019 events under other names (same date): those are dropped, the 2019 copy kept.
 * Events and lines come in a fixed order (file names sorted, lines as in the file).
 */
final class ClefDebates {
    private ClefDebates() {}

    record Line(int number, String text, int label) {}

    record Debate(String name, List<Line> lines) {}

    /** The distinct events of the given folders, earlier folders winning on a repeated date. */
    static List<Debate> load(List<Path> folders) throws IOException {
        List<Debate> out = new ArrayList<>();
        Set<String> dates = new HashSet<>();
        for (Path dir : folders) {
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
            }
            List<Debate> here = new ArrayList<>();
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (dates.contains(name.substring(0, 8))) {
                    continue;
                }
                here.add(new Debate(dir.getParent().getFileName() + "/" + name, read(f)));
            }
            here.forEach(d -> dates.add(
                    d.name().substring(d.name().indexOf('/') + 1, d.name().indexOf('/') + 9)));
            out.addAll(here);
        }
        return out;
    }

    /** The default folders under the shared data directory. */
    static List<Path> defaultFolders(Path data) {
        return List.of(data.resolve("clef2019-task1/training"), data.resolve("clef2020-task5/training"));
    }

    private static List<Line> read(Path f) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (String row : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            String[] c = row.strip().split("\t");
            if (c.length != 4) {
                continue;
            }
            lines.add(new Line(Integer.parseInt(c[0]), c[2], Integer.parseInt(c[3])));
        }
        return lines;
    }

    /**
     * The embeddings of every line of the debates, in order; kept in {@code cache} (named by a
     * digest of the texts) so that a second run does not embed again.
     */
    static List<float[]> embeddings(List<Debate> debates, Path cacheDir) throws IOException {
        List<String> texts = new ArrayList<>();
        debates.forEach(d -> d.lines().forEach(l -> texts.add(l.text())));
        String digest = digest(texts);
        Path cache = cacheDir.resolve("embeddings-" + digest.substring(0, 16) + ".bin");
        if (Files.exists(cache)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
                int n = in.readInt();
                if (n == texts.size()) {
                    List<float[]> out = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        float[] v = new float[SentenceEmbedder.DIMENSION];
                        for (int k = 0; k < v.length; k++) {
                            v[k] = in.readFloat();
                        }
                        out.add(v);
                    }
                    return out;
                }
            }
        }
        SentenceEmbedder embedder = SentenceEmbedder.shared();
        List<float[]> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i += 64) {
            out.addAll(embedder.embedAll(texts.subList(i, Math.min(texts.size(), i + 64))));
            if (i % 6400 == 0) {
                System.err.println("embedded " + i + " of " + texts.size());
            }
        }
        Files.createDirectories(cacheDir);
        Path tmp = cacheDir.resolve(cache.getFileName() + ".tmp");
        try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            o.writeInt(out.size());
            for (float[] v : out) {
                for (float x : v) {
                    o.writeFloat(x);
                }
            }
        }
        Files.move(tmp, cache, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return out;
    }

    static String digest(List<String> texts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String t : texts) {
                md.update(t.getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Embeds the default debates into the cache (a warm-up for training). */
    public static void main(String[] args) throws IOException {
        List<Debate> d = load(defaultFolders(Path.of(args[0])));
        System.out.println(d.size() + " events, "
                + d.stream().mapToInt(x -> x.lines().size()).sum() + " lines");
        long t = System.nanoTime();
        embeddings(d, Path.of(args[1]));
        System.out.printf("embedded in %.1f s%n", (System.nanoTime() - t) / 1e9);
    }
}
