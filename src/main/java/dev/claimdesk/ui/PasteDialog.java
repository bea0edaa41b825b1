package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Window;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import net.miginfocom.swing.MigLayout;

/** Paste an article's text (from a browser, an e-mail, a chat) to import it. */
final class PasteDialog extends JDialog {
    private final JTextArea text = new JTextArea(18, 70);
    private String result;

    PasteDialog(Window owner) {
        super(owner, "Paste an article", ModalityType.APPLICATION_MODAL);
        setName("pasteDialog");
        text.setName("pasteText");
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Paste the article text here (Ctrl+V)");
        JButton ok = new JButton("Import");
        ok.setName("pasteOk");
        ok.addActionListener(e -> {
            result = text.getText();
            dispose();
        });
        JButton cancel = new JButton("Cancel");
        cancel.addActionListener(e -> dispose());
        JPanel p = new JPanel(new MigLayout("insets 16, fill, wrap", "[grow, fill]", "[grow, fill]16[]"));
        p.add(new JScrollPane(text));
        p.add(cancel, "split 2, align right, tag cancel");
        p.add(ok, "tag ok");
        setContentPane(p);
        getRootPane()
                .registerKeyboardAction(
                        e -> dispose(), KeyStroke.getKeyStroke("ESCAPE"), JComponent.WHEN_IN_FOCUSED_WINDOW);
        pack();
        setLocationRelativeTo(owner);
    }

    Optional<String> showAndWait() {
        setVisible(true);
        return Optional.ofNullable(result).filter(s -> !s.isBlank());
    }
}
