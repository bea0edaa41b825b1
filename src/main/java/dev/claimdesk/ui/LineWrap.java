package dev.claimdesk.ui;

import java.awt.FontMetrics;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JComponent;
import javax.swing.plaf.basic.BasicGraphicsUtils;

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
        if (p.isEmpty() || fits(p, c, fm, width)) {
            out.add(p);
            return;
        }
        lineBreaks.setText(p);
        int lineStart = 0;
        int lastFit = -1; // the end of the last break opportunity that still fits on the line
        for (int end = lineBreaks.next(); end != BreakIterator.DONE; end = lineBreaks.next()) {
            if (fits(p.substring(lineStart, end).stripTrailing(), c, fm, width)) {
                lastFit = end;
                continue;
            }
            if (lastFit > lineStart) {
                out.add(p.substring(lineStart, lastFit).stripTrailing());
                lineStart = lastFit;
            }
            // The piece up to this break may itself be too wide: cut it between characters.
            while (!fits(p.substring(lineStart, end).stripTrailing(), c, fm, width)) {
                int cut = longestFit(p, lineStart, end, c, fm, width);
                out.add(p.substring(lineStart, cut));
                lineStart = cut;
            }
            lastFit = end;
        }
        if (lineStart < p.length()) {
            out.add(p.substring(lineStart).stripTrailing());
        }
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
        return BasicGraphicsUtils.getStringWidth(c, fm, s) <= width;
    }
}
