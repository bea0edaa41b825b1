package dev.claimdesk.ingest;

import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF article to text with PDFBox 3: text in reading order, page by page; lines that repeat at
 * the top or bottom of most pages (running headers, footers, page numbers) removed; lines of a
 * paragraph joined, hyphenated line ends mended; paragraphs separated by a blank line.
 */
final class PdfReader {
    private static final String PARAGRAPH = "\u2029";

    private PdfReader() {}

    /**
     * PDFBox's cache for streams it creates while reading (decrypted ones): this much in memory,
     * the rest in a temporary file, so an encrypted file costs no more heap than a plain one.
     */
    private static final long CACHE_IN_MEMORY = 8L * 1024 * 1024;

    static IngestedText read(byte[] bytes, String name) {
        PdfBudget budget = PdfBudget.start(name);
        try (PDDocument doc = load(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw encrypted(name, null);
            }
            budget.checkPageCount(doc.getNumberOfPages());
            DecodedSize sizes = new DecodedSize(budget);
            PdfObjects.requireAll(doc.getDocument(), budget, sizes);
            List<List<String>> pages = new ArrayList<>();
            for (String page : PdfPageTexts.of(doc, budget, sizes, PARAGRAPH + "\n")) {
                pages.add(new ArrayList<>(List.of(page.replace("\u0000", "").split("\n", -1))));
            }
            removeRunningLines(pages);
            String body = joinParagraphs(pages);
            if (body.isBlank()) {
                throw new ClaimDeskException(
                        Problem.INVALID_INPUT,
                        name + " has no text layer (it may be a scan). Run text recognition (OCR) on it first.");
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            LocalDate date = info.getCreationDate() == null
                    ? null
                    : info.getCreationDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            ArticleMetadata meta =
                    new ArticleMetadata(blankToNull(info.getTitle()), null, blankToNull(info.getAuthor()), null, date);
            return new IngestedText(body, ArticleFormat.PDF, meta);
        } catch (InvalidPasswordException e) {
            throw encrypted(name, e);
        } catch (IOException e) {
            throw new ClaimDeskException(
                    Problem.INVALID_INPUT,
                    name + " is not a readable PDF: it is damaged or incomplete (perhaps a download that stopped)."
                            + " Download it again, or open it in a PDF reader and save a new copy.",
                    e);
        }
    }

    /**
     * A strict parse (PDFBox's lenient mode rebuilds a broken or cut-off file from whatever
     * objects it finds, and a truncated download was imported in part): the file must end with
     * its end marker and cross-reference data, and every object must be where that data says.
     */
    private static PDDocument load(byte[] bytes) throws IOException {
        RandomAccessReadBuffer source = new RandomAccessReadBuffer(bytes);
        try {
            return new PDFParser(source, "", null, null, MemoryUsageSetting.setupMixed(CACHE_IN_MEMORY).streamCache)
                    .parse(false);
        } catch (IOException e) {
            source.close();
            throw e;
        }
    }

    private static ClaimDeskException encrypted(String name, Exception cause) {
        return new ClaimDeskException(
                Problem.INVALID_INPUT,
                name + " is a password-protected PDF. Open it in a PDF reader, save an unprotected copy and import"
                        + " that.",
                cause);
    }

    /** Drops lines that appear (digits ignored) among the first or last two lines of most pages. */
    static void removeRunningLines(List<List<String>> pages) {
        if (pages.size() < 2) {
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (List<String> page : pages) {
            for (String line : edgeLines(page)) {
                seen.merge(key(line), 1, Integer::sum);
            }
        }
        int threshold = Math.max(2, (pages.size() + 1) / 2);
        for (List<String> page : pages) {
            List<String> edges = edgeLines(page);
            page.removeIf(line -> edges.contains(line) && !key(line).isEmpty() && seen.get(key(line)) >= threshold);
        }
    }

    private static List<String> edgeLines(List<String> page) {
        List<String> content = page.stream().filter(l -> !clean(l).isBlank()).toList();
        List<String> edges = new ArrayList<>();
        for (int i = 0; i < content.size(); i++) {
            if (i < 2 || i >= content.size() - 2) {
                edges.add(content.get(i));
            }
        }
        return edges;
    }

    private static String key(String line) {
        return clean(line).strip().replaceAll("\\d+", "#").toLowerCase(java.util.Locale.ROOT);
    }

    private static String clean(String line) {
        return line.replace(PARAGRAPH, "");
    }

    static String joinParagraphs(List<List<String>> pages) {
        StringBuilder out = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        for (List<String> page : pages) {
            for (String raw : page) {
                boolean ends = raw.contains(PARAGRAPH);
                String line = clean(raw).strip();
                if (!line.isEmpty()) {
                    append(paragraph, line);
                }
                if ((ends || line.isEmpty()) && paragraph.length() > 0) {
                    flush(out, paragraph);
                }
            }
        }
        flush(out, paragraph);
        return out.toString().strip();
    }

    private static void append(StringBuilder paragraph, String line) {
        int n = paragraph.length();
        if (n == 0) {
            paragraph.append(line);
        } else if (paragraph.charAt(n - 1) == '-'
                && n > 1
                && Character.isLowerCase(paragraph.charAt(n - 2))
                && Character.isLowerCase(line.charAt(0))) {
            paragraph.setLength(n - 1); // "exam-" + "ple" -> "example"
            paragraph.append(line);
        } else {
            paragraph.append(' ').append(line);
        }
    }

    private static void flush(StringBuilder out, StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(paragraph);
            paragraph.setLength(0);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
