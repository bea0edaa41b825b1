package dev.claimdesk.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Hostile article files made with PDFBox itself, for the fuzz test and for the command-line
 * figures in docs/benchmarks.md ("Hostile files"). Run with a folder: writes {@code article.pdf},
 * its cuts at 30/45/60/75 %, {@code bomb.pdf} (about 600 KB inflating to more than 200 MB) and
 * {@code pages.pdf} (100,000 pages sharing one content stream).
 */
public final class HostileFiles {
    /** The eight check-worthy sentences of the article, two per page. */
    public static final String[] CLAIMS = {
        "The city of Nordhaven switched on a battery park that can store 60 GWh of electricity.",
        "The park cost 4.6 billion euros, according to the city council.",
        "Mayor Lena Brandt said the share of renewable power rose from 19 percent in 2021 to 64 percent.",
        "The operator said it is the largest battery park in Europe.",
        "Electricity prices in the city fell by 12 percent in the first year, the utility said.",
        "About 1,200 households joined the scheme in its first month.",
        "The council said the park will save 300,000 tonnes of carbon dioxide a year.",
        "Wind farms supply 41 percent of the region's power, according to the grid operator."
    };

    /** Ordinary lines around the claims, so the pages weigh what article pages weigh. */
    private static final String[] FILLER = {
        "Residents gathered at the harbour to watch the ceremony on a cold and windy morning.",
        "Critics say the project came too late and that the money could have been spent better.",
        "The mayor thanked the engineers and the families who live next to the new site.",
        "Construction began after a long debate in the council and a public consultation."
    };

    private static final String LINE = "BT /F1 11 Tf 50 700 Td (The park cost 4.6 billion euros.) Tj ET\n";

    private HostileFiles() {}

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "hostile"));
        byte[] article = articlePdf();
        Files.write(dir.resolve("article.pdf"), article);
        for (int percent : new int[] {30, 45, 60, 75}) {
            Files.write(dir.resolve("article-cut-" + percent + ".pdf"), cut(article, percent));
        }
        Files.write(dir.resolve("bomb.pdf"), deflateBomb(200L * 1024 * 1024));
        Files.write(dir.resolve("pages.pdf"), manyPages(100_000));
        try (var files = Files.list(dir)) {
            files.sorted().forEach(f -> System.out.println(String.format(Locale.ROOT, "%,12d %s", size(f), f)));
        }
    }

    /**
     * A valid four-page article with a running header, two claims per page. Saved as older
     * writers do (a classic cross-reference table, no object streams), so a cut keeps the first
     * pages readable: the case that used to be imported in part.
     */
    public static byte[] articlePdf() throws IOException {
        return articlePdf(CompressParameters.NO_COMPRESSION);
    }

    /** The same article saved with the given compression (object streams or not). */
    public static byte[] articlePdf(CompressParameters compression) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < 4; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    show(cs, font, 9, 800, "NORDHAVEN POST - Energy special");
                    show(cs, font, 11, 740, CLAIMS[2 * p]);
                    for (int line = 0; line < 12; line++) {
                        show(cs, font, 11, 720 - 15 * line, FILLER[line % FILLER.length]);
                    }
                    show(cs, font, 11, 520, CLAIMS[2 * p + 1]);
                    show(cs, font, 9, 40, "Page " + (p + 1) + " of 4");
                }
            }
            doc.getDocumentInformation().setTitle("Harbour city switches on battery park");
            var out = new java.io.ByteArrayOutputStream();
            doc.save(out, compression);
            return out.toByteArray();
        }
    }

    /** The first {@code percent} % of the bytes, as a download that stopped. */
    public static byte[] cut(byte[] whole, int percent) {
        return Arrays.copyOf(whole, (int) ((long) whole.length * percent / 100));
    }

    /**
     * One page whose content stream is {@code decodedBytes} of repeated text operators, compressed
     * with FlateDecode (about 1000:1, so 20 MB become about 20 KB).
     */
    public static byte[] deflateBomb(long decodedBytes) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setResources(helveticaResources());
            doc.addPage(page);
            COSStream stream = doc.getDocument().createCOSStream();
            byte[] line = LINE.getBytes(StandardCharsets.US_ASCII);
            byte[] block = new byte[line.length * 1024];
            for (int i = 0; i < 1024; i++) {
                System.arraycopy(line, 0, block, i * line.length, line.length);
            }
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                for (long written = 0; written < decodedBytes; written += block.length) {
                    out.write(block);
                }
            }
            page.setContents(new PDStream(stream));
            return save(doc);
        }
    }

    /** {@code count} pages that all share one small content stream and one resource dictionary. */
    public static byte[] manyPages(int count) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDResources resources = helveticaResources();
            COSStream stream = doc.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream()) {
                out.write(LINE.getBytes(StandardCharsets.US_ASCII));
            }
            PDStream contents = new PDStream(stream);
            for (int i = 0; i < count; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                page.setResources(resources);
                page.setContents(contents);
                doc.addPage(page);
            }
            return save(doc);
        }
    }

    private static PDResources helveticaResources() {
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        return resources;
    }

    private static void show(PDPageContentStream cs, PDType1Font font, float size, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(50, y);
        cs.showText(s);
        cs.endText();
    }

    private static byte[] save(PDDocument doc) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
