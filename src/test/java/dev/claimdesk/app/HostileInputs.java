package dev.claimdesk.app;

import dev.claimdesk.bench.HostileFiles;
import dev.claimdesk.ingest.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;

/**
 * Seeded hostile article files of every format: cuts of real files at any point, flipped bytes,
 * missing objects, deflate bombs, deep nesting, random bytes, odd encodings and NUL bytes late in
 * the file. Each says what a correct import does with it.
 */
final class HostileInputs {
    /**
     * What importing the file must do: refuse it, import it whole (with the text given), or
     * either (an import, when there is one, still holds the text given).
     */
    enum Expect {
        REFUSED,
        IMPORTED,
        EITHER
    }

    /** One input; {@code text}, when not null, is the text an import must keep. */
    record Case(String fileName, byte[] bytes, Expect expect, String text) {
        @Override
        public String toString() {
            return fileName + " (" + bytes.length + " bytes, " + expect + ")";
        }
    }

    /** Real files the cases are cut from, made once (PDFs are made by PDFBox). */
    static final byte[] CLASSIC_PDF = pdf(CompressParameters.NO_COMPRESSION);

    static final byte[] COMPACT_PDF = pdf(CompressParameters.DEFAULT_COMPRESSION);

    private static final String[] SENTENCES = {
        "Sales rose 40 percent in 2024, the company said.",
        "Caf\u00e9 owners said prices rose 5 % \u2013 \u201cunbearable\u201d, says the \u20ac-zone.",
        "The park cost 4.6 billion euros, according to the city council.",
        "Na\u00efve estimates put the cost at \u00a312 million.",
        "Electricity prices fell by 12 percent in the first year.",
        "The minister said 1,200 households joined the scheme."
    };

    private static final String[] TAGS = {"div", "blockquote", "section", "span", "li", "b", "article", "p", "td"};

    private HostileInputs() {}

    /** The cases of one seed: one of each kind. */
    static List<Case> of(int seed) {
        Random r = new Random(seed);
        List<Case> cases = new ArrayList<>();
        byte[] pdf = r.nextBoolean() ? CLASSIC_PDF : COMPACT_PDF;
        int cut = 1 + r.nextInt(pdf.length - 8); // the last bytes are the end marker and line end
        cases.add(new Case("cut-" + seed + ".pdf", Arrays.copyOf(pdf, cut), Expect.REFUSED, null));
        cases.add(new Case("flipped-" + seed + ".pdf", flip(pdf, r), Expect.EITHER, null));
        cases.add(new Case("renumbered-" + seed + ".pdf", renumberObject(r), Expect.REFUSED, null));
        cases.add(new Case("bomb-" + seed + ".pdf", bomb(r), Expect.REFUSED, null));
        cases.add(randomBytes(seed, r));
        String text = text(r, 1 + r.nextInt(40));
        cases.add(encoded(seed, r, text));
        cases.add(new Case("late-nul-" + seed + ".txt", lateNul(r), Expect.REFUSED, null));
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        cases.add(
                new Case("cut-" + seed + ".txt", Arrays.copyOf(utf8, 1 + r.nextInt(utf8.length)), Expect.EITHER, null));
        cases.add(deepHtml(seed, r));
        byte[] html = TestFiles.HTML.getBytes(StandardCharsets.UTF_8);
        cases.add(new Case(
                "cut-" + seed + ".html", Arrays.copyOf(html, 1 + r.nextInt(html.length)), Expect.EITHER, null));
        cases.add(new Case("glued-" + seed + ".md", markdown(r), Expect.EITHER, null));
        return cases;
    }

    private static byte[] flip(byte[] pdf, Random r) {
        byte[] b = pdf.clone();
        for (int i = 0, n = 1 + r.nextInt(5); i < n; i++) {
            b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
        return b;
    }

    /**
     * The classic article with one object's number changed in its header (same width, so every
     * offset stays right): the object the cross-reference table points to is not there.
     */
    private static byte[] renumberObject(Random r) {
        String s = new String(CLASSIC_PDF, StandardCharsets.ISO_8859_1);
        List<Integer> headers = new ArrayList<>();
        for (int at = s.indexOf(" 0 obj"); at >= 0; at = s.indexOf(" 0 obj", at + 1)) {
            headers.add(at - 1); // the last digit of the object number
        }
        byte[] b = CLASSIC_PDF.clone();
        int digit = headers.get(r.nextInt(headers.size()));
        b[digit] = (byte) ('0' + (b[digit] - '0' + 1 + r.nextInt(8)) % 10);
        return b;
    }

    private static byte[] bomb(Random r) {
        try {
            return HostileFiles.deflateBomb((1L + r.nextInt(24)) * 1024 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Case randomBytes(int seed, Random r) {
        byte[] b = new byte[1 + r.nextInt(64 * 1024)];
        r.nextBytes(b);
        if (r.nextBoolean()) {
            System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, b, 0, Math.min(9, b.length));
        }
        String[] extensions = {".txt", ".md", ".html", ".pdf"};
        return new Case("random-" + seed + extensions[r.nextInt(4)], b, Expect.EITHER, null);
    }

    /** The text in one of the encodings ClaimDesk reads, with either line end. */
    private static Case encoded(int seed, Random r, String text) {
        String[] names = {"UTF-8", "UTF-8 BOM", "UTF-16LE BOM", "UTF-16BE BOM", "windows-1252"};
        String name = names[r.nextInt(names.length)];
        String written = r.nextBoolean() ? text.replace("\n", "\r\n") : text;
        byte[] bytes = switch (name) {
            case "UTF-8" -> written.getBytes(StandardCharsets.UTF_8);
            case "UTF-8 BOM" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, written, "UTF-8");
            case "UTF-16LE BOM" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, written, "UTF-16LE");
            case "UTF-16BE BOM" -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, written, "UTF-16BE");
            default -> written.getBytes(Charset.forName("windows-1252"));
        };
        return new Case("encoded-" + seed + "-" + name.replace(' ', '-') + ".txt", bytes, Expect.IMPORTED, text);
    }

    private static byte[] concat(byte[] bom, String text, String charset) {
        byte[] body = text.getBytes(Charset.forName(charset));
        byte[] out = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    /** Text longer than the binary check's sample, then a NUL byte somewhere after it. */
    private static byte[] lateNul(Random r) {
        byte[] b = text(r, 2000).getBytes(StandardCharsets.UTF_8);
        b[64 * 1024 + r.nextInt(b.length - 64 * 1024)] = 0;
        return b;
    }

    /**
     * A claim nested thousands of elements deep, between two ordinary paragraphs. jsoup 1.24.1
     * sometimes fails on formatting tags nested past its depth limit; ClaimDesk then refuses the
     * page plainly, so either outcome is right, as long as an import keeps the claim.
     */
    private static Case deepHtml(int seed, Random r) {
        int depth = 1_000 + r.nextInt(30_000);
        StringBuilder open = new StringBuilder("<html><body><article><p>The story begins here.</p>");
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            String tag = TAGS[r.nextInt(TAGS.length)];
            open.append('<').append(tag).append('>');
            close.insert(0, "</" + tag + ">");
        }
        String claim = SENTENCES[r.nextInt(SENTENCES.length)];
        String html = open + claim + close + "<p>The story ends here.</p></article></body></html>";
        return new Case("deep-" + seed + ".html", html.getBytes(StandardCharsets.UTF_8), Expect.EITHER, claim);
    }

    private static byte[] markdown(Random r) {
        String[] pieces = {
            "# Title\n",
            "**",
            "_",
            "`",
            "```\n",
            "[link](",
            ")",
            "![img](x.png)",
            "> ",
            "- ",
            "\n\n",
            "---\n",
            "\u0301",
            "\uD83D\uDE00",
            "\uFFFD",
            SENTENCES[0],
            SENTENCES[1]
        };
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = 1 + r.nextInt(400); i < n; i++) {
            sb.append(pieces[r.nextInt(pieces.length)]);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code lines} sentences, one paragraph each, no space at either end. */
    static String text(Random r, int lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            sb.append(i == 0 ? "" : "\n").append(SENTENCES[r.nextInt(SENTENCES.length)]);
        }
        return sb.toString();
    }

    private static byte[] pdf(CompressParameters compression) {
        try {
            return HostileFiles.articlePdf(compression);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
