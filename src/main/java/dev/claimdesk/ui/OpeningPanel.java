package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.nio.file.Path;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** What the window shows while its database opens: the file's name, never a false "No article yet". */
final class OpeningPanel extends JPanel {
    private final JLabel message = new JLabel("Opening…");

    OpeningPanel() {
        super(new MigLayout("wrap, insets 40, align center center", "[center]"));
        setName("openingState");
        message.setName("openingMessage");
        message.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        add(message);
    }

    /** @param file the database being opened (null: none is open) */
    void show(Path file) {
        // The text starts with a word of ours, so a file name can never make the label render HTML.
        message.setText(file == null ? "No database is open." : "Opening " + file.getFileName() + "…");
    }
}
