package dev.claimdesk.ui;

import dev.claimdesk.app.Backup;
import java.awt.Window;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/** File > Restore from backup…: the backups of the database with what each holds; restore one. */
final class RestoreDialog extends JDialog {
    /** What the user chose: a backup, and whether into a new file (else over the database). */
    record Choice(Backup backup, boolean asNewFile) {}

    private final ListTableModel<Backup> model;
    private final JTable table;
    private final JButton over = new JButton("Replace current database…");
    private final JButton asNew = new JButton("Restore as new file…");
    private Choice result;

    RestoreDialog(Window owner, Path database, List<Backup> backups, ZoneId zone) {
        super(owner, "Restore from backup", ModalityType.APPLICATION_MODAL);
        setName("restoreDialog");
        model = BackupTable.model(zone);
        model.set(backups);
        table = new JTable(model);
        table.setName("backupTable");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getSelectionModel().addListSelectionListener(e -> selectionChanged());
        // The date and the reason are read whole; counts need little room.
        int[] widths = {150, 80, 60, 60, 70, 140};
        for (int i = 0; i < Math.min(widths.length, table.getColumnCount()); i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        over.setName("restoreOver");
        over.addActionListener(e -> choose(false));
        asNew.setName("restoreAsNew");
        asNew.addActionListener(e -> choose(true));
        JButton cancel = new JButton("Cancel");
        cancel.setName("restoreCancel");
        cancel.addActionListener(e -> dispose());

        JPanel p = new JPanel(new MigLayout("insets 16, fill, wrap", "[grow, fill]", "[]12[grow, fill]16[]"));
        p.add(
                Texts.paragraph("Backups of " + database + ", newest first. Replacing the current database keeps it"
                        + " as a backup first; a new file leaves it as it is."),
                "w 640!");
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new java.awt.Dimension(640, 260));
        p.add(scroll);
        p.add(cancel, "split 3, align right, tag cancel");
        p.add(asNew);
        p.add(over, "tag ok");
        setContentPane(p);
        getRootPane()
                .registerKeyboardAction(
                        e -> dispose(), KeyStroke.getKeyStroke("ESCAPE"), JComponent.WHEN_IN_FOCUSED_WINDOW);
        int first = BackupTable.firstReadable(backups);
        if (first >= 0) {
            table.setRowSelectionInterval(first, first);
        }
        selectionChanged();
        pack();
        setLocationRelativeTo(owner);
    }

    private void selectionChanged() {
        int row = table.getSelectedRow();
        boolean usable =
                row >= 0 && !model.rowAt(table.convertRowIndexToModel(row)).damaged();
        over.setEnabled(usable);
        asNew.setEnabled(usable);
    }

    private void choose(boolean newFile) {
        int row = table.getSelectedRow();
        if (row >= 0) {
            result = new Choice(model.rowAt(table.convertRowIndexToModel(row)), newFile);
            dispose();
        }
    }

    Optional<Choice> showAndWait() {
        setVisible(true);
        return Optional.ofNullable(result);
    }
}
