package dev.claimdesk.ui;

import com.formdev.flatlaf.util.UIScale;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.RedFlag;
import dev.claimdesk.domain.VerdictLabel;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.swing.Icon;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;

/** How the claim queue draws its cells. */
final class QueueRenderers {
    private QueueRenderers() {}

    /** The claim of a view row of the queue. */
    static Claim claimAt(JTable t, int viewRow) {
        return ((ClaimTableModel) t.getModel()).claimAt(t.convertRowIndexToModel(viewRow));
    }

    /**
     * The claim's number after a bar in the claim's colour (its verdict's, else its state's), which
     * stays when the row is selected: the colour tells where the claim stands at a glance.
     */
    static final class Number extends DefaultTableCellRenderer {
        private Color accent;

        Number() {
            setHorizontalAlignment(RIGHT);
            setVerticalAlignment(TOP);
        }

        @Override
        public Component getTableCellRendererComponent(
                JTable t, Object value, boolean selected, boolean focus, int row, int column) {
            super.getTableCellRendererComponent(t, value, selected, focus, row, column);
            if (row >= 0) {
                Claim c = claimAt(t, row);
                accent = ClaimColours.accent(c, ((ClaimTableModel) t.getModel()).label(c.verdictLabelId()));
            }
            return this;
        }

        /** The colour of the bar as last rendered. */
        Color accent() {
            return accent;
        }

        /** The width of the bar. */
        static int barWidth() {
            return UIScale.scale(4);
        }

        @Override
        protected void paintComponent(Graphics g) {
            super.paintComponent(g);
            if (accent != null) {
                g.setColor(accent);
                g.fillRect(0, 0, barWidth(), getHeight());
            }
        }
    }

    /** Scores as two decimals, right-aligned. */
    static final class Score extends DefaultTableCellRenderer {
        Score() {
            setHorizontalAlignment(RIGHT);
            setVerticalAlignment(TOP);
        }

        @Override
        protected void setValue(Object value) {
            setText(value == null ? "" : String.format(Locale.ROOT, "%.2f", (Double) value));
        }
    }

    /** One small warning triangle per red flag (at most four); the tooltip names them. */
    static final class Flags extends DefaultTableCellRenderer {
        static final int MAX_SHOWN = 4;
        private int flags;
        private int lineHeight;

        @Override
        public Component getTableCellRendererComponent(
                JTable t, Object value, boolean selected, boolean focus, int row, int column) {
            super.getTableCellRendererComponent(t, "", selected, focus, row, column);
            @SuppressWarnings("unchecked")
            List<RedFlag> list = value instanceof List<?> l ? (List<RedFlag>) l : List.of();
            flags = list.size();
            lineHeight = t.getFontMetrics(t.getFont()).getHeight();
            setToolTipText(
                    list.isEmpty()
                            ? "No red flags"
                            : list.stream()
                                    .map(f -> f.code().toLowerCase(Locale.ROOT).replace('_', ' '))
                                    .distinct()
                                    .collect(Collectors.joining(", ")));
            return this;
        }

        /** The width that shows every triangle. */
        static int widthOf(int shown) {
            return UIScale.scale(6 + shown * 13);
        }

        @Override
        protected void paintComponent(Graphics g) {
            super.paintComponent(g);
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                int size = UIScale.scale(10);
                int y = getInsets().top + Math.max(0, (lineHeight - size) / 2);
                g2.setColor(ClaimColours.flagIcon());
                for (int i = 0; i < Math.min(flags, MAX_SHOWN); i++) {
                    int x = UIScale.scale(6) + i * (size + UIScale.scale(3));
                    g2.fillPolygon(new int[] {x, x + size / 2, x + size}, new int[] {y + size, y, y + size}, 3);
                }
            } finally {
                g2.dispose();
            }
        }
    }

    /** The verdict's name, wrapped, after a dot in its colour. */
    static final class Verdict extends WrappingCellRenderer {
        Verdict() {
            setIconTextGap(UIScale.scale(6));
        }

        @Override
        protected Icon iconAt(JTable t, int viewRow) {
            VerdictLabel l =
                    ((ClaimTableModel) t.getModel()).label(claimAt(t, viewRow).verdictLabelId());
            return l == null ? null : new VerdictPanel.Dot(ClaimColours.verdict(l));
        }
    }
}
