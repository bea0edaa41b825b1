package dev.claimdesk.ui;

import dev.claimdesk.ui.action.ActionCatalogue;
import dev.claimdesk.ui.action.ActionId;
import dev.claimdesk.ui.action.ActionSpec;
import dev.claimdesk.ui.action.KeyText;
import java.awt.event.ActionEvent;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.Icon;
import javax.swing.KeyStroke;

/** Builds Swing actions whose shortcut shows in menus and in the tooltip. */
final class Actions {
    private Actions() {}

    /** The catalogue's action: its name, tooltip, accelerator and icon. */
    static Action of(ActionId id, Runnable work) {
        return of(ActionCatalogue.spec(id), work);
    }

    static Action of(ActionSpec spec, Runnable work) {
        int menuMask = ActionCatalogue.menuMask();
        Action a = of(
                spec.name(), "", spec.accelerator(menuMask), spec.icon() == null ? null : Icons.get(spec.icon()), work);
        a.putValue(Action.SHORT_DESCRIPTION, spec.tooltip(menuMask));
        a.putValue(Action.ACTION_COMMAND_KEY, spec.id().name());
        return a;
    }

    static Action of(String name, String description, KeyStroke key, Icon icon, Runnable work) {
        Action a = new AbstractAction(name, icon) {
            @Override
            public void actionPerformed(ActionEvent e) {
                work.run();
            }
        };
        a.putValue(Action.ACCELERATOR_KEY, key);
        String shortcut = key == null ? "" : " (" + KeyText.of(key) + ")";
        a.putValue(Action.SHORT_DESCRIPTION, description + shortcut);
        return a;
    }
}
