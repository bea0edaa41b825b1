package dev.claimdesk.ui;

import dev.claimdesk.ui.action.ActionCatalogue;
import dev.claimdesk.ui.action.ShortcutRow;
import java.awt.Window;
import java.util.List;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;

/** F1: every keyboard shortcut on one sheet, made from the action catalogue (as is the user guide's table). */
final class ShortcutSheet extends JDialog {
    ShortcutSheet(Window owner) {
        super(owner, "Keyboard shortcuts", ModalityType.MODELESS);
        setName("shortcutSheet");
        DefaultTableModel model = new DefaultTableModel(new Object[] {"Where", "Keys", "Command", "What it does"}, 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        List<ShortcutRow> rows = ActionCatalogue.shortcutRows(ActionCatalogue.menuMask());
        rows.forEach(r -> model.addRow(new Object[] {r.where(), r.keys(), r.command(), r.what()}));
        JTable table = new JTable(model);
        table.setName("shortcutTable");
        table.setRowHeight(Math.max(table.getRowHeight(), 22));
        // Each column as wide as its widest cell, so no key or description is cut off.
        int total = 0;
        for (int col = 0; col < model.getColumnCount(); col++) {
            int w = table.getTableHeader()
                    .getDefaultRenderer()
                    .getTableCellRendererComponent(table, model.getColumnName(col), false, false, -1, col)
                    .getPreferredSize()
                    .width;
            for (int row = 0; row < model.getRowCount(); row++) {
                w = Math.max(
                        w,
                        table.prepareRenderer(table.getCellRenderer(row, col), row, col)
                                .getPreferredSize()
                                .width);
            }
            w += 16;
            table.getColumnModel().getColumn(col).setPreferredWidth(w);
            total += w;
        }
        JPanel p = new JPanel(new MigLayout("fill, insets 12", "[grow, fill]", "[grow, fill]"));
        JScrollPane scroll = new JScrollPane(table);
        // Every row visible without scrolling, as far as the screen allows.
        int height = table.getRowHeight() * rows.size() + table.getTableHeader().getPreferredSize().height + 8;
        java.awt.Rectangle bounds =
                java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        scroll.setPreferredSize(
                new java.awt.Dimension(Math.min(total + 24, bounds.width - 80), Math.min(height, bounds.height - 120)));
        p.add(scroll);
        setContentPane(p);
        getRootPane()
                .registerKeyboardAction(
                        e -> dispose(),
                        javax.swing.KeyStroke.getKeyStroke("ESCAPE"),
                        javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW);
        getRootPane()
                .registerKeyboardAction(
                        e -> dispose(),
                        ActionCatalogue.keyStroke(dev.claimdesk.ui.action.ActionId.SHORTCUTS), // F1 again closes it
                        javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW);
        pack();
        setLocationRelativeTo(owner);
    }
}
