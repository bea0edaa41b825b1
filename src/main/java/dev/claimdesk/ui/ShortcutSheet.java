package dev.claimdesk.ui;

import java.awt.Window;
import java.util.List;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;

/** F1: every keyboard shortcut on one sheet (the user guide prints the same list). */
final class ShortcutSheet extends JDialog {
    /** One shortcut: the keys and what they do, grouped by where they work. */
    record Shortcut(String group, String keys, String what) {}

    static final List<Shortcut> ALL = List.of(
            new Shortcut("Queue and text", "J / ↓", "Next claim"),
            new Shortcut("Queue and text", "K / ↑", "Previous claim"),
            new Shortcut("Queue and text", "A", "Accept the proposed claim"),
            new Shortcut("Queue and text", "D", "Dismiss the claim (asks why)"),
            new Shortcut("Queue and text", "E", "New evidence for the claim"),
            new Shortcut("Queue and text", "1 … 9", "Choose the verdict with that number, then write the rationale"),
            new Shortcut("Queue and text", "R", "Submit the verdict for review"),
            new Shortcut("Verdict", "Ctrl+Enter", "Save the verdict (in the rationale)"),
            new Shortcut("Verdict", "Esc", "Back to the queue"),
            new Shortcut("Review", "Ctrl+Shift+P", "Approve the verdict (second reviewer)"),
            new Shortcut("Review", "Ctrl+Shift+R", "Return the claim with a comment"),
            new Shortcut("Claims", "Ctrl+M", "Mark the selected text as a claim"),
            new Shortcut("Claims", "Ctrl+Shift+X", "Split the claim at the caret"),
            new Shortcut("Claims", "Ctrl+Shift+M", "Merge the claim with the next one"),
            new Shortcut("Claims", "Ctrl+Shift+D", "Mark the claim as a duplicate"),
            new Shortcut("Claims", "Ctrl+Shift+A", "Assign the claim to a reviewer"),
            new Shortcut("Edit", "Ctrl+Z", "Undo the last change"),
            new Shortcut("Edit", "Ctrl+Shift+Z / Ctrl+Y", "Redo"),
            new Shortcut("Edit", "Ctrl+F", "Search the claims (text, rationale, evidence)"),
            new Shortcut("Edit", "Ctrl+L", "Back to the claim queue"),
            new Shortcut("View", "Ctrl+1 … Ctrl+4", "Claim, Evidence, Verdict, History tab"),
            new Shortcut("View", "F5", "Refresh: show what other reviewers changed"),
            new Shortcut("View", "Ctrl+Shift+T", "Light or dark theme"),
            new Shortcut("File", "Ctrl+O", "Import an article"),
            new Shortcut("File", "Ctrl+Shift+V", "Paste an article"),
            new Shortcut("File", "Ctrl+E", "Export"),
            new Shortcut("File", "Ctrl+N / Ctrl+Shift+O", "New database / open database"),
            new Shortcut("File", "Ctrl+Shift+U", "Switch reviewer"),
            new Shortcut("Help", "F1", "This sheet"));

    ShortcutSheet(Window owner) {
        super(owner, "Keyboard shortcuts", ModalityType.MODELESS);
        setName("shortcutSheet");
        DefaultTableModel model = new DefaultTableModel(new Object[] {"Where", "Keys", "What it does"}, 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        ALL.forEach(s -> model.addRow(new Object[] {s.group(), s.keys(), s.what()}));
        JTable table = new JTable(model);
        table.setName("shortcutTable");
        table.setRowHeight(Math.max(table.getRowHeight(), 22));
        table.getColumnModel().getColumn(0).setPreferredWidth(130);
        table.getColumnModel().getColumn(1).setPreferredWidth(170);
        table.getColumnModel().getColumn(2).setPreferredWidth(470);
        JPanel p = new JPanel(new MigLayout("fill, insets 12", "[grow, fill]", "[grow, fill]"));
        JScrollPane scroll = new JScrollPane(table);
        // Every row visible without scrolling, as far as the screen allows.
        int height = table.getRowHeight() * ALL.size() + table.getTableHeader().getPreferredSize().height + 8;
        int screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds().height - 80;
        scroll.setPreferredSize(new java.awt.Dimension(780, Math.min(height, screen)));
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
                        javax.swing.KeyStroke.getKeyStroke("F1"),
                        javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW);
        pack();
        setLocationRelativeTo(owner);
    }
}
