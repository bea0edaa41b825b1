package dev.claimdesk.ui.task;

import dev.claimdesk.domain.ClaimDeskException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Work to run off the Event Dispatch Thread, with callbacks that run on it:
 * {@code BackgroundTask.wrap("Importing", () -> service.importText(...)).onSuccess(view::show).executeWith(runner)}.
 */
public final class BackgroundTask<T> {
    /** The work: may do I/O; must not touch Swing components. */
    @FunctionalInterface
    public interface Work<T> {
        T call();
    }

    private final String title;
    private final Work<T> work;
    private Consumer<T> onSuccess = v -> {};
    private Consumer<ClaimDeskException> onFailure;

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> wrap(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public static BackgroundTask<Void> wrap(String title, Runnable work) {
        return new BackgroundTask<>(title, () -> {
            work.run();
            return null;
        });
    }

    /** Runs on the EDT with the result. */
    public BackgroundTask<T> onSuccess(Consumer<T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    /** Runs on the EDT with the error; without it, the runner's default (an error dialog) applies. */
    public BackgroundTask<T> onFailure(Consumer<ClaimDeskException> callback) {
        this.onFailure = callback;
        return this;
    }

    public TaskHandle executeWith(TaskRunner runner) {
        return runner.execute(this);
    }

    public String title() {
        return title;
    }

    T call() {
        return work.call();
    }

    Consumer<T> successCallback() {
        return onSuccess;
    }

    Consumer<ClaimDeskException> failureCallback() {
        return onFailure;
    }
}
