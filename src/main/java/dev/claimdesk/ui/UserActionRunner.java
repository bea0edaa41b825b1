package dev.claimdesk.ui;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.ui.WorkspaceState.Scope;
import dev.claimdesk.ui.task.BackgroundTask;
import dev.claimdesk.ui.task.TaskHandle;
import dev.claimdesk.ui.task.TaskRunner;
import dev.claimdesk.ui.undo.Change;
import dev.claimdesk.ui.undo.UndoHistory;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way a user action reaches the database. On the EDT it reads what the action needs
 * (the services, the reviewer, the article and claim shown) into a {@link Context}, runs the work
 * in the background, and when the result arrives drops it if the workspace moved on meanwhile
 * (another database, article or claim, or a newer run of the same load), else records the undo
 * step, reports the status and hands the result on. Application errors become the error dialog
 * and a status line that says what did not happen.
 */
final class UserActionRunner {
    private static final Logger LOG = LoggerFactory.getLogger(UserActionRunner.class);

    /** What an action's background work may use: read on the EDT when the action starts. */
    record Context(AppServices services, String reviewer, Long articleId, Long claimId) {}

    /** Background work: database and file calls only, no Swing. */
    @FunctionalInterface
    interface Work<T> {
        T run(Context context);
    }

    private final WorkspaceState state;
    private final TaskRunner tasks;
    private final java.util.function.BiConsumer<String, String> showError;
    private final Consumer<String> status;
    private final UndoHistory undo;

    /**
     * @param showError the error dialog (title, message)
     * @param status a line in the status bar
     */
    UserActionRunner(
            WorkspaceState state,
            TaskRunner tasks,
            java.util.function.BiConsumer<String, String> showError,
            Consumer<String> status,
            UndoHistory undo) {
        this.state = state;
        this.tasks = tasks;
        this.showError = showError;
        this.status = status;
        this.undo = undo;
    }

    WorkspaceState state() {
        return state;
    }

    UndoHistory undo() {
        return undo;
    }

    private Runnable dataChanged = () -> {};

    /**
     * Runs after every action that changed the database: those with an undo step and those marked
     * {@link Action#changesData} (the dashboard loads its figures again).
     */
    void onDataChanged(Runnable listener) {
        this.dataChanged = java.util.Objects.requireNonNull(listener);
    }

    /** An action titled for the status bar ("Saving the verdict"); configure it, then {@link Action#run}. */
    <T> Action<T> action(String title, Work<T> work) {
        return new Action<>(title, work);
    }

    /** One user action being set up; nothing happens until {@link #run()}. */
    final class Action<T> {
        private final String title;
        private final Work<T> work;
        private Scope scope = Scope.DATABASE;
        private String latestKey;
        private boolean needsDatabase = true;
        private Consumer<T> onSuccess = v -> {};
        private Function<T, Change> undoStep;
        private boolean changesData;
        private Function<T, String> successStatus;
        private String failureStatus;
        private Consumer<ClaimDeskException> onFailure;
        private Consumer<TaskHandle> cancel;
        private boolean ended;

        private Action(String title, Work<T> work) {
            this.title = Objects.requireNonNull(title);
            this.work = Objects.requireNonNull(work);
        }

        /** The result is dropped once this scope changed (default: another database was opened). */
        Action<T> scope(Scope s) {
            this.scope = s;
            return this;
        }

        /** Only the latest run with this key delivers its result (loads that a newer load replaces). */
        Action<T> latest(String key) {
            this.latestKey = key;
            return this;
        }

        /** Runs with no database open (opening one); otherwise an action without one does nothing. */
        Action<T> withoutDatabase() {
            this.needsDatabase = false;
            return this;
        }

        Action<T> onSuccess(Consumer<T> callback) {
            this.onSuccess = Objects.requireNonNull(callback);
            return this;
        }

        /** The step Edit > Undo reverses, recorded when the change is saved. */
        Action<T> undoable(Function<T, Change> step) {
            this.undoStep = step;
            return this;
        }

        /** The action changes the database though it has no undo step (a blind verdict, an import). */
        Action<T> changesData() {
            this.changesData = true;
            return this;
        }

        /** The status line after success. */
        Action<T> status(Function<T, String> message) {
            this.successStatus = message;
            return this;
        }

        /** The status line after a failure ("Nothing was exported."), besides the error dialog. */
        Action<T> failureStatus(String message) {
            this.failureStatus = message;
            return this;
        }

        /** Handles failures instead of the error dialog. */
        Action<T> onFailure(Consumer<ClaimDeskException> callback) {
            this.onFailure = callback;
            return this;
        }

        /** Offers a cancel control while it runs: {@code offer} gets the handle, then null at the end. */
        Action<T> cancellable(Consumer<TaskHandle> offer) {
            this.cancel = offer;
            return this;
        }

        /** Starts the action; returns null when it cannot start (no database open). */
        TaskHandle run() {
            if (needsDatabase && !state.hasDatabase()) {
                LOG.debug("{}: no database open", title);
                return null;
            }
            Context context = new Context(state.services(), state.reviewer(), state.articleId(), state.claimId());
            WorkspaceState.Ticket ticket = state.ticket(scope, latestKey);
            TaskHandle handle = BackgroundTask.wrap(title, () -> work.run(context))
                    .onSuccess(result -> succeeded(ticket, result))
                    .onFailure(e -> failed(ticket, e))
                    .executeWith(tasks);
            if (cancel != null && !ended) {
                cancel.accept(handle);
            }
            return handle;
        }

        private void succeeded(WorkspaceState.Ticket ticket, T result) {
            ended();
            if (!ticket.current()) {
                LOG.debug("{}: result dropped, the workspace moved on", title);
                return;
            }
            if (undoStep != null) {
                Change step = undoStep.apply(result);
                if (step != null) {
                    undo.add(step);
                }
            }
            if (successStatus != null) {
                status.accept(successStatus.apply(result));
            }
            onSuccess.accept(result);
            if (undoStep != null || changesData) {
                dataChanged.run();
            }
        }

        private void failed(WorkspaceState.Ticket ticket, ClaimDeskException e) {
            ended();
            if (scope != Scope.DATABASE && !ticket.current()) {
                LOG.debug("{}: failure dropped, the workspace moved on", title);
                return;
            }
            if (onFailure != null) {
                onFailure.accept(e);
                return;
            }
            if (e.problem() == ClaimDeskException.Problem.CANCELLED) {
                status.accept(e.userMessage());
                return;
            }
            if (failureStatus != null) {
                status.accept(failureStatus);
            }
            showError.accept(e.problem().title(), e.userMessage());
        }

        private void ended() {
            ended = true;
            if (cancel != null) {
                cancel.accept(null);
            }
        }
    }
}
