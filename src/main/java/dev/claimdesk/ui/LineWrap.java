package dev.claimdesk.ui;

import java.awt.FontMetrics;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JComponent;

/**
 * Breaks text into lines that fit a width, where the JDK's line-break rules allow (after spaces and
 * hyphens, between Chinese characters; a word wider than the line is cut between characters).
 * Measuring and painting use the same lines, so a wrapped cell is exactly as tall as its text.
 */
final class LineWrap {
    private final BreakIterator lineBreaks = BreakIterator.getLineInstance(Locale.ROOT);
    private final BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);

    /** The lines of {@code text} at most {@code width} pixels wide; a line break in the text starts a line. */
    List<String> lines(String text, JComponent c, FontMetrics fm, int width) {
        List<String> out = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\r\n|\r|\n", -1)) {
            wrapParagraph(paragraph, c, fm, Math.max(1, width), out);
        }
        return out;
    }

    /** How many lines {@link #lines} gives, without keeping them. */
    int count(String text, JComponent c, FontMetrics fm, int width) {
        return lines(text, c, fm, width).size();
    }

    private void wrapParagraph(String p, JComponent c, FontMetrics fm, int width, List<String> out) {
        if (p.isEmpty() || width(p, c, fm) <= width) {
            out.add(p);
            return;
        }
        lineBreaks.setText(p);
        int lineStart = 0;
        float lineWidth = 0; // of the line so far, up to lastEnd, with its trailing spaces
        int lastEnd = 0;
        for (int end = lineBreaks.next(); end != BreakIterator.DONE; end = lineBreaks.next()) {
            if (insideNumber(p, end)) {
                continue; // "02:08", "1,000.5": the JDK's rules would break after the colon
            }
            // Each piece is measured once; a line's width is the sum of its pieces.
            String piece = p.substring(lastEnd, end);
            float visible = lineWidth + width(piece.stripTrailing(), c, fm);
            if (visible <= width) {
                lineWidth += width(piece, c, fm);
                lastEnd = end;
                continue;
            }
            if (lastEnd > lineStart) {
                out.add(p.substring(lineStart, lastEnd).stripTrailing());
                lineStart = lastEnd;
            }
            // The piece may itself be too wide for a line: cut it between characters.
            while (!fitsAlone(p.substring(lineStart, end), c, fm, width)) {
                int cut = longestFit(p, lineStart, end, c, fm, width);
                out.add(p.substring(lineStart, cut));
                lineStart = cut;
            }
            lineWidth = width(p.substring(lineStart, end), c, fm);
            lastEnd = end;
        }
        if (lineStart < p.length()) {
            out.add(p.substring(lineStart).stripTrailing());
        }
    }

    /** A break between a digit and a separator and the digit after it, which would split one number. */
    private static boolean insideNumber(String p, int at) {
        return at >= 2
                && at < p.length()
                && Character.isDigit(p.charAt(at))
                && ":.,".indexOf(p.charAt(at - 1)) >= 0
                && Character.isDigit(p.charAt(at - 2));
    }

    private static boolean fitsAlone(String piece, JComponent c, FontMetrics fm, int width) {
        return width(piece.stripTrailing(), c, fm) <= width;
    }

    /** The end of the longest run of whole characters from {@code start} that fits (at least one character). */
    private int longestFit(String p, int start, int end, JComponent c, FontMetrics fm, int width) {
        characters.setText(p);
        int best = characters.following(start);
        for (int next = characters.next(); next != BreakIterator.DONE && next <= end; next = characters.next()) {
            if (!fits(p.substring(start, next), c, fm, width)) {
                break;
            }
            best = next;
        }
        return best;
    }

    private static boolean fits(String s, JComponent c, FontMetrics fm, int width) {
        return width(s, c, fm) <= width;
    }

    /** Integer advances, as Swing's labels measure (the painting uses the same, see the renderer). */
    private static float width(String s, JComponent c, FontMetrics fm) {
        return s.isEmpty() ? 0 : fm.stringWidth(s);
    }
}
