package dev.claimdesk.ingest;

import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into text: UTF-8 (with or without BOM) and UTF-16 with a BOM; Windows-1252 when the
 * bytes are not valid UTF-8 but are valid Windows-1252 text. Binary data and undecodable bytes are
 * refused with a plain message.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {}

    static String decode(byte[] b, String name) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return strict(StandardCharsets.UTF_16LE, b, 2, name);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return strict(StandardCharsets.UTF_16BE, b, 2, name);
        }
        int offset = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        refuseBinary(b, name);
        try {
            return decoder(StandardCharsets.UTF_8)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                return decoder(WINDOWS_1252).decode(ByteBuffer.wrap(b)).toString();
            } catch (CharacterCodingException e) {
                throw new ClaimDeskException(
                        Problem.INVALID_INPUT,
                        name + " is not readable text: it is neither UTF-8 nor Windows-1252. Save it as UTF-8 and"
                                + " import it again.",
                        e);
            }
        }
    }

    private static String strict(Charset cs, byte[] b, int offset, String name) {
        try {
            return refuseNulChar(
                    decoder(cs)
                            .decode(ByteBuffer.wrap(b, offset, b.length - offset))
                            .toString(),
                    name);
        } catch (CharacterCodingException e) {
            throw new ClaimDeskException(
                    Problem.INVALID_INPUT, name + " says it is " + cs.name() + " text but is damaged or cut short.", e);
        }
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Many control characters in the head, or a NUL byte anywhere, mean a binary file (an image,
     * an archive, a program, or text with binary data appended): a NUL after the head used to be
     * stored in the article.
     */
    private static void refuseBinary(byte[] b, String name) {
        int control = 0;
        int sample = Math.min(b.length, 64 * 1024);
        for (int i = 0; i < sample; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control > sample / 20 || indexOfNul(b) >= 0) {
            throw binary(name);
        }
    }

    /** A UTF-16 file holds NUL bytes in every ASCII character; only a decoded NUL is binary there. */
    private static String refuseNulChar(String text, String name) {
        if (text.indexOf('\u0000') >= 0) {
            throw binary(name);
        }
        return text;
    }

    private static int indexOfNul(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static ClaimDeskException binary(String name) {
        return new ClaimDeskException(
                Problem.INVALID_INPUT,
                name + " is not a text document (it contains binary data). Import a .txt, .md, .html or .pdf"
                        + " article.");
    }
}
