package dev.claimdesk.ui;

import com.formdev.flatlaf.ui.FlatUIUtils;
import java.awt.Component;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Insets;
import java.util.List;
import javax.swing.Icon;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.border.Border;
import javax.swing.table.DefaultTableCellRenderer;

/**
 * A table cell that shows all of its text, wrapped onto as many lines as the column width needs
 * (the row is made tall enough by {@link RowHeights}). It is the look and feel's own cell renderer
 * (colours, borders, alternate rows, no HTML) with only the text painting replaced, and an
 * optional icon before the first line. The lines it paints are the lines it measures.
 */
class WrappingCellRenderer extends DefaultTableCellRenderer {
    private final LineWrap wrap = new LineWrap();
    private JTable table;

    @Override
    public Component getTableCellRendererComponent(
            JTable table, Object value, boolean selected, boolean focus, int row, int column) {
        this.table = table;
        super.getTableCellRendererComponent(table, value, selected, focus, row, column);
        setIcon(row < 0 ? null : iconAt(table, row));
        return this;
    }

    /** The icon before the text of the cell in this view row, or null (the default). */
    protected Icon iconAt(JTable table, int viewRow) {
        return null;
    }

    /** The text shown for a value (the default: its string, or nothing for null). */
    protected String text(Object value) {
        return value == null ? "" : value.toString();
    }

    @Override
    protected void setValue(Object value) {
        setText(text(value));
    }

    /** The lines of the text as painted at the renderer's present size. */
    List<String> lines() {
        JComponent measure = table == null ? this : table;
        FontMetrics fm = measure.getFontMetrics(getFont());
        return wrap.lines(getText(), measure, fm, textWidth(getWidth(), cellInsets(), getIcon()));
    }

    /**
     * The height the cell needs to show all of {@code text} (and an icon as wide as {@code icon})
     * in a column this wide, measured with the table's font and the look and feel's cell border.
     */
    int heightFor(JTable table, String text, Icon icon, int columnWidth) {
        FontMetrics fm = table.getFontMetrics(table.getFont());
        Insets in = cellInsets();
        int cellWidth = columnWidth - table.getColumnModel().getColumnMargin();
        int lines = text.isEmpty() ? 1 : wrap.count(text, table, fm, textWidth(cellWidth, in, icon));
        return in.top + in.bottom + lines * fm.getHeight();
    }

    /** The widest a single line of {@code text} may be before this column wraps it: its plain width. */
    int widthFor(JTable table, String text, Icon icon) {
        FontMetrics fm = table.getFontMetrics(table.getFont());
        Insets in = cellInsets();
        int widest = 0;
        for (String line : text.split("\n", -1)) {
            widest = Math.max(widest, fm.stringWidth(line));
        }
        return in.left
                + in.right
                + widest
                + iconSpace(icon)
                + table.getColumnModel().getColumnMargin();
    }

    private Insets cellInsets() {
        Border b = UIManager.getBorder("Table.cellNoFocusBorder");
        return b == null ? new Insets(1, 1, 1, 1) : b.getBorderInsets(this);
    }

    private int textWidth(int cellWidth, Insets in, Icon icon) {
        return cellWidth - in.left - in.right - iconSpace(icon);
    }

    private int iconSpace(Icon icon) {
        return icon == null ? 0 : icon.getIconWidth() + getIconTextGap();
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (isOpaque()) {
            g.setColor(getBackground());
            g.fillRect(0, 0, getWidth(), getHeight());
        }
        Insets in = cellInsets();
        FontMetrics fm = getFontMetrics(getFont());
        int x = in.left;
        Icon icon = getIcon();
        if (icon != null) {
            icon.paintIcon(this, g, x, in.top + Math.max(0, (fm.getHeight() - icon.getIconHeight()) / 2));
            x += iconSpace(icon);
        }
        g.setColor(getForeground());
        g.setFont(getFont());
        int y = in.top + fm.getAscent();
        for (String line : lines()) {
            FlatUIUtils.drawString(this, g, line, x, y); // as FlatLaf's labels draw text

            y += fm.getHeight();
        }
    }
}
