package dev.claimdesk.testsupport;

import java.awt.GraphicsEnvironment;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 support for AssertJ-Swing (which ships only JUnit 4 rules): checks for a display, fails
 * on Swing calls off the EDT while a GUI class runs, and gives each test a fresh {@link Robot}.
 *
 * <p>Without any display the tests are skipped, except in CI ({@code CI=true}), where a missing
 * display is a failure: GUI tests must never pass silently there.
 */
public final class GuiTestExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
    static final String NO_DISPLAY_REASON = "claimdesk.test.noDisplayReason";
    private static volatile boolean displayUsed;
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(GuiTestExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        if (GraphicsEnvironment.isHeadless()) {
            String why = System.getProperty(NO_DISPLAY_REASON, "no DISPLAY");
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("GUI tests must run in CI, but there is no display: " + why
                        + ". Install Xvfb (apt-get install -y xvfb xauth).");
            }
            Assumptions.abort("GUI tests skipped: no display (" + why + ")");
        }
        displayUsed = true;
        // FlatLaf pushes an event queue of its own while a submenu is open and pops it afterwards;
        // AssertJ-Swing's window monitor remembers the queue of every window it saw, and its idle
        // wait then times out (10 s) on the popped queue at every later key press.
        System.setProperty("flatlaf.useSubMenuSafeTriangle", "false");
        FailOnThreadViolationRepaintManager.install();
    }

    /** True once a GUI test class has connected to the display. */
    static boolean displayUsed() {
        return displayUsed;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!GraphicsEnvironment.isHeadless()) {
            FailOnThreadViolationRepaintManager.uninstall();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NS).put(Robot.class, BasicRobot.robotWithNewAwtHierarchy());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Robot robot = context.getStore(NS).remove(Robot.class, Robot.class);
        if (robot != null) {
            robot.cleanUp();
        }
        // Whatever a test left open (a modal dialog above all, which would take every later click
        // and key of the JVM's next tests) is closed: each test starts with no window at all.
        org.assertj.swing.edt.GuiActionRunner.execute(() -> {
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                if (w.isDisplayable()) {
                    w.dispose();
                }
            }
        });
        // The closed windows' background work is cancelled as their "closed" events arrive; wait for
        // its threads to stop, so no test's database is still being written while JUnit deletes it.
        org.assertj.swing.edt.GuiActionRunner.execute(() -> {});
        try {
            if (!dev.claimdesk.ui.task.SwingTaskRunner.awaitQuiet(java.time.Duration.ofSeconds(120))) {
                throw new IllegalStateException("background work of the closed windows did not stop in 120 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == Robot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return e.getStore(NS).get(Robot.class, Robot.class);
    }
}
