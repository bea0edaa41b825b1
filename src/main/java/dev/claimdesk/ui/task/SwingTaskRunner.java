package dev.claimdesk.ui.task;

import dev.claimdesk.domain.ClaimDeskException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.SwingWorker;

/** Runs tasks on SwingWorker threads and calls back on the EDT; the only user of SwingWorker. */
public final class SwingTaskRunner extends TaskRunner {
    /** Work whose thread is still running, in every runner of the JVM (a cancelled task's too). */
    private static final Object QUIET = new Object();

    private static int working;

    private final AtomicInteger running = new AtomicInteger();
    private final Set<SwingWorker<?, ?>> live = ConcurrentHashMap.newKeySet();

    /**
     * Cancels every task still running (a task checks for it between its steps), as when the window
     * closes: no work of a closed window goes on writing to its database.
     */
    public void cancelAll() {
        for (SwingWorker<?, ?> w : live) {
            w.cancel(true);
        }
    }

    /**
     * Waits until no task thread of any runner is running any more, up to {@code limit}; true when
     * all are done. A cancelled task's thread counts until it has really stopped.
     */
    public static boolean awaitQuiet(Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        synchronized (QUIET) {
            while (working > 0) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                QUIET.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    private static void working(int delta) {
        synchronized (QUIET) {
            working += delta;
            QUIET.notifyAll();
        }
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        running.incrementAndGet();
        activity(task.title());
        // 0 waiting for a thread, 1 running, 2 over: a task cancelled before it started never runs.
        AtomicInteger state = new AtomicInteger();
        SwingWorker<Outcome<T>, Void> worker = new SwingWorker<>() {
            @Override
            protected Outcome<T> doInBackground() {
                if (!state.compareAndSet(0, 1)) {
                    return null;
                }
                try {
                    return TaskRunner.runWork(task);
                } finally {
                    state.set(2);
                    working(-1);
                }
            }

            @Override
            protected void done() {
                live.remove(this);
                if (state.compareAndSet(0, 2)) {
                    working(-1);
                }
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
        live.add(worker);
        working(1);
        worker.execute();
        return () -> worker.cancel(true);
    }
}
