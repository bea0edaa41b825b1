package dev.claimdesk.ui.task;

/** A running task that the user may cancel. */
@FunctionalInterface
public interface TaskHandle {
    /** Asks the task to stop; work that checks for interruption ends without saving. */
    void cancel();
}
