package dev.claimdesk.ui.task;

import dev.claimdesk.domain.ClaimDeskException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way to run work off the Event Dispatch Thread. {@link SwingTaskRunner} uses worker
 * threads; {@link ImmediateTaskRunner} runs everything at once, so presenters test without timing.
 */
public abstract class TaskRunner {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    private Consumer<ClaimDeskException> defaultFailureHandler = e -> {};
    private Consumer<String> activityListener = title -> {};

    public abstract <T> TaskHandle execute(BackgroundTask<T> task);

    /** Where failures go when a task has no failure callback (normally: an error dialog). */
    public void setDefaultFailureHandler(Consumer<ClaimDeskException> handler) {
        this.defaultFailureHandler = handler;
    }

    /** Told the title of the running task, or null when none runs (for the status bar). */
    public void setActivityListener(Consumer<String> listener) {
        this.activityListener = listener;
    }

    protected void activity(String title) {
        activityListener.accept(title);
    }

    /**
     * Runs the work and turns whatever it throws into a ClaimDeskException for the user. This is the
     * boundary where an unexpected error is caught: it is logged once, with its cause.
     */
    protected static <T> Outcome<T> runWork(BackgroundTask<T> task) {
        try {
            return new Outcome<>(task.call(), null);
        } catch (ClaimDeskException e) {
            LOG.info("{} failed: {}", task.title(), e.userMessage(), e.getCause());
            return new Outcome<>(null, e);
        } catch (RuntimeException e) {
            LOG.error("{} failed unexpectedly", task.title(), e);
            return new Outcome<>(null, unexpected(task.title(), e));
        }
    }

    protected <T> void deliver(BackgroundTask<T> task, Outcome<T> outcome) {
        if (outcome.error() == null) {
            task.successCallback().accept(outcome.value());
        } else if (task.failureCallback() != null) {
            task.failureCallback().accept(outcome.error());
        } else {
            defaultFailureHandler.accept(outcome.error());
        }
    }

    static ClaimDeskException unexpected(String title, RuntimeException e) {
        return new ClaimDeskException(
                ClaimDeskException.Problem.IO,
                title + " did not work because of an error ClaimDesk did not expect. Nothing was half-saved;"
                        + " the details are in the log file.",
                e);
    }

    protected record Outcome<T>(T value, ClaimDeskException error) {}
}
