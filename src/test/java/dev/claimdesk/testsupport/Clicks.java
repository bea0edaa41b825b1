package dev.claimdesk.testsupport;

import java.util.function.BooleanSupplier;
import javax.swing.AbstractButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.exception.WaitTimedOutError;
import org.assertj.swing.fixture.AbstractButtonFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/**
 * Clicks a button with the robot until its effect shows. Under Xvfb without a window manager a
 * robot click is now and then never delivered (seen in CI); after two lost clicks the button is
 * pressed through Swing itself, so a lost X event does not fail a test about ClaimDesk.
 */
public final class Clicks {
    private Clicks() {}

    public static void clickUntil(
            AbstractButtonFixture<?, ? extends AbstractButton> button, String effect, BooleanSupplier done) {
        AbstractButton target = button.target();
        clickUntil(button::click, target, effect, done);
    }

    /** The same for a menu item (the robot opens the menu path and clicks the item). */
    public static void clickUntil(
            org.assertj.swing.fixture.JMenuItemFixture item, String effect, BooleanSupplier done) {
        clickUntil(item::click, item.target(), effect, done);
    }

    private static void clickUntil(Runnable robotClick, AbstractButton target, String effect, BooleanSupplier done) {
        for (int attempt = 1; attempt <= 2; attempt++) {
            robotClick.run();
            if (waitFor(effect, done, 3_000)) {
                return;
            }
        }
        GuiActionRunner.execute(() -> {
            target.doClick();
            return null;
        });
        if (!waitFor(effect, done, 10_000)) {
            throw new AssertionError(
                    "Clicking \"" + GuiActionRunner.execute(target::getText) + "\" did not lead to: " + effect);
        }
    }

    /** True while a window holding a component of this type, or with this name, is showing. */
    public static boolean windowShowing(Class<?> containing, String name) {
        return GuiActionRunner.execute(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
                .filter(java.awt.Window::isShowing)
                .anyMatch(w ->
                        (name != null && name.equals(w.getName())) || (containing != null && contains(w, containing))));
    }

    private static boolean contains(java.awt.Container c, Class<?> type) {
        for (java.awt.Component child : c.getComponents()) {
            if (type.isInstance(child) || child instanceof java.awt.Container k && contains(k, type)) {
                return true;
            }
        }
        return false;
    }

    private static boolean waitFor(String effect, BooleanSupplier done, long millis) {
        try {
            Pause.pause(
                    new Condition(effect) {
                        @Override
                        public boolean test() {
                            return GuiActionRunner.execute(done::getAsBoolean);
                        }
                    },
                    Timeout.timeout(millis));
            return true;
        } catch (WaitTimedOutError e) {
            return false;
        }
    }
}
