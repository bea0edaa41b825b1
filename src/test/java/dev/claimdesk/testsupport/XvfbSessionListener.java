package dev.claimdesk.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * When the build has no display, the Maven profile "no-display" points the test JVM at
 * {@code DISPLAY=:97} and sets {@code CLAIMDESK_START_XVFB}; this listener then starts Xvfb on that
 * display before any test touches AWT, and stops it at the end. Without Xvfb installed it makes
 * the JVM headless, so GUI tests skip locally and fail in CI (see GuiTestExtension).
 */
public final class XvfbSessionListener implements LauncherSessionListener {
    private Process xvfb;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String display = System.getenv("DISPLAY");
        if (!"true".equals(System.getenv("CLAIMDESK_START_XVFB")) || display == null) {
            return;
        }
        Path socket = Path.of("/tmp/.X11-unix/X" + display.substring(display.indexOf(':') + 1));
        if (Files.exists(socket)) {
            return; // a virtual display from an earlier run is still there: use it
        }
        try {
            xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1440x900x24", "-nolisten", "tcp", "-terminate")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!Files.exists(socket) && xvfb.isAlive() && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
            if (!Files.exists(socket)) {
                headless("Xvfb did not start on " + display);
            }
        } catch (IOException e) {
            headless("Xvfb is not installed (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void headless(String why) {
        System.setProperty("java.awt.headless", "true");
        System.setProperty(GuiTestExtension.NO_DISPLAY_REASON, why);
        if (xvfb != null) {
            xvfb.destroy();
            xvfb = null;
        }
    }

    /**
     * Killing the X server under a live AWT makes the JVM exit with status 1, so once a GUI test
     * connected, Xvfb is left to end by itself ({@code -terminate}: when its last client goes).
     */
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (xvfb != null && !GuiTestExtension.displayUsed() && !awtConnected()) {
            xvfb.destroy();
        }
    }

    /** True when AWT opened its X connection (its "AWT-XAWT" thread runs), even outside GUI tests. */
    private static boolean awtConnected() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith("AWT-XAWT"));
    }
}
