package dev.claimdesk.ui;

import dev.claimdesk.app.Settings;
import dev.claimdesk.ui.task.BackgroundTask;
import dev.claimdesk.ui.task.TaskRunner;

/** What every presenter of the main window works with: the view, the dialogs, the one action runner. */
final class Workbench {
    private final MainView view;
    private final DialogService dialogs;
    private final Settings settings;
    private final TaskRunner tasks;
    private UserActionRunner actions;
    private String lastStatus = "";

    Workbench(MainView view, DialogService dialogs, Settings settings, TaskRunner tasks) {
        this.view = view;
        this.dialogs = dialogs;
        this.settings = settings;
        this.tasks = tasks;
    }

    void use(UserActionRunner runner) {
        this.actions = runner;
    }

    MainView view() {
        return view;
    }

    DialogService dialogs() {
        return dialogs;
    }

    Settings settings() {
        return settings;
    }

    UserActionRunner actions() {
        return actions;
    }

    WorkspaceState state() {
        return actions.state();
    }

    /** A line in the status bar. */
    void status(String message) {
        lastStatus = message;
        view.showStatus(message);
    }

    /** Replaces the status line only if it still says {@code shown} (so newer news is kept). */
    void replaceStatus(String shown, String message) {
        if (lastStatus.equals(shown)) {
            status(message);
        }
    }

    /** Saves the settings, then runs {@code then} (quitting), also when saving failed (after saying so). */
    void saveSettingsThen(Runnable then) {
        BackgroundTask.wrap("Saving settings", settings::save)
                .onSuccess(v -> then.run())
                .onFailure(e -> {
                    dialogs.showError(e.problem().title(), e.userMessage());
                    then.run();
                })
                .executeWith(tasks);
    }

    /** Saves the settings file in the background (it is not a database action). */
    void saveSettings() {
        BackgroundTask.wrap("Saving settings", settings::save)
                .onFailure(e -> status(e.userMessage()))
                .executeWith(tasks);
    }
}
