package dev.claimdesk.bench;

import dev.claimdesk.domain.DetectedSentence;
import dev.claimdesk.extraction.ClaimDetector;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Detection throughput on generated news text (at least 20 MB), beside a plain
 * {@link BreakIterator} sentence pass over the same text. Run by {@code scripts/bench.sh detection}.
 */
public final class DetectionBenchmark {
    private static final String[] SUBJECTS = {
        "The company",
        "Mayor Lena Brandt",
        "The ministry",
        "Unitree Robotics",
        "The city council",
        "An AI chatbot",
        "Analysts",
        "The operator, Nordhaven Storage Ltd,",
        "王小明",
        "Critics"
    };
    private static final String[] VERBS = {"said", "reported", "claimed", "added", "estimated"};
    private static final String[] FIGURES = {
        "60 percent of the global market",
        "278 companies",
        "more than 1 billion viewers",
        "$4.6 million",
        "a torque of 360 degrees",
        "12.5% in March",
        "60 GWh",
        "from 19 percent in 2022 to 64 percent",
        "nine minutes",
        "1.2 million homes"
    };
    private static final String[] FILLERS = {
        "Whether the plan works remains to be seen.",
        "Some residents worry about the cost.",
        "The project is the largest of its kind in Europe.",
        "\"We need to do better,\" she said.",
        "READ MORE: Robots take giant leap",
        "By Cheng Yu",
        "Is this the world's first such performance?",
        "Prices rose sharply, according to the statistics office."
    };

    private DetectionBenchmark() {}

    public static void main(String[] args) {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String text = generate(megabytes * 1024L * 1024L, new Random(20250211));
        double mb = text.getBytes(StandardCharsets.UTF_8).length / (1024.0 * 1024.0);
        System.out.printf(Locale.ROOT, "generated %.1f MB of article text%n", mb);

        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            long t0 = System.nanoTime();
            int boundaries = breakIteratorPass(text);
            double breakSeconds = (System.nanoTime() - t0) / 1e9;

            long t1 = System.nanoTime();
            List<DetectedSentence> sentences = ClaimDetector.analyse(text);
            double detectSeconds = (System.nanoTime() - t1) / 1e9;
            long proposed =
                    sentences.stream().filter(DetectedSentence::proposed).count();

            System.out.printf(
                    Locale.ROOT,
                    "round %d: BreakIterator %.1f MB/s (%d sentences, %.2f s); ClaimDetector"
                            + " %.2f MB/s (%d sentences, %d proposed, %.2f s); ratio %.3f%n",
                    round + 1,
                    mb / breakSeconds,
                    boundaries,
                    breakSeconds,
                    mb / detectSeconds,
                    sentences.size(),
                    proposed,
                    detectSeconds,
                    breakSeconds / detectSeconds);
        }
    }

    static int breakIteratorPass(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        int n = 0;
        while (it.next() != BreakIterator.DONE) {
            n++;
        }
        return n;
    }

    static String generate(long bytes, Random random) {
        StringBuilder sb = new StringBuilder((int) bytes + 1024);
        while (sb.length() < bytes) {
            int sentences = 1 + random.nextInt(4);
            for (int i = 0; i < sentences; i++) {
                if (random.nextInt(3) == 0) {
                    sb.append(FILLERS[random.nextInt(FILLERS.length)]);
                } else {
                    sb.append(SUBJECTS[random.nextInt(SUBJECTS.length)])
                            .append(' ')
                            .append(VERBS[random.nextInt(VERBS.length)])
                            .append(" that the figure reached ")
                            .append(FIGURES[random.nextInt(FIGURES.length)])
                            .append(" in ")
                            .append(2000 + random.nextInt(26))
                            .append('.');
                }
                sb.append(i + 1 < sentences ? " " : "\n\n");
            }
        }
        return sb.toString();
    }
}
