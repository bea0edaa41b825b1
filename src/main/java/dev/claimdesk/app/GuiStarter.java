package dev.claimdesk.app;

/** Starts the desktop UI; the composition root provides it, so the CLI need not know the UI. */
@FunctionalInterface
public interface GuiStarter {
    /** Opens the main window on the given paths; returns at once (the UI runs on its own thread). */
    void start(AppPaths paths);

    /** Opens the main window on a team server; the window asks for whatever is missing (a password). */
    default void startOnServer(AppPaths paths, dev.claimdesk.domain.ServerAddress server) {
        throw new dev.claimdesk.domain.ClaimDeskException(
                dev.claimdesk.domain.ClaimDeskException.Problem.INVALID_INPUT,
                "This ClaimDesk cannot open its window on a team server.");
    }
}
