package dev.claimdesk.ui;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.Icon;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
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
 * once per burst of changes (a divider drag, a reloaded model), after Swing has processed them.
 */
final class RowHeights {
    private final JTable table;
    private final List<Integer> modelColumns;
    private final List<Integer> repeating;
    private int[] heights = new int[0]; // by model row; 0 = not measured
    private final Map<Integer, Map<String, Integer>> shortTexts = new HashMap<>();
    private String measuredFor = "";
    private boolean scheduled;

    private RowHeights(JTable table, List<Integer> modelColumns, List<Integer> repeating) {
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

    /** Measures what is not measured yet and gives every view row its height. On the EDT. */
    void apply() {
        scheduled = false;
        String key = key();
        int rows = table.getModel().getRowCount();
        if (!key.equals(measuredFor) || heights.length != rows) {
            heights = new int[rows];
            shortTexts.clear();
            measuredFor = key;
        }
        int base = table.getRowHeight();
        boolean changed = false;
        for (int view = 0; view < table.getRowCount(); view++) {
            int model = table.convertRowIndexToModel(view);
            if (heights[model] == 0) {
                heights[model] = Math.max(base, measure(view, model) + table.getRowMargin());
            }
            if (table.getRowHeight(view) != heights[model]) {
                table.setRowHeight(view, heights[model]);
                changed = true;
            }
        }
        int selected = table.getSelectedRow();
        if (changed && selected >= 0) {
            table.scrollRectToVisible(table.getCellRect(selected, 0, true)); // the rows above it moved
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
        int[] widths = modelColumns.stream()
                .mapToInt(c -> {
                    int v = table.convertColumnIndexToView(c);
                    return v < 0 ? -1 : table.getColumnModel().getColumn(v).getWidth();
                })
                .toArray();
        return Arrays.toString(widths) + table.getFont() + table.getRowHeight() + table.getRowMargin();
    }
}
