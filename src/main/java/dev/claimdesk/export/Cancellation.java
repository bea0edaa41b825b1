package dev.claimdesk.export;

import dev.claimdesk.domain.ClaimDeskException;

/** Lets a long export stop between rows when its thread is interrupted (the Cancel button). */
@FunctionalInterface
public interface Cancellation {
    Cancellation NEVER = () -> {};
    Cancellation ON_INTERRUPT = () -> {
        if (Thread.currentThread().isInterrupted()) {
            throw new ClaimDeskException(ClaimDeskException.Problem.CANCELLED, "The export was cancelled.");
        }
    };

    void check();
}
