package dev.claimdesk.ui;

import dev.claimdesk.domain.VerdictLabel;
import java.util.ArrayList;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/**
 * The labels of the scale being edited, as rows the user changes in place: code, name, rank (empty:
 * no rank), rating value, alternate name, colour, key and retired. Numbers are kept as typed and
 * read when saving, so a mistyped rank is named rather than lost.
 */
final class ScaleLabelsModel extends AbstractTableModel {
    static final int CODE = 0;
    static final int NAME = 1;
    static final int RANK = 2;
    static final int RATING = 3;
    static final int ALTERNATE = 4;
    static final int COLOUR = 5;
    static final int KEY = 6;
    static final int RETIRED = 7;
    private static final String[] COLUMNS = {
        "Code", "Name", "Rank", "Rating value", "Alternate name", "Colour", "Key", "Retired"
    };

    /** One label as edited; {@code id} 0 for a label added here. */
    static final class Row {
        final long id;
        final Object[] cells = new Object[COLUMNS.length];

        Row(long id) {
            this.id = id;
        }
    }

    private final List<Row> rows = new ArrayList<>();

    void set(List<VerdictLabel> labels) {
        rows.clear();
        for (VerdictLabel l : labels) {
            Row r = new Row(l.id());
            r.cells[CODE] = l.code();
            r.cells[NAME] = l.name();
            r.cells[RANK] = l.ordinal() == null ? "" : l.ordinal().toString();
            r.cells[RATING] = l.ratingValue() == null ? "" : l.ratingValue().toString();
            r.cells[ALTERNATE] = Forms.orEmpty(l.alternateName());
            r.cells[COLOUR] = Forms.orEmpty(l.colour());
            r.cells[KEY] = Forms.orEmpty(l.hotkey());
            r.cells[RETIRED] = l.retired();
            rows.add(r);
        }
        fireTableDataChanged();
    }

    /** Adds an empty label at the end; returns its row. */
    int add() {
        Row r = new Row(0);
        r.cells[CODE] = "";
        r.cells[NAME] = "";
        r.cells[RANK] = "";
        r.cells[RATING] = "";
        r.cells[ALTERNATE] = "";
        r.cells[COLOUR] = "#808080";
        r.cells[KEY] = "";
        r.cells[RETIRED] = false;
        rows.add(r);
        fireTableRowsInserted(rows.size() - 1, rows.size() - 1);
        return rows.size() - 1;
    }

    void remove(int row) {
        rows.remove(row);
        fireTableRowsDeleted(row, row);
    }

    /** Moves a row one place up ({@code by} -1) or down (+1); returns where it is now. */
    int move(int row, int by) {
        int to = row + by;
        if (row < 0 || to < 0 || to >= rows.size()) {
            return row;
        }
        rows.add(to, rows.remove(row));
        fireTableDataChanged();
        return to;
    }

    /**
     * The labels in the order shown (their sort order), for the scale {@code scaleId}; what cannot be
     * read (a rank that is no whole number) goes to {@code problems}.
     */
    List<VerdictLabel> labels(long scaleId, List<String> problems) {
        List<VerdictLabel> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String code = text(r, CODE).toUpperCase(java.util.Locale.ROOT);
            String name = text(r, NAME);
            String shown = name.isEmpty() ? "row " + (i + 1) : "\"" + name + "\"";
            Integer rank = number(r, RANK, "The rank of " + shown, problems);
            Integer rating = number(r, RATING, "The rating value of " + shown, problems);
            out.add(new VerdictLabel(
                    r.id,
                    scaleId,
                    code,
                    name,
                    rank,
                    text(r, COLOUR),
                    Forms.orNull(text(r, KEY)),
                    (i + 1) * 10,
                    rating,
                    Forms.orNull(text(r, ALTERNATE)),
                    Boolean.TRUE.equals(r.cells[RETIRED])));
        }
        return out;
    }

    private static String text(Row r, int column) {
        Object v = r.cells[column];
        return v == null ? "" : v.toString().strip();
    }

    private static Integer number(Row r, int column, String what, List<String> problems) {
        String t = text(r, column);
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            problems.add(what + " is a whole number, or empty (\"" + t + "\" is not).");
            return null;
        }
    }

    String colour(int row) {
        return text(rows.get(row), COLOUR);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == RETIRED ? Boolean.class : String.class;
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return true;
    }

    @Override
    public Object getValueAt(int row, int column) {
        return rows.get(row).cells[column];
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        rows.get(row).cells[column] = value;
        fireTableCellUpdated(row, column);
    }
}
