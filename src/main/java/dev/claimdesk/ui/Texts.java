package dev.claimdesk.ui;

import javax.swing.JTextArea;
import javax.swing.UIManager;

/** Helpers for components that show user or article text. */
final class Texts {
    private Texts() {}

    /** A read-only paragraph that wraps at the width its layout gives it (a JLabel would cut it off). */
    static JTextArea paragraph(String text) {
        return paragraph(text, "Label.font", "Label.foreground");
    }

    /** A paragraph in the theme's heading font ({@code h3.font}): a title that wraps. */
    static JTextArea heading(String text) {
        return paragraph(text, "h3.font", "Label.foreground");
    }

    /** A paragraph in the muted colour of secondary details. */
    static JTextArea note(String text) {
        return paragraph(text, "Label.font", "ClaimDesk.emptyState.foreground");
    }

    private static JTextArea paragraph(String text, String fontKey, String foregroundKey) {
        JTextArea area = new JTextArea(text) {
            @Override
            public void updateUI() {
                super.updateUI();
                setFont(
                        UIManager.getFont(fontKey) != null
                                ? UIManager.getFont(fontKey)
                                : UIManager.getFont("Label.font"));
                setForeground(
                        UIManager.getColor(foregroundKey) != null
                                ? UIManager.getColor(foregroundKey)
                                : UIManager.getColor("Label.foreground"));
            }
        };
        area.setEditable(false);
        area.setFocusable(false);
        area.setOpaque(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setBorder(null);
        return area;
    }
}
