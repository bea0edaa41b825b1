package dev.claimdesk.ui;

import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.SourceType;
import dev.claimdesk.domain.Stance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.swing.JTable;
import javax.swing.SwingUtilities;

/**
 * The evidence and history tables of the claim tabs: every cell wraps, rows grow to their text,
 * and the columns share the tab's width (no sideways scrolling). Short values stay on one line;
 * a column of free text is never narrower than its longest word (up to 12 em), so words are not
 * broken while there is room.
 */
final class DetailTables {
    private DetailTables() {}

    /** Stance, source, publisher, type, grade, published. */
    static void evidence(JTable t) {
        wrapEverything(t, () -> {
            List<String> stances =
                    Arrays.stream(Stance.values()).map(Stance::label).toList();
            List<String> types =
                    Arrays.stream(SourceType.values()).map(SourceType::label).toList();
            int em = ColumnSizes.em(t);
            ColumnSizes.fixed(
                    t, 0, Math.max(ColumnSizes.header(t, 0), ColumnSizes.widest(t, 0, stances, s -> s, null)));
            ColumnSizes.rest(t, 1, wordMin(t, 1, 6 * em), 16 * em);
            ColumnSizes.rest(t, 2, wordMin(t, 2, 5 * em), 9 * em);
            ColumnSizes.wrapping(
                    t,
                    3,
                    Math.max(ColumnSizes.header(t, 3), ColumnSizes.widest(t, 3, types, ColumnSizes::longestWord, null)),
                    ColumnSizes.widest(t, 3, types, s -> s, null));
            ColumnSizes.fixed(t, 4, ColumnSizes.header(t, 4));
            ColumnSizes.fixed(t, 5, Math.max(ColumnSizes.header(t, 5), ColumnSizes.text(t, 5, "2026-12-31")));
        });
    }

    /** When, who, what, from, to, detail. */
    static void history(JTable t) {
        wrapEverything(t, () -> {
            List<String> states =
                    Arrays.stream(ClaimState.values()).map(ClaimState::label).toList();
            int em = ColumnSizes.em(t);
            ColumnSizes.wrapping(
                    t, 0, ColumnSizes.text(t, 0, "2026-12-31"), ColumnSizes.text(t, 0, "2026-12-31 23:59"));
            ColumnSizes.rest(t, 1, wordMin(t, 1, 4 * em), 8 * em);
            ColumnSizes.rest(t, 2, wordMin(t, 2, 5 * em), 8 * em);
            for (int column : new int[] {3, 4}) {
                ColumnSizes.wrapping(
                        t,
                        column,
                        Math.max(
                                ColumnSizes.header(t, column),
                                ColumnSizes.widest(t, column, states, ColumnSizes::longestWord, null)),
                        ColumnSizes.widest(t, column, states, s -> s, null));
            }
            ColumnSizes.rest(t, 5, wordMin(t, 5, 8 * em), 20 * em);
        });
    }

    /** Claim, verdict and date, where, what agrees ("checked before"): all wrap, none is cut. */
    static void similar(JTable t) {
        wrapEverything(t, () -> {
            int em = ColumnSizes.em(t);
            ColumnSizes.rest(t, 0, wordMin(t, 0, 8 * em), 22 * em);
            ColumnSizes.rest(t, 1, wordMin(t, 1, 5 * em), 7 * em);
            ColumnSizes.rest(t, 2, wordMin(t, 2, 5 * em), 9 * em);
            ColumnSizes.rest(t, 3, wordMin(t, 3, 6 * em), 12 * em);
        });
    }

    /** At least {@code floor}, and wide enough for the column's longest word, up to 12 em. */
    private static int wordMin(JTable t, int column, int floor) {
        List<String> words = new ArrayList<>();
        for (int r = 0; r < t.getModel().getRowCount(); r++) {
            Object v = t.getModel().getValueAt(r, column);
            words.add(v == null ? "" : ColumnSizes.longestWord(v.toString()));
        }
        int widest = ColumnSizes.widest(t, column, words, s -> s, null);
        return Math.max(floor, Math.min(widest, 12 * ColumnSizes.em(t)));
    }

    private static void wrapEverything(JTable t, Runnable fit) {
        t.setDefaultRenderer(String.class, new WrappingCellRenderer());
        t.setAutoResizeMode(JTable.AUTO_RESIZE_ALL_COLUMNS);
        Integer[] all = new Integer[t.getColumnCount()];
        Arrays.setAll(all, i -> i);
        RowHeights.install(t, all);
        fit.run();
        t.getModel().addTableModelListener(e -> fit.run()); // the words of the new rows
        t.addPropertyChangeListener("UI", e -> SwingUtilities.invokeLater(fit)); // a new theme or font
    }
}
