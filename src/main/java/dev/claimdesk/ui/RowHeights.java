package dev.claimdesk.ui;

import java.awt.Point;
import java.awt.Rectangle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.Icon;
import javax.swing.JTable;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.event.ChangeEvent;
import javax.swing.event.ListSelectionEvent;
import javax.swing.event.TableColumnModelEvent;
import javax.swing.event.TableColumnModelListener;
import javax.swing.event.TableModelEvent;
import javax.swing.table.TableColumn;

/**
 * Makes every row of a table as tall as its tallest wrapped cell, so no cell text is cut off.
 * Heights are cached per model row and recomputed only for rows whose data changed, and for all
 * rows when a wrapping column's width, the font or the look and feel changes. The work is done
 * once per burst of changes (a divider drag, a reloaded model), after Swing has processed them:
 * the rows in sight first, the rest in batches with pauses between them.
 */
final class RowHeights {
    private final JTable table;
    private final List<Integer> modelColumns;
    private final List<Integer> repeating;
    private int[] heights = new int[0]; // by model row; 0 = not measured
    private final Map<Integer, Map<String, Integer>> shortTexts = new HashMap<>();
    private String measuredFor = "";
    private boolean scheduled;
    private final Timer batches = new Timer(2, e -> nextBatch());
    private int cursor; // the next view row the batches look at
    /** Rows measured per event after the rows in sight: a few milliseconds of work. */
    private static final int BATCH = 250;

    private RowHeights(JTable table, List<Integer> modelColumns, List<Integer> repeating) {
        batches.setRepeats(false);
        this.table = table;
        this.modelColumns = List.copyOf(modelColumns);
        this.repeating = List.copyOf(repeating);
    }

    /**
     * Keeps the rows of {@code table} tall enough for the wrapped cells of these model columns
     * (each must use a {@link WrappingCellRenderer}) measured row by row.
     */
    static RowHeights install(JTable table, Integer... modelColumns) {
        return install(table, List.of(modelColumns), List.of());
    }

    /**
     * As above, with columns whose texts repeat from row to row (states, kinds, names): those are
     * measured once per distinct text, which keeps 10,000 rows cheap.
     */
    static RowHeights install(JTable table, List<Integer> modelColumns, List<Integer> repeating) {
        List<Integer> all = new java.util.ArrayList<>(modelColumns);
        all.addAll(repeating);
        RowHeights h = new RowHeights(table, all, repeating);
        table.getModel().addTableModelListener(h::modelChanged);
        table.getColumnModel().addColumnModelListener(new TableColumnModelListener() {
            @Override
            public void columnMarginChanged(ChangeEvent e) {
                h.schedule();
            }

            @Override
            public void columnAdded(TableColumnModelEvent e) {
                h.schedule();
            }

            @Override
            public void columnRemoved(TableColumnModelEvent e) {
                h.schedule();
            }

            @Override
            public void columnMoved(TableColumnModelEvent e) {}

            @Override
            public void columnSelectionChanged(ListSelectionEvent e) {}
        });
        table.addPropertyChangeListener(e -> {
            switch (e.getPropertyName()) {
                case "font", "UI", "rowHeight" -> {
                    h.measuredFor = "";
                    h.schedule();
                }
                case "rowSorter" -> h.schedule();
                default -> {}
            }
        });
        if (table.getRowSorter() != null) {
            table.getRowSorter().addRowSorterListener(e -> h.schedule());
        }
        return h;
    }

    private void modelChanged(TableModelEvent e) {
        boolean oneRowsUpdate = e.getType() == TableModelEvent.UPDATE
                && e.getFirstRow() != TableModelEvent.HEADER_ROW
                && e.getLastRow() != Integer.MAX_VALUE
                && e.getLastRow() < heights.length;
        if (oneRowsUpdate) {
            for (int r = Math.max(0, e.getFirstRow()); r <= e.getLastRow(); r++) {
                heights[r] = 0;
            }
        } else {
            heights = new int[0];
        }
        schedule();
    }

    private void schedule() {
        if (!scheduled) {
            scheduled = true;
            SwingUtilities.invokeLater(this::apply);
        }
    }

    /** Forgets every measurement and measures all rows again now, in one go (for benchmarks). On the EDT. */
    void remeasure() {
        measuredFor = "";
        refresh();
        update(0, table.getRowCount(), Integer.MAX_VALUE);
    }

    /**
     * Measures the rows in sight at once, then the others a batch per event, so that even 10,000
     * rows never hold the EDT for long. While rows above the top of the view change height, the
     * selected row (or the top row) stays where the reviewer sees it.
     */
    private void apply() {
        scheduled = false;
        if (!table.isDisplayable()) {
            return; // its window was closed: nothing to measure for (and no timer left running)
        }
        refresh();
        Rectangle shown = table.getVisibleRect();
        int first = Math.max(0, rowAt(shown.y) - 5);
        int last = Math.min(table.getRowCount(), rowAt(shown.y + shown.height) + 6);
        update(first, last, Integer.MAX_VALUE);
        cursor = 0;
        continueLater();
    }

    /** The next batch, after a pause in which the EDT handles whatever the user did meanwhile. */
    private void continueLater() {
        if (!table.isDisplayable()) {
            batches.stop();
            return;
        }
        if (cursor < table.getRowCount() && !batches.isRunning()) {
            batches.restart();
        }
    }

    private void nextBatch() {
        if (!table.isDisplayable()) {
            return;
        }
        refresh();
        cursor = update(cursor, table.getRowCount(), BATCH);
        continueLater();
    }

    /** Starts over when what the heights depend on changed (a width, the font, the number of rows). */
    private void refresh() {
        String key = key();
        int rows = table.getModel().getRowCount();
        if (!key.equals(measuredFor) || heights.length != rows) {
            heights = new int[rows];
            shortTexts.clear();
            measuredFor = key;
            cursor = 0;
        }
    }

    /**
     * Gives view rows {@code from} to {@code to} their heights, measuring at most {@code budget}
     * rows; returns the row after the last one done.
     */
    private int update(int from, int to, int budget) {
        int base = table.getRowHeight();
        Anchor anchor = Anchor.of(table);
        boolean changed = false;
        int view = from;
        int visits = budget == Integer.MAX_VALUE ? Integer.MAX_VALUE : 4 * budget; // rows measured before cost little
        for (; view < Math.min(to, table.getRowCount()) && budget > 0 && visits-- > 0; view++) {
            int model = table.convertRowIndexToModel(view);
            if (heights[model] == 0) {
                heights[model] = Math.max(base, measure(view, model) + table.getRowMargin());
                budget--;
            }
            if (table.getRowHeight(view) != heights[model]) {
                table.setRowHeight(view, heights[model]);
                changed = true;
            }
        }
        if (changed && anchor != null) {
            anchor.restore(table);
        }
        return view;
    }

    private int rowAt(int y) {
        int row = table.rowAtPoint(new Point(0, y));
        return row < 0 ? (y <= 0 ? 0 : table.getRowCount() - 1) : row;
    }

    /** A row and how far it was from the top of the view, to put it back after heights changed. */
    private record Anchor(int row, int offset) {
        static Anchor of(JTable table) {
            if (!(table.getParent() instanceof JViewport viewport) || table.getRowCount() == 0) {
                return null;
            }
            Rectangle shown = viewport.getViewRect();
            int selected = table.getSelectedRow();
            int row = selected >= 0 && shown.intersects(table.getCellRect(selected, 0, true))
                    ? selected
                    : table.rowAtPoint(new Point(0, shown.y));
            return row < 0 ? null : new Anchor(row, table.getCellRect(row, 0, true).y - shown.y);
        }

        void restore(JTable table) {
            JViewport viewport = (JViewport) table.getParent();
            if (row >= table.getRowCount()) {
                return;
            }
            viewport.getParent().validate(); // the table's new height, before the view moves
            int y = table.getCellRect(row, 0, true).y - offset;
            int most = Math.max(0, table.getHeight() - viewport.getExtentSize().height);
            viewport.setViewPosition(new Point(viewport.getViewPosition().x, Math.max(0, Math.min(most, y))));
        }
    }

    /** The height of the tallest wrapped cell of a row (without the row margin). */
    private int measure(int view, int model) {
        int tallest = 0;
        for (int column : modelColumns) {
            int viewColumn = table.convertColumnIndexToView(column);
            if (viewColumn < 0) {
                continue;
            }
            TableColumn tc = table.getColumnModel().getColumn(viewColumn);
            WrappingCellRenderer r = (WrappingCellRenderer) table.getCellRenderer(view, viewColumn);
            String text = r.text(table.getModel().getValueAt(model, column));
            Icon icon = r.iconAt(table, view);
            if (!repeating.contains(column)) {
                tallest = Math.max(tallest, r.heightFor(table, text, icon, tc.getWidth()));
            } else {
                Map<String, Integer> known = shortTexts.computeIfAbsent(column, c -> new HashMap<>());
                String k = (icon == null ? "" : "\u0001") + text;
                tallest =
                        Math.max(tallest, known.computeIfAbsent(k, t -> r.heightFor(table, text, icon, tc.getWidth())));
            }
        }
        return tallest;
    }

    /** What the measurements depend on: the wrapping columns' widths, the font, the base row height. */
    private String key() {
        StringBuilder sb = new StringBuilder();
        for (int c : modelColumns) {
            int v = table.convertColumnIndexToView(c);
            sb.append(v < 0 ? -1 : table.getColumnModel().getColumn(v).getWidth())
                    .append(',');
        }
        return sb.append(table.getFont().hashCode())
                .append(',')
                .append(table.getRowHeight())
                .append(',')
                .append(table.getRowMargin())
                .toString();
    }
}
