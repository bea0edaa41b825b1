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
    // Sentences are built like news sentences (the sample article's average 214 bytes; these about
    // 190): attribution, appositives, figures with units and years, changes, superlatives, quotes,
    // opinions, and page furniture between paragraphs. Every figure and name varies.
    private static final String[] PEOPLE = {
        "Mayor Lena Brandt",
        "Wang Peng",
        "Pan Helin",
        "Marta Kowalczyk",
        "王小明",
        "Dr. Amal Haddad",
        "James O'Neill",
        "Li Wei",
        "Sofia Rossi",
        "Kenji Watanabe"
    };
    private static final String[] ROLES = {
        "a researcher at the Beijing Academy of Social Sciences", "chief executive of Nordhaven Storage Ltd",
        "a member of the city council's energy committee", "an economist at the central bank",
        "spokesperson for the ministry", "head of research at a consultancy in Frankfurt"
    };
    private static final String[] ORGS = {
        "Unitree Robotics", "the ministry of energy", "the city council", "Nordhaven Storage Ltd",
        "the statistics office", "DeepSeek's AI chatbot", "the grid operator", "the industry association"
    };
    private static final String[] TOPICS = {
        "the share of renewable power in the grid",
        "the company's share of the global market",
        "the number of registered start-ups",
        "average household electricity bills",
        "exports of industrial robots",
        "the country's spending on research",
        "unemployment among graduates"
    };
    private static final String[] UNITS = {"GWh", "million euros", "companies", "homes", "tonnes", "percent"};
    private static final String[] OPINIONS = {
        "Critics say the project is a waste of money and that the council should have invested in public"
                + " transport instead of batteries.",
        "Whether the plan will live up to its promise remains to be seen, and some residents fear the costs"
                + " will land on their bills.",
        "Supporters argue that the measures may cause some pain in the short term but will pay off for the"
                + " next generation.",
        "The less effective these restrictions prove, the more likely it is that other countries will follow"
                + " a similar path."
    };
    private static final String[] FURNITURE = {
        "READ MORE: Robots take a giant leap at the Spring Festival Gala",
        "By Cheng Yu | China Daily",
        "ALSO READ: Battery park opens on the northern quay",
        "Published: 11:53, February 11, 2025",
        "Contact the writer at chengyu@example.com"
    };

    private DetectionBenchmark() {}

    /** Rounds run first to let the JIT compile both passes; they are printed but not counted. */
    private static final int WARM_UP_ROUNDS = 2;

    /** Measured rounds; the median of each pass is reported (this machine's speed varies). */
    private static final int MEASURED_ROUNDS = 9;

    public static void main(String[] args) {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String text = generate(megabytes * 1024L * 1024L, new Random(20250211));
        double mb = text.getBytes(StandardCharsets.UTF_8).length / (1024.0 * 1024.0);
        System.out.printf(Locale.ROOT, "generated %.1f MB of article text%n", mb);

        double[] breakSeconds = new double[MEASURED_ROUNDS];
        double[] detectSeconds = new double[MEASURED_ROUNDS];
        for (int round = 0; round < WARM_UP_ROUNDS + MEASURED_ROUNDS; round++) {
            System.gc(); // outside the timing: each round starts without the last round's garbage
            long t0 = System.nanoTime();
            int boundaries = breakIteratorPass(text);
            double b = (System.nanoTime() - t0) / 1e9;

            System.gc();
            long t1 = System.nanoTime();
            List<DetectedSentence> sentences = ClaimDetector.analyse(text);
            double d = (System.nanoTime() - t1) / 1e9;
            long proposed =
                    sentences.stream().filter(DetectedSentence::proposed).count();
            boolean warmUp = round < WARM_UP_ROUNDS;
            if (!warmUp) {
                breakSeconds[round - WARM_UP_ROUNDS] = b;
                detectSeconds[round - WARM_UP_ROUNDS] = d;
            }
            System.out.printf(
                    Locale.ROOT,
                    "round %d%s: BreakIterator %.1f MB/s (%d sentences, %.2f s); ClaimDetector"
                            + " %.2f MB/s (%d sentences, %d proposed, %.2f s); ratio %.3f%n",
                    round + 1,
                    warmUp ? " (warm-up)" : "",
                    mb / b,
                    boundaries,
                    b,
                    mb / d,
                    sentences.size(),
                    proposed,
                    d,
                    b / d);
        }
        double b = median(breakSeconds);
        double d = median(detectSeconds);
        System.out.printf(
                Locale.ROOT,
                "median of %d rounds: BreakIterator %.1f MB/s, ClaimDetector %.2f MB/s, ratio %.3f%n",
                MEASURED_ROUNDS,
                mb / b,
                mb / d,
                b / d);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
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

    /** Seeded news-shaped text of at least {@code bytes} characters (also used by tests). */
    public static String generate(long bytes, Random random) {
        StringBuilder sb = new StringBuilder((int) bytes + 1024);
        while (sb.length() < bytes) {
            if (random.nextInt(6) == 0) {
                sb.append(pick(FURNITURE, random)).append("\n\n");
            }
            int sentences = 2 + random.nextInt(3);
            for (int i = 0; i < sentences; i++) {
                sentence(sb, random);
                sb.append(i + 1 < sentences ? " " : "\n\n");
            }
        }
        return sb.toString();
    }

    private static void sentence(StringBuilder sb, Random r) {
        int y1 = 2005 + r.nextInt(15);
        int y2 = y1 + 1 + r.nextInt(6);
        switch (r.nextInt(7)) {
            case 0 ->
                sb.append(pick(PEOPLE, r))
                        .append(", ")
                        .append(pick(ROLES, r))
                        .append(", said on Monday that ")
                        .append(pick(TOPICS, r))
                        .append(" had risen from ")
                        .append(r.nextInt(40))
                        .append(" percent in ")
                        .append(y1)
                        .append(" to ")
                        .append(20 + r.nextInt(80))
                        .append(" percent in ")
                        .append(y2)
                        .append(", more than doubling in a few years.");
            case 1 ->
                sb.append(capital(pick(ORGS, r)))
                        .append(" reported that ")
                        .append(pick(TOPICS, r))
                        .append(" reached ")
                        .append(1 + r.nextInt(900))
                        .append('.')
                        .append(r.nextInt(10))
                        .append(' ')
                        .append(pick(UNITS, r))
                        .append(" last year, ")
                        .append(2 + r.nextInt(30))
                        .append(" percent higher than in ")
                        .append(y1)
                        .append(", according to figures published on Tuesday.");
            case 2 ->
                sb.append("\"We have built the largest battery park in Europe, able to store ")
                        .append(10 + r.nextInt(90))
                        .append(" GWh for ")
                        .append(1 + r.nextInt(3))
                        .append('.')
                        .append(r.nextInt(10))
                        .append(" million homes,\" ")
                        .append(pick(PEOPLE, r))
                        .append(" told reporters at the opening ceremony.");
            case 3 ->
                sb.append("The chatbot also revealed that it had been trained on ")
                        .append(100 + r.nextInt(900))
                        .append(" billion words and that only ")
                        .append(1 + r.nextInt(20))
                        .append(
                                " percent of the energy used by its rivals was needed, claims that could not be verified.");
            case 4 ->
                sb.append(capital(pick(ORGS, r)))
                        .append(" said its new robot, sold in ")
                        .append(10 + r.nextInt(80))
                        .append(" countries, is the world's first to run a full marathon, with a")
                        .append(" maximum joint torque of ")
                        .append(100 + r.nextInt(300))
                        .append(" degrees.");
            case 5 ->
                sb.append("More than ")
                        .append(1 + r.nextInt(900))
                        .append(" companies in ")
                        .append(pick(new String[] {"Hangzhou", "Nordhaven", "Shenzhen", "Lyon"}, r))
                        .append(" now use the model, up from ")
                        .append(10 + r.nextInt(90))
                        .append(" in ")
                        .append(y1)
                        .append(", and the sector is expected to grow by ")
                        .append(5 + r.nextInt(30))
                        .append(" percent a year until ")
                        .append(y2 + 10)
                        .append('.');
            default -> sb.append(pick(OPINIONS, r));
        }
    }

    private static String pick(String[] options, Random r) {
        return options[r.nextInt(options.length)];
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
