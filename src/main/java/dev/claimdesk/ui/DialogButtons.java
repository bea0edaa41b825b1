package dev.claimdesk.ui;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.KeyStroke;

/** The common end of a ClaimDesk dialog: Cancel and OK at the bottom right, Enter and Escape wired. */
final class DialogButtons {
    private DialogButtons() {}

    /** Adds the buttons to a MigLayout panel with two columns, makes it the content, packs and centres. */
    static void finish(JDialog dialog, JPanel panel, JButton cancel, JButton ok) {
        panel.add(cancel, "span 2, split 2, align right, tag cancel");
        panel.add(ok, "tag ok");
        dialog.setContentPane(panel);
        dialog.getRootPane().setDefaultButton(ok);
        dialog.getRootPane()
                .registerKeyboardAction(
                        e -> dialog.dispose(), KeyStroke.getKeyStroke("ESCAPE"), JComponent.WHEN_IN_FOCUSED_WINDOW);
        dialog.pack();
        dialog.setLocationRelativeTo(dialog.getOwner());
    }
}
