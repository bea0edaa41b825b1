package dev.claimdesk.ui;

import java.util.List;
import java.util.function.BiFunction;
import javax.swing.table.AbstractTableModel;

/** A read-only table of a list of records: one row per record, cells computed by one function. */
final class ListTableModel<T> extends AbstractTableModel {
    private final String[] columns;
    private final BiFunction<T, Integer, Object> cell;
    private List<T> rows = List.of();

    /** @param cell the text of a record's cell, by column index */
    ListTableModel(BiFunction<T, Integer, Object> cell, String... columns) {
        this.cell = cell;
        this.columns = columns.clone();
    }

    void set(List<T> list) {
        rows = List.copyOf(list);
        fireTableDataChanged();
    }

    T rowAt(int row) {
        return rows.get(row);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.length;
    }

    @Override
    public String getColumnName(int column) {
        return columns[column];
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        return cell.apply(rows.get(row), column);
    }
}
