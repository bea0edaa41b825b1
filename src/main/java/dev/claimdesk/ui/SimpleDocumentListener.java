package dev.claimdesk.ui;

import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/** A document listener that runs one callback on any change. */
final class SimpleDocumentListener implements DocumentListener {
    private final Runnable onChange;

    private SimpleDocumentListener(Runnable onChange) {
        this.onChange = onChange;
    }

    static SimpleDocumentListener of(Runnable onChange) {
        return new SimpleDocumentListener(onChange);
    }

    @Override
    public void insertUpdate(DocumentEvent e) {
        onChange.run();
    }

    @Override
    public void removeUpdate(DocumentEvent e) {
        onChange.run();
    }

    @Override
    public void changedUpdate(DocumentEvent e) {
        onChange.run();
    }
}
