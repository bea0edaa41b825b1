package dev.claimdesk.ui;

import dev.claimdesk.domain.HistoryEntry;
import java.awt.Window;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;

/** A claim's history: when, who, what, from which state to which, and the detail. Read-only. */
final class HistoryDialog extends JDialog {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

    HistoryDialog(Window owner, String claimText, List<HistoryEntry> entries) {
        super(owner, "History", ModalityType.APPLICATION_MODAL);
        setName("historyDialog");
        DefaultTableModel model =
                new DefaultTableModel(new Object[] {"When", "Who", "What", "From", "To", "Detail"}, 0) {
                    @Override
                    public boolean isCellEditable(int row, int column) {
                        return false;
                    }
                };
        for (HistoryEntry e : entries) {
            model.addRow(new Object[] {
                WHEN.format(e.at()),
                e.actor(),
                e.action(),
                label(e.fromState()),
                label(e.toState()),
                e.detail() == null ? "" : e.detail()
            });
        }
        JTable table = new JTable(model);
        table.setName("historyTable");
        DefaultTableCellRenderer plain = new DefaultTableCellRenderer();
        Texts.plain(plain);
        table.setDefaultRenderer(Object.class, plain);
        int[] widths = {140, 130, 120, 100, 100, 340};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new java.awt.Dimension(930, 320));
        JButton close = new JButton("Close");
        close.addActionListener(e -> dispose());
        JPanel p = new JPanel(new MigLayout("insets 16, fill, wrap", "[grow, fill]", "[][grow, fill]12[]"));
        javax.swing.JTextArea heading = Texts.paragraph("\u201c" + claimText + "\u201d");
        heading.setSize(900, 1);
        p.add(heading);
        p.add(scroll);
        p.add(close, "growx 0, align right");
        setContentPane(p);
        getRootPane().setDefaultButton(close);
        pack();
        setLocationRelativeTo(owner);
    }

    private static String label(String state) {
        return state == null ? "" : state.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
