package dev.claimdesk.ui;

import javax.swing.JTextArea;
import javax.swing.UIManager;

/** Helpers for components that show user or article text. */
final class Texts {
    private Texts() {}

    /** A read-only paragraph that wraps at the width its layout gives it (a JLabel would cut it off). */
    static JTextArea paragraph(String text) {
        JTextArea area = new JTextArea(text) {
            @Override
            public void updateUI() {
                super.updateUI();
                setFont(UIManager.getFont("Label.font"));
                setForeground(UIManager.getColor("Label.foreground"));
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
