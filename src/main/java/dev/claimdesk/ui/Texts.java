package dev.claimdesk.ui;

import javax.swing.JComponent;
import javax.swing.JTextArea;
import javax.swing.UIManager;

/** Helpers for components that show user or article text. */
final class Texts {
    private Texts() {}

    /**
     * Article and user text must never be rendered as HTML: a title starting with "&lt;html&gt;"
     * would otherwise be interpreted, and could fetch remote images.
     */
    static <C extends JComponent> C plain(C component) {
        component.putClientProperty("html.disable", Boolean.TRUE);
        return component;
    }

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
