package dev.claimdesk.extraction;

import java.util.Arrays;
import java.util.regex.Matcher;

/**
 * Trying a regular expression only where it can start. Java's {@code find} tries a pattern at
 * every character; the detector instead gathers the few places where a match can begin (where a
 * literal it needs occurs) and tries the pattern anchored there, in order, which finds the same
 * first match. Shared by the lexicons, figures, red flags, speakers and organisation names.
 */
final class Anchored {
    private Anchored() {}

    /** Every place where one of the literals starts, ascending (overlaps included). */
    static int[] occurrences(String text, String... literals) {
        int[] out = new int[8];
        int count = 0;
        for (String literal : literals) {
            for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
                if (count == out.length) {
                    out = Arrays.copyOf(out, 2 * count);
                }
                out[count++] = at;
            }
        }
        return sorted(out, count);
    }

    /** The first {@code count} places, ascending, in an array of their own. */
    static int[] sorted(int[] places, int count) {
        int[] out = Arrays.copyOf(places, count);
        Arrays.sort(out);
        return out;
    }

    /**
     * Whether the matcher's pattern matches starting exactly at {@code at} (its text ending at
     * {@code end}), looking behind that point as a search would; on success the matcher holds
     * the match.
     */
    static boolean matchesAt(Matcher m, int at, int end) {
        return m.useTransparentBounds(true).region(at, end).lookingAt();
    }

    /**
     * The first of the places, at or after {@code from}, where the pattern matches: what {@code
     * find} from {@code from} returns when no match can start anywhere else.
     */
    static boolean firstMatch(Matcher m, int[] places, int from, int end) {
        for (int at : places) {
            if (at >= from && matchesAt(m, at, end)) {
                return true;
            }
        }
        return false;
    }

    /** Whitespace as {@code \s} means it in a regular expression without flags (ASCII only). */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A character of {@code \w} in a regular expression without flags. */
    static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
