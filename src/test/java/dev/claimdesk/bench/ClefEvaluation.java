package dev.claimdesk.bench;

import dev.claimdesk.extraction.ClaimDetector;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Ranking quality of the claim detector on the CLEF CheckThat! 2019 task 1 training debates
 * (labels by professional fact-checkers). Implements the official scorer's MAP as SCORING.md
 * describes it (stable sort by score, ties by line number; AP over all relevant lines; macro
 * average), and writes prediction files so the Python reference scorer can confirm the figure.
 *
 * <p>Arguments: the training folder, and optionally a folder for the prediction files.
 */
public final class ClefEvaluation {
    private ClefEvaluation() {}

    record Line(int number, String text, int label, double score) {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Path predictions = args.length > 1 ? Path.of(args[1]) : null;
        List<Path> debates;
        try (Stream<Path> files = Files.list(dir)) {
            debates = files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        double sum = 0;
        long lines = 0;
        long start = System.nanoTime();
        for (Path debate : debates) {
            List<Line> scored = score(debate);
            lines += scored.size();
            double ap = averagePrecision(scored);
            sum += ap;
            System.out.printf(
                    Locale.ROOT,
                    "%-36s AP %.4f  (%d lines, %d check-worthy)%n",
                    debate.getFileName(),
                    ap,
                    scored.size(),
                    scored.stream().filter(l -> l.label() == 1).count());
            if (predictions != null) {
                write(predictions.resolve(debate.getFileName()), scored);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "MAP %.4f over %d debates (%d lines scored in %.1f s)%n",
                sum / debates.size(),
                debates.size(),
                lines,
                seconds);
    }

    private static List<Line> score(Path debate) throws IOException {
        List<Line> out = new ArrayList<>();
        for (String row : Files.readAllLines(debate, StandardCharsets.UTF_8)) {
            String[] f = row.strip().split("\t");
            if (f.length != 4) {
                continue;
            }
            double s = ClaimDetector.analyseSentence(f[2]).score();
            out.add(new Line(Integer.parseInt(f[0]), f[2], Integer.parseInt(f[3]), s));
        }
        return out;
    }

    static double averagePrecision(List<Line> lines) {
        List<Line> ranked = new ArrayList<>(lines);
        ranked.sort(Comparator.comparingDouble(Line::score).reversed());
        long relevant = lines.stream().filter(l -> l.label() == 1).count();
        if (relevant == 0) {
            return 0;
        }
        double sum = 0;
        int hits = 0;
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).label() == 1) {
                hits++;
                sum += (double) hits / (i + 1);
            }
        }
        return sum / relevant;
    }

    private static void write(Path file, List<Line> lines) throws IOException {
        Files.createDirectories(file.getParent());
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (Line l : lines) {
                w.print(l.number() + "\t" + String.format(Locale.ROOT, "%.10f", l.score()) + "\n");
            }
        }
    }
}
