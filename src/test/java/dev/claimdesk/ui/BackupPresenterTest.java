package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.Backup;
import dev.claimdesk.app.BackupService;
import dev.claimdesk.app.DatabaseCheck;
import dev.claimdesk.app.DemoArticle;
import dev.claimdesk.app.Retention;
import dev.claimdesk.app.Settings;
import dev.claimdesk.testsupport.BadDatabases;
import dev.claimdesk.testsupport.MutableClock;
import dev.claimdesk.ui.task.ImmediateTaskRunner;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups in the window, without windows: fake dialogs, tasks run at once, real files. */
class BackupPresenterTest {
    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(Instant.parse("2027-03-01T08:30:00Z"), ZoneId.of("Europe/Berlin"));
    final FakeBackupDialogs dialogs = new FakeBackupDialogs();
    final List<String> status = new ArrayList<>();
    final List<Path> opened = new ArrayList<>();
    BackupService service;
    BackupPresenter presenter;
    Path db;

    @BeforeEach
    void start() {
        service = new BackupService(dir.resolve("data/backups"), clock, Retention.DEFAULT);
        UserActionRunner runner = new UserActionRunner(
                new WorkspaceState(),
                new ImmediateTaskRunner(),
                (title, message) -> status.add(message),
                status::add,
                new dev.claimdesk.ui.undo.UndoHistory(() -> {}));
        presenter = new BackupPresenter(service, dialogs, runner, status::add, opened::add);
        db = dir.resolve("claimdesk.db");
        DemoArticle.importInto(AppServices.open(db, clock, service).articles(), "Ada");
    }

    @Test
    void afterOpeningTheDaysBackupIsMadeOnceAndSaidInTheStatusBar() {
        presenter.afterOpen(db);
        presenter.afterOpen(db);

        assertThat(service.list(db)).hasSize(1);
        assertThat(status)
                .containsExactly(
                        "Backed up to " + service.list(db).get(0).file().getFileName() + ".");
        clock.advance(Duration.ofDays(1));
        presenter.afterOpen(db);
        assertThat(service.list(db)).hasSize(2);
    }

    @Test
    void replacingTheDatabaseAsksFirstKeepsItAsABackupAndOpensItAgain() {
        Backup backup = service.backUp(db, Backup.Reason.MANUAL);
        AppServices.open(db, Clock.systemUTC()).claims().addManual(1, 0, 10, "Ada");
        clock.advance(Duration.ofMinutes(1));
        dialogs.choice = Optional.of(new BackupDialogs.RestoreChoice(backup, null));
        dialogs.confirm = true;

        presenter.chooseAndRestore(db);

        assertThat(dialogs.listed).containsExactly(backup);
        assertThat(dialogs.confirmed).isEqualTo(backup);
        assertThat(DatabaseCheck.run(db).claims()).isEqualTo(7);
        assertThat(service.list(db))
                .extracting(Backup::reason)
                .containsExactly(Backup.Reason.BEFORE_RESTORE, Backup.Reason.MANUAL);
        assertThat(service.list(db).get(0).counts().claims()).isEqualTo(8);
        assertThat(opened).containsExactly(db);
    }

    @Test
    void sayingNoToTheConfirmationChangesNothing() throws IOException {
        Backup backup = service.backUp(db, Backup.Reason.MANUAL);
        AppServices.open(db, Clock.systemUTC()).claims().addManual(1, 0, 10, "Ada");
        String before = BadDatabases.sha256(db);
        dialogs.choice = Optional.of(new BackupDialogs.RestoreChoice(backup, null));
        dialogs.confirm = false;

        presenter.chooseAndRestore(db);

        assertThat(BadDatabases.sha256(db)).isEqualTo(before);
        assertThat(service.list(db)).hasSize(1);
        assertThat(opened).isEmpty();
    }

    @Test
    void restoringIntoANewFileOpensItAndLeavesTheDatabaseAsItIs() throws IOException {
        Backup backup = service.backUp(db, Backup.Reason.MANUAL);
        AppServices.open(db, Clock.systemUTC()).claims().addManual(1, 0, 10, "Ada");
        String before = BadDatabases.sha256(db);
        Path target = dir.resolve("restored.db");
        dialogs.choice = Optional.of(new BackupDialogs.RestoreChoice(backup, target));

        presenter.chooseAndRestore(db);

        assertThat(dialogs.confirmed).isNull(); // nothing is replaced: no question
        assertThat(DatabaseCheck.run(target).claims()).isEqualTo(7);
        assertThat(BadDatabases.sha256(db)).isEqualTo(before);
        assertThat(opened).containsExactly(target);
    }

    @Test
    void withoutBackupsTheUserIsToldHowTheyCome() {
        presenter.chooseAndRestore(db);

        assertThat(dialogs.listed).isNull();
        assertThat(dialogs.infos).singleElement().asString().startsWith("There is no backup of claimdesk.db yet.");
    }

    @Test
    void aDamagedDatabaseOffersItsNewestBackupAndRestoringItOpensTheDatabase() throws IOException {
        service.backUp(db, Backup.Reason.DAILY);
        BadDatabases.damage(db);
        clock.advance(Duration.ofHours(1));
        List<String> asked = new ArrayList<>();
        DialogService mainDialogs = dialogService(asked, DialogService.DatabaseProblemChoice.RESTORE_NEWEST);
        MainPresenterTest.FakeView view = new MainPresenterTest.FakeView();
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        settings.put(MainPresenter.REVIEWER_SETTING, "Ada");
        ImmediateTaskRunner runner = new ImmediateTaskRunner();
        MainPresenter main = new MainPresenter(
                view, mainDialogs, runner, settings, f -> AppServices.open(f, clock, service), () -> view.quit = true);
        main.useBackups(new BackupPresenter(service, dialogs, main.actions(), view::showStatus, main::openDatabase));

        main.openDatabase(db);

        assertThat(asked).singleElement().asString().contains("is damaged").contains("newest backup");
        assertThat(view.articles).hasSize(1);
        assertThat(view.quit).isFalse();
        assertThat(DatabaseCheck.run(db).articles()).isEqualTo(1);
    }

    @Test
    void aDamagedDatabaseWithoutABackupGetsTheUsualChoices() throws IOException {
        Path damaged = BadDatabases.damagedPages(dir);
        List<String> asked = new ArrayList<>();
        DialogService mainDialogs = dialogService(asked, DialogService.DatabaseProblemChoice.QUIT);
        MainPresenterTest.FakeView view = new MainPresenterTest.FakeView();
        ImmediateTaskRunner runner = new ImmediateTaskRunner();
        MainPresenter main = new MainPresenter(
                view,
                mainDialogs,
                runner,
                Settings.load(dir.resolve("settings.properties")),
                f -> AppServices.open(f, clock, service),
                () -> view.quit = true);
        main.useBackups(new BackupPresenter(service, dialogs, main.actions(), view::showStatus, main::openDatabase));

        main.openDatabase(damaged);

        assertThat(asked).singleElement().asString().startsWith("plain:").doesNotContainIgnoringCase("backup");
        assertThat(view.quit).isTrue();
    }

    /**
     * The main dialogs, answering only what opening a damaged file asks: "damage:" or "plain:" and
     * the message are recorded, the answer is {@code choice}.
     */
    private static DialogService dialogService(List<String> asked, DialogService.DatabaseProblemChoice choice) {
        return (DialogService) Proxy.newProxyInstance(
                DialogService.class.getClassLoader(), new Class<?>[] {DialogService.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "askAfterDamage" -> {
                            asked.add("damage: " + args[1]);
                            return choice;
                        }
                        case "askAfterDatabaseProblem" -> {
                            asked.add("plain: " + args[1]);
                            return choice == DialogService.DatabaseProblemChoice.RESTORE_NEWEST
                                    ? DialogService.DatabaseProblemChoice.QUIT
                                    : choice;
                        }
                        case "askReviewer" -> {
                            return Optional.empty();
                        }
                        default -> {
                            return method.getReturnType() == Optional.class ? Optional.empty() : null;
                        }
                    }
                });
    }

    static final class FakeBackupDialogs implements BackupDialogs {
        Optional<RestoreChoice> choice = Optional.empty();
        boolean confirm;
        List<Backup> listed;
        Backup confirmed;
        final List<String> errors = new ArrayList<>();
        final List<String> infos = new ArrayList<>();

        @Override
        public Optional<RestoreChoice> chooseBackup(Path database, List<Backup> backups, ZoneId zone) {
            listed = backups;
            return choice;
        }

        @Override
        public boolean confirmReplace(Path database, Backup backup, ZoneId zone) {
            confirmed = backup;
            return confirm;
        }

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }

        @Override
        public void showInfo(String title, String message) {
            infos.add(message);
        }
    }
}
