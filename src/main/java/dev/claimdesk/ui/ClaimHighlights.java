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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.Highlighter;
import javax.swing.text.JTextComponent;
import javax.swing.text.Position;
import javax.swing.text.View;

/**
 * Every claim marked in the article text in its verdict's or state's colour (flagged claims with a
 * red wavy underline), the selected claim stronger and framed, and the claims the search found
 * with a marker. One highlight per claim id, replaced when the claim changes. Colours come from
 * the theme ({@link ClaimColours}), read each time a claim is marked, so a theme switch that
 * marks the claims again recolours them.
 */
final class ClaimHighlights {
    private final JTextComponent text;
    private final LongFunction<VerdictLabel> labels;
    private final Map<Long, Object> tags = new HashMap<>();
    private final Map<Long, Object> hitTags = new HashMap<>();
    private Object outlineTag;
    private Claim selected;

    /** @param labels the verdict label of an id, or null */
    ClaimHighlights(JTextComponent text, LongFunction<VerdictLabel> labels) {
        this.text = text;
        this.labels = labels;
    }

    /** Marks every claim again (a new article, a new scale, a new highlighter after a theme switch). */
    void markAll(Collection<Claim> claims, Claim selectedClaim, Set<Long> hits) {
        text.getHighlighter().removeAllHighlights();
        tags.clear();
        hitTags.clear();
        outlineTag = null;
        selected = selectedClaim;
        for (Claim c : claims) {
            mark(c);
        }
        showHits(claims, hits);
        if (selectedClaim != null) {
            select(selectedClaim);
        }
    }

    /** Marks one claim as it is now (its state or verdict changed); dismissed claims are not marked. */
    void mark(Claim c) {
        Highlighter h = text.getHighlighter();
        Object old = tags.remove(c.id());
        if (old != null) {
            h.removeHighlight(old);
        }
        if (c.state() == ClaimState.DISMISSED || !fits(c)) {
            return;
        }
        boolean isSelected = selected != null && selected.id() == c.id();
        VerdictLabel l = c.verdictLabelId() == null ? null : labels.apply(c.verdictLabelId());
        Color fill = ClaimColours.highlight(c, l, isSelected);
        add(c, new ClaimPainter(fill, c.flags().isEmpty() ? null : ClaimColours.flagUnderline()), tags);
    }

    /** Frames the claim and shows it stronger; the previously selected claim goes back to normal. */
    void select(Claim c) {
        Claim before = selected;
        selected = c;
        if (before != null && before.id() != c.id() && tags.containsKey(before.id())) {
            mark(before);
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
    void showHits(Collection<Claim> claims, Set<Long> hits) {
        hitTags.values().forEach(text.getHighlighter()::removeHighlight);
        hitTags.clear();
        if (hits == null) {
            return;
        }
        SearchHitPainter painter = new SearchHitPainter(ClaimColours.searchHit(), ClaimColours.searchHitUnderline());
        for (Claim c : claims) {
            if (hits.contains(c.id()) && fits(c)) {
                add(c, painter, hitTags);
            }
        }
    }

    /** The claims that carry a search marker. */
    Set<Long> hitIds() {
        return Set.copyOf(hitTags.keySet());
    }

    /** The highlighter entries of the search markers. */
    List<Highlighter.Highlight> hitHighlights() {
        return List.of(text.getHighlighter().getHighlights()).stream()
                .filter(h -> h.getPainter() instanceof SearchHitPainter)
                .toList();
    }

    private boolean fits(Claim c) {
        return c.endOffset() <= text.getDocument().getLength();
    }

    private void add(Claim c, Highlighter.HighlightPainter painter, Map<Long, Object> into) {
        try {
            into.put(c.id(), text.getHighlighter().addHighlight(c.startOffset(), c.endOffset(), painter));
        } catch (BadLocationException e) {
            // offsets are checked on import; a mismatch only loses the highlight
        }
    }

    /** A translucent background; flagged claims also get a wavy underline. */
    static final class ClaimPainter extends DefaultHighlighter.DefaultHighlightPainter {
        private final Color underline;

        ClaimPainter(Color fill, Color underline) {
            super(fill);
            this.underline = underline;
        }

        @Override
        public Shape paintLayer(Graphics g, int p0, int p1, Shape bounds, JTextComponent c, View view) {
            Shape s = super.paintLayer(g, p0, p1, bounds, c, view);
            if (underline != null && s != null) {
                Rectangle r = s.getBounds();
                Graphics2D g2 = (Graphics2D) g.create();
                g2.setColor(underline);
                int y = r.y + r.height - 2;
                for (int x = r.x; x < r.x + r.width - 2; x += 4) {
                    g2.drawLine(x, y, x + 2, y - 2);
                    g2.drawLine(x + 2, y - 2, x + 4, y);
                }
                g2.dispose();
            }
            return s;
        }
    }

    /** A claim the search found: a marker colour behind it and a bar under it. */
    static final class SearchHitPainter extends DefaultHighlighter.DefaultHighlightPainter {
        private final Color bar;

        SearchHitPainter(Color marker, Color bar) {
            super(marker);
            this.bar = bar;
        }

        @Override
        public Shape paintLayer(Graphics g, int p0, int p1, Shape bounds, JTextComponent c, View view) {
            Shape s = super.paintLayer(g, p0, p1, bounds, c, view);
            if (s != null) {
                Rectangle r = s.getBounds();
                g.setColor(bar);
                g.fillRect(r.x, r.y + r.height - 3, r.width, 3);
            }
            return s;
        }
    }

    /** The selected claim: a frame around its text in the theme's focus colour. */
    private static final class OutlinePainter extends DefaultHighlighter.DefaultHighlightPainter {
        OutlinePainter() {
            super(new Color(0, 0, 0, 0));
        }

        @Override
        public Shape paintLayer(Graphics g, int p0, int p1, Shape bounds, JTextComponent c, View view) {
            try {
                Shape shape = view.modelToView(p0, Position.Bias.Forward, p1, Position.Bias.Backward, bounds);
                Rectangle r = shape.getBounds();
                Graphics2D g2 = (Graphics2D) g.create();
                g2.setColor(ClaimColours.selectedOutline());
                g2.setStroke(new BasicStroke(1.5f));
                g2.drawRect(r.x, r.y, Math.max(1, r.width - 1), r.height - 1);
                g2.dispose();
                return r;
            } catch (BadLocationException e) {
                return null;
            }
        }
    }
}
