package dev.claimdesk.ingest;

import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads plain-text and Markdown articles (UTF-8), refusing what is not text in plain words. */
public final class TextFileReader {
    /** Files above this size are refused before they are read. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    private TextFileReader() {}

    public static IngestedText read(Path file) {
        byte[] bytes = readBytes(file);
        String name = file.getFileName().toString();
        String text = decode(bytes, name);
        ArticleFormat format =
                name.toLowerCase(Locale.ROOT).endsWith(".md") ? ArticleFormat.MARKDOWN : ArticleFormat.TEXT;
        return new IngestedText(normalise(text), format, new ArticleMetadata(null, null, null, null, null));
    }

    private static byte[] readBytes(Path file) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ClaimDeskException(
                        Problem.INVALID_INPUT, file.getFileName() + " is empty: there is nothing to import.");
            }
            if (size > MAX_BYTES) {
                throw new ClaimDeskException(
                        Problem.INVALID_INPUT,
                        file.getFileName() + " is too large to be an article (" + size / (1024 * 1024)
                                + " MB; the limit is " + MAX_BYTES / (1024 * 1024) + " MB).");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ClaimDeskException(Problem.IO, "ClaimDesk cannot read " + file + ".", e);
        }
    }

    static String decode(byte[] bytes, String name) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new ClaimDeskException(
                        Problem.INVALID_INPUT, name + " is not a text file (it contains binary data).");
            }
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ClaimDeskException(
                    Problem.INVALID_INPUT,
                    name + " is not UTF-8 text. Save it as UTF-8 (most editors offer this under Save As) and import"
                            + " it again.",
                    e);
        }
    }

    /** Line ends become \n, so offsets mean the same on every platform. */
    static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
