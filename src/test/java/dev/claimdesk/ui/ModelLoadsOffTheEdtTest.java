package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.DetectionService;
import dev.claimdesk.app.Settings;
import dev.claimdesk.extraction.SentenceEmbedder;
import dev.claimdesk.testsupport.GuiTest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learned ranker's model is loaded by the first import's background task, never on the event
 * dispatch thread and not when a database opens; the imported article is ranked by it.
 */
@GuiTest
class ModelLoadsOffTheEdtTest {
    @TempDir
    Path dir;

    final List<Boolean> loadedOnEdt = new CopyOnWriteArrayList<>();

    @AfterEach
    void restoreLoader() {
        DetectionService.useModelLoaderForTests(SentenceEmbedder::shared);
    }

    @Test
    void theModelIsLoadedInTheBackgroundAndRanksTheImportedArticle(Robot robot) {
        DetectionService.useModelLoaderForTests(() -> {
            loadedOnEdt.add(SwingUtilities.isEventDispatchThread());
            return SentenceEmbedder.shared();
        });
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        MainFrame frame = GuiActionRunner.execute(() -> new UiStarter(() -> {})
                .open(settings, dir.resolve("claimdesk.db"), file -> AppServices.open(file, Clock.systemUTC())));
        FrameFixture window = new FrameFixture(robot, frame);
        window.requireVisible();
        MainWindowGuiTest.answerWhoAreYou(robot, "Ada Lovelace");
        assertThat(loadedOnEdt).as("opening a database does not load the model").isEmpty();
        window.button("emptyDemo").click();
        Pause.pause(
                new Condition("the demo article's claims are listed") {
                    @Override
                    public boolean test() {
                        try { // the queue shows once the article is imported
                            return GuiActionRunner.execute(() ->
                                            window.table("claimTable").target().getRowCount())
                                    > 0;
                        } catch (org.assertj.swing.exception.ComponentLookupException notYet) {
                            return false;
                        }
                    }
                },
                Timeout.timeout(60_000));
        assertThat(loadedOnEdt).as("loaded once, off the EDT").containsExactly(false);
        assertThat(DetectionService.notice()).isEmpty();
    }
}
