package dev.claimdesk.ui.task;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds every task until the test completes it, in any order: background results that arrive
 * late or out of order, as they can with worker threads, without any timing.
 */
public final class QueuedTaskRunner extends TaskRunner {
    private final List<BackgroundTask<?>> pending = new ArrayList<>();

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        pending.add(task);
        return () -> {};
    }

    /** The titles of the tasks not yet completed, oldest first. */
    public List<String> pendingTitles() {
        return pending.stream().map(BackgroundTask::title).toList();
    }

    /** Runs the oldest pending task with this title and delivers its result. */
    public void complete(String title) {
        for (int i = 0; i < pending.size(); i++) {
            if (pending.get(i).title().equals(title)) {
                run(pending.remove(i));
                return;
            }
        }
        throw new AssertionError("no pending task \"" + title + "\" among " + pendingTitles());
    }

    /** Runs the newest pending task with this title and delivers its result. */
    public void completeNewest(String title) {
        for (int i = pending.size() - 1; i >= 0; i--) {
            if (pending.get(i).title().equals(title)) {
                run(pending.remove(i));
                return;
            }
        }
        throw new AssertionError("no pending task \"" + title + "\" among " + pendingTitles());
    }

    /** Completes everything, oldest first, including tasks that callbacks start. */
    public void completeAll() {
        while (!pending.isEmpty()) {
            run(pending.remove(0));
        }
    }

    private <T> void run(BackgroundTask<T> task) {
        deliver(task, runWork(task));
    }
}
