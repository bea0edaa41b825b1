package dev.claimdesk.ui.task;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.SwingWorker;

/** Runs tasks on SwingWorker threads and calls back on the EDT; the only user of SwingWorker. */
public final class SwingTaskRunner extends TaskRunner {
    private final AtomicInteger running = new AtomicInteger();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        running.incrementAndGet();
        activity(task.title());
        new SwingWorker<Outcome<T>, Void>() {
            @Override
            protected Outcome<T> doInBackground() {
                return TaskRunner.runWork(task);
            }

            @Override
            protected void done() {
                if (running.decrementAndGet() == 0) {
                    activity(null);
                }
                Outcome<T> outcome;
                try {
                    outcome = get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (ExecutionException e) {
                    outcome = new Outcome<>(null, unexpected(task.title(), new IllegalStateException(e.getCause())));
                }
                deliver(task, outcome);
            }
        }.execute();
    }
}
