package dev.claimdesk.ui;

import static dev.claimdesk.ui.MainWindowGuiTest.answerWhoAreYou;
import static dev.claimdesk.ui.MainWindowGuiTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.Settings;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.testsupport.GuiTest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** While the database opens the window says so, and never shows the "No article yet" invitation. */
@GuiTest
class OpeningStateGuiTest {
    /**
     * Not a JUnit temporary folder: after the window closes, its background work (the embeddings of
     * an opened database are filled in) may still write the database's journal for a moment, and
     * JUnit fails a test whose folder it cannot delete at once. Kept under target/ (mvn clean removes it).
     */
    Path dir;

    @org.junit.jupiter.api.BeforeEach
    void folder() throws java.io.IOException {
        Path root = Path.of("target", "opening-state");
        java.nio.file.Files.createDirectories(root);
        dir = java.nio.file.Files.createTempDirectory(root, "t");
    }

    final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void letTheOpenerFinish() {
        release.countDown();
    }

    /** A store that opens only when the test lets it: the window is seen mid-opening, without sleeps. */
    private Function<Path, AppServices> slowOpener() {
        return file -> {
            try {
                if (!release.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the opener");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return AppServices.open(file, Clock.systemUTC());
        };
    }

    private FrameFixture start(Robot robot, Path db) {
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        MainFrame frame = GuiActionRunner.execute(() -> new UiStarter(() -> {}).open(settings, db, slowOpener()));
        FrameFixture window = new FrameFixture(robot, frame);
        window.requireVisible();
        return window;
    }

    private static boolean showing(Robot robot, FrameFixture window, String name) {
        return GuiActionRunner.execute(
                () -> robot.finder().findByName(window.target(), name, false).isShowing());
    }

    @Test
    void aDatabaseWithArticlesSaysItIsOpeningThenShowsItsArticles(Robot robot) {
        Path db = dir.resolve("claimdesk.db");
        AppServices.open(db, Clock.systemUTC())
                .articles()
                .importPasted(
                        "A park cost 3 billion euros, the council said in 2024.",
                        new ArticleMetadata("Park costs", null, null, null, null),
                        "Ada Lovelace");
        FrameFixture window = start(robot, db);

        window.panel("openingState").requireVisible();
        window.label("openingMessage").requireText("Opening claimdesk.db…");
        assertThat(GuiActionRunner.execute(() -> window.target().getIconImages()))
                .as("the window carries the application icon (task bar, window switcher)")
                .isNotEmpty()
                .allSatisfy(image -> assertThat(image.getWidth(null)).isPositive());
        assertThat(showing(robot, window, "emptyState"))
                .as("the empty state is not shown while the database opens")
                .isFalse();

        release.countDown();
        answerWhoAreYou(robot, "Ada Lovelace");
        waitUntil("the article list shown", () -> showing(robot, window, "articleList"));
        assertThat(showing(robot, window, "openingState")).isFalse();
        assertThat(showing(robot, window, "emptyState")).isFalse();
    }

    @Test
    void aNewDatabaseShowsTheEmptyStateOnlyOnceItIsOpen(Robot robot) {
        FrameFixture window = start(robot, dir.resolve("new.db"));

        window.label("openingMessage").requireText("Opening new.db…");

        release.countDown();
        answerWhoAreYou(robot, "Ada Lovelace");
        waitUntil("the empty state shown", () -> showing(robot, window, "emptyState"));
        assertThat(showing(robot, window, "openingState")).isFalse();
    }
}
