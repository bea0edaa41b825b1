package dev.claimdesk.ui;

import java.io.PrintWriter;
import javax.swing.SwingUtilities;

/**
 * Start-up milestones for the start-up benchmark and the installers' class-list run (issue 15).
 * With {@code -Dclaimdesk.startupProbe=print} the window writes {@code claimdesk-probe shown} to
 * the launcher's standard output (handed in by the CLI) when it first appears and {@code claimdesk-probe settled} once the first article
 * with its claims (or the empty state) is on screen; with {@code =exit} it then quits as File > Quit
 * does. Without the property it does nothing. Each line is written after the events already queued
 * (the repaint of what was just shown) have run.
 */
final class StartupProbe {
    static final String PROPERTY = "claimdesk.startupProbe";

    enum Mode {
        OFF,
        PRINT,
        EXIT
    }

    private final Mode mode;
    private final PrintWriter out;
    private Runnable quit = () -> {};
    private boolean shown;
    private boolean settled;

    StartupProbe(Mode mode, PrintWriter out) {
        this.mode = mode;
        this.out = out;
    }

    /** From {@code -Dclaimdesk.startupProbe}: "print", "exit", anything else (or nothing) off. */
    static StartupProbe fromSystem(PrintWriter out) {
        String v = System.getProperty(PROPERTY, "");
        Mode mode = v.equals("print") ? Mode.PRINT : v.equals("exit") ? Mode.EXIT : Mode.OFF;
        return new StartupProbe(mode, out);
    }

    Mode mode() {
        return mode;
    }

    /** What {@code exit} runs once the window has settled. */
    void onExit(Runnable quit) {
        this.quit = quit;
    }

    /** The main window is on screen. On the EDT. */
    void shown() {
        if (mode == Mode.OFF || shown) {
            return;
        }
        shown = true;
        SwingUtilities.invokeLater(() -> line("shown"));
    }

    /** The first article with its claims, or the empty state, is on screen. On the EDT. */
    void settled() {
        if (mode == Mode.OFF || settled) {
            return;
        }
        settled = true;
        SwingUtilities.invokeLater(() -> {
            line("settled");
            if (mode == Mode.EXIT) {
                quit.run();
            }
        });
    }

    private void line(String milestone) {
        out.println("claimdesk-probe " + milestone);
        out.flush();
    }
}
