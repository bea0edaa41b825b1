package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.Settings;
import dev.claimdesk.testsupport.BadDatabases;
import dev.claimdesk.testsupport.Clicks;
import dev.claimdesk.testsupport.GuiTest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@GuiTest
class DatabaseProblemGuiTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "text file renamed .db, Not a database, not a database file",
        "damaged pages, Damaged database, is damaged",
        "newer schema, Database from a newer ClaimDesk, newer version of ClaimDesk"
    })
    void aBadDatabaseFileGetsItsOwnDialogAndStaysUnchanged(String kind, String title, String text, Robot robot)
            throws IOException {
        Path file = switch (kind) {
            case "text file renamed .db" -> BadDatabases.textFileRenamed(dir);
            case "damaged pages" -> BadDatabases.damagedPages(dir);
            default -> BadDatabases.newerSchema(dir);
        };
        String before = BadDatabases.sha256(file);
        AtomicBoolean quit = new AtomicBoolean();
        Settings settings = Settings.load(dir.resolve("settings.properties"));

        GuiActionRunner.execute(() ->
                new UiStarter(() -> quit.set(true)).open(settings, file, f -> AppServices.open(f, Clock.systemUTC())));

        JOptionPaneFixture dialog =
                JOptionPaneFinder.findOptionPane().withTimeout(15_000).using(robot);
        dialog.requireTitle(title);
        assertThat(dialog.target().getMessage().toString().replace('\n', ' ')).contains(text);
        assertThat(dialog.target().getMessage().toString()).doesNotContain("Exception");
        Clicks.clickUntil(dialog.buttonWithText("Quit"), "ClaimDesk quits", quit::get);
        assertThat(BadDatabases.sha256(file)).isEqualTo(before);
    }
}
