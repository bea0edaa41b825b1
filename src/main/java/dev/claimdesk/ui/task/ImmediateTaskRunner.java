package dev.claimdesk.ui.task;

/** Runs each task at once on the calling thread: for presenter tests and headless use. */
public final class ImmediateTaskRunner extends TaskRunner {
    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        activity(task.title());
        Outcome<T> outcome = runWork(task);
        activity(null);
        deliver(task, outcome);
        return () -> {};
    }
}
