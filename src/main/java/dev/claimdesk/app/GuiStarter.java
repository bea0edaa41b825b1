package dev.claimdesk.app;

/** Starts the desktop UI; the composition root provides it, so the CLI need not know the UI. */
@FunctionalInterface
public interface GuiStarter {
    /** Opens the main window on the given paths; returns at once (the UI runs on its own thread). */
    void start(AppPaths paths);
}
