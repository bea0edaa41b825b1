package dev.claimdesk.ui.task;

import dev.claimdesk.domain.ClaimDeskException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.SwingWorker;

/** Runs tasks on SwingWorker threads and calls back on the EDT; the only user of SwingWorker. */
public final class SwingTaskRunner extends TaskRunner {
    private final AtomicInteger running = new AtomicInteger();

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        running.incrementAndGet();
        activity(task.title());
        SwingWorker<Outcome<T>, Void> worker = new SwingWorker<>() {
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
                } catch (CancellationException e) {
                    outcome = new Outcome<>(
                            null,
                            new ClaimDeskException(
                                    ClaimDeskException.Problem.CANCELLED,
                                    task.title() + " was cancelled; nothing was saved."));
                } catch (ExecutionException e) {
                    outcome = new Outcome<>(null, unexpected(task.title(), new IllegalStateException(e.getCause())));
                }
                deliver(task, outcome);
            }
        };
        worker.execute();
        return () -> worker.cancel(true);
    }
}
