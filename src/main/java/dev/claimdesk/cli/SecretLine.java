package dev.claimdesk.cli;

import dev.claimdesk.domain.ClaimDeskException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads one line of a secret from a stream into a char array (never a String), without its line end. */
final class SecretLine {
    private static final int MAX = 1024;

    private SecretLine() {}

    static char[] read(InputStream in) {
        char[] buffer = new char[MAX];
        int n = 0;
        try {
            // Not buffered: the stream may hold more lines for whoever reads it next.
            Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
            for (int c = r.read(); c >= 0 && c != '\n'; c = r.read()) {
                if (n == MAX) {
                    throw new ClaimDeskException(
                            ClaimDeskException.Problem.INVALID_INPUT,
                            "The password is too long (" + MAX + " characters at most).");
                }
                buffer[n++] = (char) c;
            }
            if (n > 0 && buffer[n - 1] == '\r') {
                n--;
            }
            return Arrays.copyOf(buffer, n);
        } catch (IOException e) {
            throw new ClaimDeskException(
                    ClaimDeskException.Problem.IO, "ClaimDesk could not read the password from standard input.", e);
        } finally {
            Arrays.fill(buffer, '\0');
        }
    }
}
