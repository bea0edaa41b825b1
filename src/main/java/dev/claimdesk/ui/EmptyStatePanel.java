package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** What a new database shows: an invitation to import an article or open the demo. */
final class EmptyStatePanel extends JPanel {
    EmptyStatePanel(Action importAction, Action demoAction) {
        super(new MigLayout("wrap, insets 40, align center center", "[center]", "[]20[]8[]24[]"));
        setName("emptyState");
        add(new JLabel(Icons.get("article-large", 72)));
        JLabel title = new JLabel("No article yet");
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h1");
        add(title);
        javax.swing.JTextArea hint = Texts.paragraph("Import a news article to find its check-worthy claims, or open"
                + " the demo article to see how ClaimDesk works.");
        hint.setName("emptyHint");
        hint.putClientProperty(FlatClientProperties.STYLE, "foreground: $ClaimDesk.emptyState.foreground");
        add(hint, "w 420!");
        JButton importButton = new JButton(importAction);
        importButton.setName("emptyImport");
        importButton.putClientProperty(FlatClientProperties.STYLE, "font: +2");
        JButton demoButton = new JButton(demoAction);
        demoButton.setName("emptyDemo");
        demoButton.putClientProperty(FlatClientProperties.STYLE, "font: +2");
        JPanel buttons = new JPanel(new MigLayout("insets 0", "[]16[]"));
        buttons.setOpaque(false);
        buttons.add(importButton);
        buttons.add(demoButton);
        add(buttons);
    }
}
