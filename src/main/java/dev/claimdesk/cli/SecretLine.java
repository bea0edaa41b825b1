package dev.claimdesk.cli;

import dev.claimdesk.domain.ClaimDeskException;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads a secret into a char array (never a String): typed twice at the terminal, or one line of a stream. */
final class SecretLine {
    private static final int MAX = 1024;

    private SecretLine() {}

    /** The secret typed twice without echo; refused when the two differ. */
    static char[] typedTwice(Console console, String prompt) {
        char[] first = console.readPassword("%s: ", prompt);
        char[] again = first == null ? null : console.readPassword("%s (again): ", prompt);
        try {
            if (first == null || again == null || !Arrays.equals(first, again)) {
                throw new ClaimDeskException(
                        ClaimDeskException.Problem.INVALID_INPUT, "The two passwords differ; nothing was changed.");
            }
            return first.clone();
        } finally {
            clear(first);
            clear(again);
        }
    }

    private static void clear(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    /** The first line of {@code in}, without its line end. */
    static char[] read(InputStream in) {
        char[] buffer = new char[MAX];
        int n = 0;
        try {
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
