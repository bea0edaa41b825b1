package dev.claimdesk.ui.task;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs each task's work at once, as a worker thread would start it, but holds its result until the
 * test delivers it, in any order: results computed from an older state that arrive late or out of
 * order, as they can with worker threads, without any timing.
 */
public final class QueuedTaskRunner extends TaskRunner {
    private final List<Done<?>> pending = new ArrayList<>();

    /** A task whose work has run and whose result waits to be delivered. */
    private record Done<T>(BackgroundTask<T> task, Outcome<T> outcome) {
        String title() {
            return task.title();
        }
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        pending.add(new Done<>(task, runWork(task)));
        return () -> {};
    }

    /** The titles of the tasks not yet completed, oldest first. */
    public List<String> pendingTitles() {
        return pending.stream().map(Done::title).toList();
    }

    /** Delivers the result of the oldest pending task with this title. */
    public void complete(String title) {
        for (int i = 0; i < pending.size(); i++) {
            if (pending.get(i).title().equals(title)) {
                run(pending.remove(i));
                return;
            }
        }
        throw new AssertionError("no pending task \"" + title + "\" among " + pendingTitles());
    }

    /** Delivers the result of the newest pending task with this title. */
    public void completeNewest(String title) {
        for (int i = pending.size() - 1; i >= 0; i--) {
            if (pending.get(i).title().equals(title)) {
                run(pending.remove(i));
                return;
            }
        }
        throw new AssertionError("no pending task \"" + title + "\" among " + pendingTitles());
    }

    /** Delivers everything, oldest first, including tasks that callbacks start. */
    public void completeAll() {
        while (!pending.isEmpty()) {
            run(pending.remove(0));
        }
    }

    private <T> void run(Done<T> done) {
        deliver(done.task(), done.outcome());
    }
}
