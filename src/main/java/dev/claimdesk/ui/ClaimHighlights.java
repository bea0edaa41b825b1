package dev.claimdesk.ui;

import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.VerdictLabel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;
import javax.swing.text.BadLocationException;
import javax.swing.text.Highlighter;
import javax.swing.text.JTextComponent;
import javax.swing.text.LayeredHighlighter;
import javax.swing.text.Position;
import javax.swing.text.View;

/**
 * Every claim marked in the article text in its verdict's or state's colour (flagged claims with a
 * red wavy underline), the selected claim stronger and framed, and the claims the search found
 * with a marker. Colours come from the theme ({@link ClaimColours}), read each time a claim is
 * marked, so a theme switch that marks the claims again recolours them.
 *
 * <p>All claims are one highlight over the whole text, and so are all search markers: Swing's
 * highlighter looks at every highlight for every line it paints, so 10,000 claims as 10,000
 * highlights made each repaint of the text slow. The painters find the claims of a line by
 * their sorted start offsets (the article text never changes).
 */
final class ClaimHighlights {
    private final JTextComponent text;
    private final LongFunction<VerdictLabel> labels;
    private final Spans claims = new Spans();
    private final Spans hits = new Spans();
    private final Map<Long, Claim> marked = new HashMap<>();
    private Object outlineTag;
    private Long selectedId;

    /** @param labels the verdict label of an id, or null */
    ClaimHighlights(JTextComponent text, LongFunction<VerdictLabel> labels) {
        this.text = text;
        this.labels = labels;
    }

    /** Marks every claim again (a new article, a new scale, a new highlighter after a theme switch). */
    void markAll(Collection<Claim> all, Claim selectedClaim, Set<Long> hitIds) {
        Highlighter h = text.getHighlighter();
        h.removeAllHighlights();
        outlineTag = null;
        claims.clear();
        marked.clear();
        selectedId = selectedClaim == null ? null : selectedClaim.id();
        for (Claim c : all) {
            put(c);
        }
        try {
            h.addHighlight(0, text.getDocument().getLength(), new SpansPainter(claims, false));
            h.addHighlight(0, text.getDocument().getLength(), new SpansPainter(hits, true));
        } catch (BadLocationException e) {
            // an empty text: nothing to mark
        }
        showHits(all, hitIds);
        if (selectedClaim != null) {
            select(selectedClaim);
        }
        text.repaint();
    }

    /** Marks one claim as it is now (its state or verdict changed); dismissed claims are not marked. */
    void mark(Claim c) {
        Claim before = marked.get(c.id());
        put(c);
        damage(before);
        damage(c);
    }

    private void put(Claim c) {
        marked.put(c.id(), c);
        if (c.state() == ClaimState.DISMISSED || !fits(c)) {
            claims.remove(c.id());
            return;
        }
        boolean isSelected = selectedId != null && selectedId == c.id();
        VerdictLabel l = c.verdictLabelId() == null ? null : labels.apply(c.verdictLabelId());
        claims.put(
                c.id(),
                c.startOffset(),
                c.endOffset(),
                ClaimColours.highlight(c, l, isSelected),
                dev.claimdesk.domain.RedFlag.warnings(c.flags()).isEmpty() ? null : ClaimColours.flagUnderline());
    }

    /** Frames the claim and shows it stronger; the previously selected claim goes back to normal. */
    void select(Claim c) {
        Long before = selectedId;
        selectedId = c.id();
        if (before != null && before != c.id() && marked.containsKey(before)) {
            mark(marked.get(before));
        }
        mark(c);
        if (outlineTag != null) {
            text.getHighlighter().removeHighlight(outlineTag);
            outlineTag = null;
        }
        if (fits(c)) {
            try {
                outlineTag = text.getHighlighter().addHighlight(c.startOffset(), c.endOffset(), new OutlinePainter());
            } catch (BadLocationException e) {
                // nothing to frame
            }
        }
    }

    /** Puts a marker on the claims the search found (null: no search, no markers). */
    void showHits(Collection<Claim> all, Set<Long> hitIds) {
        hits.clear();
        if (hitIds != null) {
            Color marker = ClaimColours.searchHit();
            Color bar = ClaimColours.searchHitUnderline();
            for (Claim c : all) {
                if (hitIds.contains(c.id()) && fits(c)) {
                    hits.put(c.id(), c.startOffset(), c.endOffset(), marker, bar);
                }
            }
        }
        text.repaint();
    }

    /** The claims that carry a search marker. */
    Set<Long> hitIds() {
        return hits.ids();
    }

    /** The spans the search markers cover, as [start, end) pairs, painted by the text's own highlighter. */
    List<int[]> hitSpans() {
        for (Highlighter.Highlight h : text.getHighlighter().getHighlights()) {
            if (h.getPainter() instanceof SpansPainter p && p.hits) {
                return p.spans.sorted().stream()
                        .map(s -> new int[] {s.start, s.end})
                        .toList();
            }
        }
        return List.of();
    }

    /** The fill colour a claim is painted with in the text, or null when it is not marked. */
    Color fillOf(long claimId) {
        Span s = claims.byId.get(claimId);
        return s == null ? null : s.fill;
    }

    private boolean fits(Claim c) {
        return c.endOffset() <= text.getDocument().getLength();
    }

    private void damage(Claim c) {
        if (c != null && fits(c)) {
            text.getUI().damageRange(text, c.startOffset(), c.endOffset());
        }
    }

    /** A marked span: its colour behind the text and, optionally, a line under it. */
    private record Span(long id, int start, int end, Color fill, Color under) {}

    /**
     * Marked spans by id, and their places sorted by start for painting; a new colour changes only
     * the span, a new place (or a new or removed span) sorts the places again before the next paint.
     */
    private static final class Spans {
        private final Map<Long, Span> byId = new HashMap<>();
        private long[] order = new long[0]; // ids by start
        private int[] starts = new int[0];
        private int longest;
        private boolean dirty;

        void put(long id, int start, int end, Color fill, Color under) {
            Span old = byId.put(id, new Span(id, start, end, fill, under));
            dirty |= old == null || old.start != start || old.end != end;
        }

        void remove(long id) {
            dirty |= byId.remove(id) != null;
        }

        void clear() {
            byId.clear();
            dirty = true;
        }

        Set<Long> ids() {
            return Set.copyOf(byId.keySet());
        }

        List<Span> sorted() {
            place();
            List<Span> out = new ArrayList<>(order.length);
            for (long id : order) {
                out.add(byId.get(id));
            }
            return out;
        }

        private void place() {
            if (dirty) {
                List<Span> all = new ArrayList<>(byId.values());
                all.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
                order = all.stream().mapToLong(Span::id).toArray();
                starts = all.stream().mapToInt(Span::start).toArray();
                longest = all.stream().mapToInt(s -> s.end - s.start).max().orElse(0);
                dirty = false;
            }
        }

        /** The spans that overlap [p0, p1), in the order of their starts. */
        List<Span> overlapping(int p0, int p1) {
            place();
            int lo = 0;
            int hi = starts.length;
            int from = p0 - longest; // no span starting before this can reach p0
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            List<Span> out = new ArrayList<>();
            for (int i = lo; i < starts.length && starts[i] < p1; i++) {
                Span s = byId.get(order[i]);
                if (s.end > p0) {
                    out.add(s);
                }
            }
            return out;
        }
    }

    /**
     * Paints the spans that fall in the piece of text being painted: a claim's colour with a wavy
     * underline for red flags, or a search marker with a bar under it.
     */
    static final class SpansPainter extends LayeredHighlighter.LayerPainter {
        private final Spans spans;
        private final boolean hits;

        private SpansPainter(Spans spans, boolean hits) {
            this.spans = spans;
            this.hits = hits;
        }

        @Override
        public void paint(Graphics g, int p0, int p1, Shape bounds, JTextComponent c) {
            // only layered painting is used (the text's highlighter is a DefaultHighlighter)
        }

        @Override
        public Shape paintLayer(Graphics g, int p0, int p1, Shape bounds, JTextComponent c, View view) {
            Rectangle painted = null;
            Span last = null;
            for (Span s : spans.overlapping(p0, p1)) {
                if (last != null
                        && last.start == s.start
                        && last.end == s.end
                        && Objects.equals(last.fill, s.fill)
                        && Objects.equals(last.under, s.under)) {
                    continue; // the same sentence proposed more than once: painted already
                }
                last = s;
                Rectangle r = area(Math.max(p0, s.start), Math.min(p1, s.end), bounds, view);
                if (r == null) {
                    continue;
                }
                g.setColor(s.fill);
                g.fillRect(r.x, r.y, r.width, r.height);
                if (s.under != null) {
                    g.setColor(s.under);
                    if (hits) {
                        g.fillRect(r.x, r.y + r.height - 3, r.width, 3);
                    } else {
                        wave(g, r);
                    }
                }
                painted = painted == null ? r : painted.union(r);
            }
            return painted;
        }

        private static void wave(Graphics g, Rectangle r) {
            int y = r.y + r.height - 2;
            for (int x = r.x; x < r.x + r.width - 2; x += 4) {
                g.drawLine(x, y, x + 2, y - 2);
                g.drawLine(x + 2, y - 2, x + 4, y);
            }
        }
    }

    /** The area of [from, to) within a view, as Swing's own highlight painter finds it. */
    private static Rectangle area(int from, int to, Shape bounds, View view) {
        if (from == view.getStartOffset() && to == view.getEndOffset()) {
            return bounds instanceof Rectangle r ? r : bounds.getBounds();
        }
        try {
            Shape s = view.modelToView(from, Position.Bias.Forward, to, Position.Bias.Backward, bounds);
            return s == null ? null : s.getBounds();
        } catch (BadLocationException e) {
            return null;
        }
    }

    /** The selected claim: a frame around its text in the theme's focus colour. */
    private static final class OutlinePainter extends LayeredHighlighter.LayerPainter {
        @Override
        public void paint(Graphics g, int p0, int p1, Shape bounds, JTextComponent c) {}

        @Override
        public Shape paintLayer(Graphics g, int p0, int p1, Shape bounds, JTextComponent c, View view) {
            Rectangle r = area(p0, p1, bounds, view);
            if (r != null) {
                Graphics2D g2 = (Graphics2D) g.create();
                g2.setColor(ClaimColours.selectedOutline());
                g2.setStroke(new BasicStroke(1.5f));
                g2.drawRect(r.x, r.y, Math.max(1, r.width - 1), r.height - 1);
                g2.dispose();
            }
            return r;
        }
    }
}
