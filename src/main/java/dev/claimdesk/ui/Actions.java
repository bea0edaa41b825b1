package dev.claimdesk.ui;

import java.awt.event.ActionEvent;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.Icon;
import javax.swing.KeyStroke;

/** Builds Swing actions whose shortcut shows in menus and in the tooltip. */
final class Actions {
    private Actions() {}

    static Action of(String name, String description, KeyStroke key, Icon icon, Runnable work) {
        Action a = new AbstractAction(name, icon) {
            @Override
            public void actionPerformed(ActionEvent e) {
                work.run();
            }
        };
        a.putValue(Action.ACCELERATOR_KEY, key);
        String shortcut = key == null ? "" : " (" + describe(key) + ")";
        a.putValue(Action.SHORT_DESCRIPTION, description + shortcut);
        return a;
    }

    static String describe(KeyStroke key) {
        String mods = java.awt.event.InputEvent.getModifiersExText(key.getModifiers());
        String text = java.awt.event.KeyEvent.getKeyText(key.getKeyCode());
        return mods.isEmpty() ? text : mods + "+" + text;
    }
}
