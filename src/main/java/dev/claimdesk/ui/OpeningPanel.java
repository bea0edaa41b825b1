package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
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

    /** @param where the database being opened (null: none is open) */
    void show(dev.claimdesk.app.DatabaseLocation where) {
        // The text starts with a word of ours, so a file name can never make the label render HTML.
        message.setText(
                where == null
                        ? "No database is open."
                        : where instanceof dev.claimdesk.app.DatabaseLocation.Server
                                ? "Connecting to " + where.display() + "…"
                                : "Opening " + where.display() + "…");
    }
}
