package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.Settings;
import dev.claimdesk.domain.Article;
import dev.claimdesk.testsupport.Clicks;
import dev.claimdesk.testsupport.GuiTest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.exception.ComponentLookupException;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@GuiTest
class MainWindowGuiTest {
    @TempDir
    Path dir;

    final AtomicBoolean quit = new AtomicBoolean();

    @AfterEach
    void restoreLightTheme() {
        GuiActionRunner.execute(() -> Theme.LIGHT.install());
    }

    private FrameFixture start(Robot robot) {
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        Path db = dir.resolve("claimdesk.db");
        MainFrame frame = GuiActionRunner.execute(() -> new UiStarter(() -> quit.set(true))
                .open(settings, db, file -> AppServices.open(file, Clock.systemUTC())));
        FrameFixture window = new FrameFixture(robot, frame);
        window.requireVisible();
        return window;
    }

    static void answerWhoAreYou(Robot robot, String name) {
        DialogFixture dialog = WindowFinder.findDialog("reviewerDialog")
                .withTimeout(60_000)
                .using(robot); // a bound for a loaded machine, not a speed check
        var field = dialog.textBox("reviewerNameField");
        field.deleteText().enterText(name);
        if (!name.equals(field.text())) {
            // A lost key event under Xvfb (see Clicks): type the name through Swing instead.
            GuiActionRunner.execute(() -> field.target().setText(name));
        }
        Clicks.clickUntil(
                dialog.button("reviewerOk"),
                "the dialog closes",
                () -> !dialog.target().isShowing());
    }

    @Test
    void firstStartAsksWhoYouAreThenShowsTheEmptyState(Robot robot) {
        FrameFixture window = start(robot);
        answerWhoAreYou(robot, "王小明 Wang Xiaoming");

        waitUntil("reviewer shown", () -> window.label("statusReviewer").text().contains("王小明"));
        window.label("statusReviewer").requireText("王小明 Wang Xiaoming (王WX)");
        window.panel("emptyState").requireVisible();
        window.button("emptyImport").requireEnabled();
        window.button("emptyDemo").requireEnabled();
    }

    @Test
    void openingTheDemoArticleStoresItAndShowsItsText(Robot robot) {
        FrameFixture window = start(robot);
        answerWhoAreYou(robot, "Ada Lovelace");

        Clicks.clickUntil(window.button("emptyDemo"), "the demo article is listed", () -> {
            try {
                return window.list("articleList").target().getModel().getSize() == 1;
            } catch (ComponentLookupException notYet) {
                return false;
            }
        });

        waitUntil(
                "article text shown", () -> window.textBox("articleBody").text().contains("Nordhaven"));
        window.textBox("articleTitle")
                .requireText("Harbour city switches on battery park it calls the largest in Europe");
        assertThat(window.list("articleList").contents()).hasSize(1);
        AppServices reopened = AppServices.open(dir.resolve("claimdesk.db"), Clock.systemUTC());
        List<Article> stored = reopened.articles().list();
        assertThat(stored).singleElement().satisfies(a -> {
            assertThat(a.importedBy()).isEqualTo("Ada Lovelace");
            // the list carries metadata only; the article itself has its body
            assertThat(reopened.articles().get(a.id()).bodyText()).contains("60 GWh");
        });
    }

    @Test
    void viewArticleListHidesAndShowsTheListAndItsButtonFollows(Robot robot) {
        FrameFixture window = start(robot);
        answerWhoAreYou(robot, "Ada Lovelace");
        Clicks.clickUntil(window.button("emptyDemo"), "the demo article is listed", () -> {
            try {
                return window.list("articleList").target().isShowing();
            } catch (ComponentLookupException notYet) {
                return false;
            }
        });

        javax.swing.JList<?> list = window.list("articleList").target(); // found while it shows
        Clicks.clickUntil(
                window.menuItem("menuArticleList"),
                "the list is hidden",
                () -> !GuiActionRunner.execute(list::isShowing));
        assertThat(GuiActionRunner.execute(
                        () -> window.toggleButton("toggleArticleList").target().isSelected()))
                .isFalse();
        assertThat(GuiActionRunner.execute(
                        () -> window.menuItem("menuArticleList").target().isSelected()))
                .isFalse();

        Clicks.clickUntil(
                window.toggleButton("toggleArticleList"),
                "the list is shown again",
                () -> GuiActionRunner.execute(
                        () -> window.list("articleList").target().isShowing()));
        assertThat(GuiActionRunner.execute(
                        () -> window.menuItem("menuArticleList").target().isSelected()))
                .as("the View menu's check follows the button")
                .isTrue();
    }

    @Test
    void theThemeAndTheReviewerAreRememberedBetweenRuns(Robot robot) {
        FrameFixture window = start(robot);
        answerWhoAreYou(robot, "Ada Lovelace");
        Clicks.clickUntil(window.toggleButton("toolbarTheme"), "the dark theme", () -> Theme.current() == Theme.DARK);
        assertThat(GuiActionRunner.execute(Theme::current)).isEqualTo(Theme.DARK);
        assertThat(GuiActionRunner.execute(
                        () -> window.menuItem("menuDarkTheme").target().isSelected()))
                .isTrue();
        window.close();
        waitUntil("settings saved and quit", quit::get);

        Settings saved = Settings.load(dir.resolve("settings.properties"));
        assertThat(saved.get(Theme.SETTING)).contains("DARK");
        assertThat(saved.get(MainPresenter.REVIEWER_SETTING)).contains("Ada Lovelace");
        assertThat(saved.get(MainFrame.BOUNDS_SETTING)).isPresent();

        GuiActionRunner.execute(() -> Theme.LIGHT.install());
        FrameFixture second = start(robot);
        waitUntil(
                "reviewer restored", () -> second.label("statusReviewer").text().contains("Ada Lovelace"));
        assertThat(GuiActionRunner.execute(Theme::current)).isEqualTo(Theme.DARK);
        assertThat(robot.finder().findAll(new GenericTypeMatcher<>(ReviewerDialog.class, true) {
                    @Override
                    protected boolean isMatching(ReviewerDialog d) {
                        return true;
                    }
                }))
                .as("no 'who are you' dialog on the second start")
                .isEmpty();
    }

    @Test
    void switchingReviewerFromTheFileMenuChangesTheStatusBar(Robot robot) {
        FrameFixture window = start(robot);
        answerWhoAreYou(robot, "Ada Lovelace");
        waitUntil("first reviewer", () -> window.label("statusReviewer").text().contains("Ada"));

        Clicks.clickUntil(
                window.menuItem("menuSwitchReviewer"),
                "the reviewer dialog opens",
                () -> Clicks.windowShowing(null, "reviewerDialog"));
        answerWhoAreYou(robot, "Grace Hopper");

        waitUntil("second reviewer", () -> window.label("statusReviewer").text().contains("Grace Hopper (GH)"));
    }

    static void waitUntil(String what, java.util.function.BooleanSupplier check) {
        Pause.pause(
                new Condition(what) {
                    @Override
                    public boolean test() {
                        try {
                            return GuiActionRunner.execute(check::getAsBoolean);
                        } catch (ComponentLookupException notShownYet) {
                            return false;
                        }
                    }
                },
                Timeout.timeout(15_000));
    }
}
