package dev.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Splits article text into sentences, keeping exact offsets. Every line break ends a sentence
 * (headlines, bylines, datelines and captions have no end punctuation; ingest joins wrapped
 * lines into paragraphs). Within a line, '.', '!' or '?' (plus closing quotes and brackets) ends
 * a sentence when whitespace and an upper-case letter, digit or opening quote follow, except after
 * an abbreviation, an initial or inside a number. CJK '。', '！', '？' always end one.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "no", "nos", "vs", "etc", "inc", "ltd", "co",
            "corp", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "rev", "hon", "pres", "jan",
            "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "fig", "vol",
            "pp", "ca", "cf", "al", "dept", "univ", "assn", "bros", "ave", "blvd", "rd", "u.s", "u.k", "e.g", "i.e",
            "a.m", "p.m", "u.n", "e.u", "d.c", "ph.d", "b.a", "m.a", "u.s.a");

    private SentenceSplitter() {}

    public static List<Sentence> split(String text) {
        return split(text, true);
    }

    /** As {@link #split(String)}; {@code inPieces} false splits a long text in one go on this thread. */
    static List<Sentence> split(String text, boolean inPieces) {
        int[] chunks = inPieces ? chunks(text) : new int[] {0, text.length()};
        if (chunks.length == 2) {
            List<Sentence> out = new ArrayList<>();
            split(text, 0, text.length(), out);
            return out;
        }
        // A long text is split in pieces of whole lines at once; sentences never cross a line.
        @SuppressWarnings("unchecked")
        List<Sentence>[] parts = new List[chunks.length - 1];
        IntStream.range(0, parts.length).parallel().forEach(i -> {
            parts[i] = new ArrayList<>();
            split(text, chunks[i], chunks[i + 1], parts[i]);
        });
        List<Sentence> out = new ArrayList<>();
        for (List<Sentence> part : parts) {
            out.addAll(part);
        }
        return out;
    }

    /** The lines starting in [from, to): {@code to} is the text's end or just after a line break. */
    private static void split(String text, int from, int to, List<Sentence> out) {
        int n = text.length();
        int lineStart = from;
        while (lineStart < to || to == n && lineStart == n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            splitLine(text, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
    }

    /** Texts longer than this are worked on in pieces of about this size, on several threads. */
    static final int CHUNK = 1 << 18;

    /**
     * Piece boundaries for a long text: 0, then offsets just after a line break about every
     * {@link #CHUNK} characters, then the text's length. Just {0, length} for a short text.
     */
    static int[] chunks(String text) {
        int n = text.length();
        List<Integer> bounds = new ArrayList<>();
        bounds.add(0);
        int at = CHUNK;
        while (at < n) {
            int lineBreak = text.indexOf('\n', at);
            if (lineBreak < 0 || lineBreak + 1 >= n) {
                break;
            }
            bounds.add(lineBreak + 1);
            at = lineBreak + 1 + CHUNK;
        }
        bounds.add(n);
        return bounds.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void splitLine(String text, int from, int to, List<Sentence> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？') {
                int end = skipClosers(text, i + 1, to);
                add(text, start, end, out);
                start = end;
                i = end - 1;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i, to)) {
                int end = skipClosers(text, i + 1, to);
                add(text, start, end, out);
                start = end;
                i = end - 1;
            }
        }
        add(text, start, to, out);
    }

    private static boolean endsSentence(String text, int dot, int lineEnd) {
        int after = skipClosers(text, dot + 1, lineEnd);
        if (after >= lineEnd) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(after))) {
            return false; // 4.6, U.S., e.g.x, "?!" sequences, URLs
        }
        int next = after;
        while (next < lineEnd && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= lineEnd) {
            return true;
        }
        char following = text.charAt(next);
        boolean capitalStart = Character.isUpperCase(following)
                || Character.isDigit(following)
                || "\"'“‘([".indexOf(following) >= 0
                || Character.UnicodeScript.of(following) == Character.UnicodeScript.HAN;
        if (!capitalStart) {
            return false;
        }
        if (text.charAt(dot) != '.') {
            return true;
        }
        String word = wordBefore(text, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial: "J. K. Rowling"
        }
        return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static String wordBefore(String text, int dot) {
        int i = dot;
        while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
            i--;
        }
        String w = text.substring(i, dot);
        return w.startsWith(".") ? w.substring(1) : w;
    }

    private static int skipClosers(String text, int i, int lineEnd) {
        while (i < lineEnd && "\"'”’)]».!?。！？".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, text.substring(start, end)));
        }
    }
}
