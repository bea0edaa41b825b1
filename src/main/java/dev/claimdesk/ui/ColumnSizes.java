package dev.claimdesk.ui;

import static dev.claimdesk.ui.ClaimTableModel.ASSIGNEE;
import static dev.claimdesk.ui.ClaimTableModel.FLAGS;
import static dev.claimdesk.ui.ClaimTableModel.KINDS;
import static dev.claimdesk.ui.ClaimTableModel.POSITION;
import static dev.claimdesk.ui.ClaimTableModel.SCORE;
import static dev.claimdesk.ui.ClaimTableModel.STATE;
import static dev.claimdesk.ui.ClaimTableModel.TEXT;
import static dev.claimdesk.ui.ClaimTableModel.VERDICT;

import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimKind;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.VerdictLabel;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javax.swing.Icon;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;

/**
 * Sizes table columns to what they show, in the current font, for tables whose cells wrap
 * ({@link WrappingCellRenderer}): a column is fixed to its content, or may shrink to its longest
 * word and wrap, or takes what is left; the table never scrolls sideways.
 */
final class ColumnSizes {
    private ColumnSizes() {}

    /**
     * The claim queue: the number fits five digits, a kind, a state and a verdict fit on one line
     * when there is room and wrap at word breaks when there is not (never cut), and every pixel
     * left over goes to the claim text. On the EDT, after a font or data change.
     */
    static void fitQueue(JTable table, Collection<VerdictLabel> labels, List<Claim> claims) {
        fixed(table, POSITION, Math.max(text(table, POSITION, "00000"), header(table, POSITION)));
        fixed(table, SCORE, Math.max(text(table, SCORE, 0.99), header(table, SCORE)));
        fixed(table, FLAGS, Math.max(QueueRenderers.Flags.widthOf(3), header(table, FLAGS)));
        List<String> kinds =
                Arrays.stream(ClaimKind.values()).map(ClaimKind::label).toList();
        List<String> states =
                Arrays.stream(ClaimState.values()).map(ClaimState::label).toList();
        List<String> verdicts = labels.stream().map(VerdictLabel::name).toList();
        List<String> people = claims.stream()
                .map(Claim::assignee)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Icon dot = new VerdictPanel.Dot(java.awt.Color.GRAY);
        // A kind is never broken: the column is at least as wide as the widest kind, and as wide as
        // the claims' kinds in a row when there is room (up to about two kinds a line).
        int kind = Math.max(widest(table, KINDS, kinds, s -> s, null), header(table, KINDS));
        List<String> rows = claims.stream()
                .map(Claim::kinds)
                .distinct() // a few combinations among many claims: each is measured once
                .map(k -> k.stream().sorted().map(ClaimKind::label).collect(java.util.stream.Collectors.joining(", ")))
                .distinct()
                .toList();
        wrapping(table, KINDS, kind, Math.min(kind * 2, widest(table, KINDS, rows, s -> s, null)));
        wrapping(
                table,
                STATE,
                Math.max(widest(table, STATE, states, ColumnSizes::longestWord, null), header(table, STATE)),
                widest(table, STATE, states, s -> s, null));
        wrapping(
                table,
                VERDICT,
                Math.max(widest(table, VERDICT, verdicts, ColumnSizes::longestWord, dot), header(table, VERDICT)),
                Math.max(widest(table, VERDICT, verdicts, s -> s, dot), header(table, VERDICT)));
        int em = em(table);
        wrapping(
                table,
                ASSIGNEE,
                Math.max(header(table, ASSIGNEE), 5 * em),
                Math.min(12 * em, Math.max(header(table, ASSIGNEE), widest(table, ASSIGNEE, people, s -> s, null))));
        rest(table, TEXT, 12 * em, 40 * em);
    }

    /**
     * Shares the queue's width (call before the table lays out its columns): the claim text gets
     * what the other columns leave at their natural widths, but at least {@link #CLAIM_SHARE} of the
     * table; to give it that, the others shrink towards their longest word (they wrap) before the
     * claim goes below its share.
     */
    static void shareQueue(JTable table) {
        int width = table.getWidth();
        if (width <= 0
                || table.getTableHeader() != null && table.getTableHeader().getResizingColumn() != null) {
            return;
        }
        TableColumn claim = column(table, TEXT);
        int natural = 0;
        int least = 0;
        for (int i = 0; i < table.getColumnCount(); i++) {
            TableColumn c = table.getColumnModel().getColumn(i);
            if (c != claim) {
                natural += c.getMaxWidth();
                least += c.getMinWidth();
            }
        }
        int claimWidth = Math.max(claim.getMinWidth(), Math.max(width - natural, (int) (width * CLAIM_SHARE)));
        double f = natural == least ? 1 : (double) (width - claimWidth - least) / (natural - least);
        f = Math.max(0, Math.min(1, f));
        int used = 0;
        for (int i = 0; i < table.getColumnCount(); i++) {
            TableColumn c = table.getColumnModel().getColumn(i);
            if (c != claim) {
                int w = (int) Math.round(c.getMinWidth() + f * (c.getMaxWidth() - c.getMinWidth()));
                c.setPreferredWidth(w);
                used += w;
            }
        }
        claim.setPreferredWidth(Math.max(claim.getMinWidth(), width - used));
    }

    /** The least part of the queue's width that the claim text gets while other columns can wrap. */
    static final double CLAIM_SHARE = 0.5;

    /** A column that takes the width the others leave, down to {@code min}. */
    static void rest(JTable table, int column, int min, int preferred) {
        TableColumn c = column(table, column);
        c.setMinWidth(min);
        c.setMaxWidth(Integer.MAX_VALUE);
        c.setPreferredWidth(preferred);
    }

    /** The table font's size in pixels (an em): the unit of widths that hold text of any length. */
    static int em(JTable table) {
        return table.getFont().getSize();
    }

    static void fixed(JTable table, int column, int width) {
        TableColumn c = column(table, column);
        c.setMinWidth(width);
        c.setMaxWidth(width);
        c.setPreferredWidth(width);
        c.setResizable(false);
    }

    /** A column that may shrink to {@code min} (wrapping) and never grows past its content. */
    static void wrapping(JTable table, int column, int min, int preferred) {
        TableColumn c = column(table, column);
        int pref = Math.max(min, preferred);
        c.setMinWidth(min);
        c.setMaxWidth(pref);
        c.setPreferredWidth(pref);
    }

    static int widest(JTable table, int column, List<String> texts, Function<String, String> part, Icon icon) {
        int w = 0;
        for (String t : texts) {
            w = Math.max(w, measure(table, column, part.apply(t), icon));
        }
        return w;
    }

    static String longestWord(String s) {
        String best = "";
        for (String word : s.split("[\\s/-]+")) {
            best = word.length() > best.length() ? word : best;
        }
        return best;
    }

    static int text(JTable table, int column, Object sample) {
        return measure(table, column, sample, null);
    }

    private static int measure(JTable table, int column, Object value, Icon icon) {
        TableCellRenderer r = column(table, column).getCellRenderer();
        if (r == null) {
            r = table.getDefaultRenderer(table.getModel().getColumnClass(column));
        }
        if (r instanceof WrappingCellRenderer w) {
            return w.widthFor(table, String.valueOf(value), icon);
        }
        java.awt.Component c = r.getTableCellRendererComponent(table, value, false, false, -1, column);
        int extra = column == POSITION ? QueueRenderers.Number.barWidth() * 2 : 0;
        return c.getPreferredSize().width + extra + table.getColumnModel().getColumnMargin() + 2;
    }

    /** The column showing a model column, wherever the user dragged it. */
    static TableColumn column(JTable table, int modelColumn) {
        return table.getColumnModel().getColumn(table.convertColumnIndexToView(modelColumn));
    }

    /** The header's own width, with room for the sort arrow when the table sorts. */
    static int header(JTable table, int column) {
        TableColumn c = column(table, column);
        TableCellRenderer r = table.getTableHeader().getDefaultRenderer();
        int w = r.getTableCellRendererComponent(
                        table, c.getHeaderValue(), false, false, -1, table.convertColumnIndexToView(column))
                .getPreferredSize()
                .width;
        if (table.getRowSorter() == null) {
            return w;
        }
        Icon arrow = UIManager.getIcon("Table.ascendingSortIcon");
        return w + (arrow == null ? 12 : arrow.getIconWidth() + 6);
    }
}
