package dev.claimdesk.ingest;

import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads an article file of any supported format (plain text, Markdown, HTML, PDF) into the exact
 * text that claim offsets will refer to, plus the metadata found in it (meta tags of HTML, the
 * document information of PDF, the byline and dateline of text and Markdown). Bad input (empty, binary,
 * too large, encrypted or truncated PDF, undecodable text) is refused in plain words.
 */
public final class ArticleReader {
    /** Text, Markdown and HTML files above this size are refused before they are read. */
    public static final long MAX_TEXT_BYTES = 8L * 1024 * 1024;
    /** PDF files above this size are refused before they are read. */
    public static final long MAX_PDF_BYTES = 64L * 1024 * 1024;
    /**
     * Characters in one article: no news article is this long, a log file or a dump is. PDF text
     * extraction stops as soon as it passes this, instead of finding out at the end.
     */
    public static final int MAX_TEXT_CHARS = 2_000_000;

    private ArticleReader() {}

    public static IngestedText read(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        byte[] bytes = readBytes(file, name, lower.endsWith(".pdf") ? MAX_PDF_BYTES : MAX_TEXT_BYTES);
        if (lower.endsWith(".pdf") || startsWith(bytes, "%PDF-")) {
            return finish(PdfReader.read(bytes, name), name);
        }
        String text = TextDecoder.decode(bytes, name);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml") || looksLikeHtml(text)) {
            return finish(HtmlReader.read(text, name), name);
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            MarkdownText.Result md = MarkdownText.convert(normalise(text));
            return finish(
                    new IngestedText(
                            md.text(), ArticleFormat.MARKDOWN, new ArticleMetadata(md.title(), null, null, null, null)),
                    name);
        }
        return finish(
                new IngestedText(text, ArticleFormat.TEXT, new ArticleMetadata(null, null, null, null, null)), name);
    }

    /**
     * Pasted text: line ends normalised, nothing else changed; the author, outlet and date found in
     * its first lines, as for a text file.
     */
    public static IngestedText paste(String text) {
        return finish(
                new IngestedText(
                        text == null ? "" : text,
                        ArticleFormat.PASTE,
                        new ArticleMetadata(null, null, null, null, null)),
                "The pasted text");
    }

    private static IngestedText finish(IngestedText t, String name) {
        String body = normalise(t.body()).strip();
        if (body.isEmpty()) {
            throw new ClaimDeskException(Problem.INVALID_INPUT, name + " contains no text to check.");
        }
        ArticleMetadata metadata = switch (t.format()) {
            // Text has no meta tags: its byline and dateline say who wrote it and when.
            case TEXT, MARKDOWN, PASTE -> SourceLines.fill(t.metadata(), body);
            default -> t.metadata();
        };
        return new IngestedText(body, t.format(), metadata);
    }

    private static byte[] readBytes(Path file, String name, long limit) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ClaimDeskException(Problem.INVALID_INPUT, name + " is empty: there is nothing to import.");
            }
            if (size > limit) {
                throw new ClaimDeskException(
                        Problem.INVALID_INPUT,
                        name + " is too large to be an article (" + size / (1024 * 1024) + " MB; the limit is "
                                + limit / (1024 * 1024) + " MB).");
            }
            return Files.readAllBytes(file);
        } catch (java.nio.channels.ClosedByInterruptException e) {
            throw new ClaimDeskException(Problem.CANCELLED, "The import was cancelled; nothing was saved.", e);
        } catch (NoSuchFileException e) {
            throw new ClaimDeskException(Problem.IO, "There is no file " + file + ".", e);
        } catch (IOException e) {
            throw new ClaimDeskException(Problem.IO, "ClaimDesk cannot read " + file + ".", e);
        }
    }

    private static boolean startsWith(byte[] b, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        if (b.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (b[i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** Line ends become \n and odd spaces plain, so offsets mean the same on every platform. */
    static String normalise(String text) {
        return text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u00A0', ' ')
                .replace("\u2028", "\n");
    }
}
