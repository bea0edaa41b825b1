package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.ExportService;
import dev.claimdesk.app.Settings;
import dev.claimdesk.testsupport.GuiTest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File choosers start where the user last chose a file of the same kind, and the export dialog
 * offers again the folder and name last used for each kind; with nothing remembered, the home folder.
 */
@GuiTest
class RememberedPlacesGuiTest {
    @TempDir
    Path dir;

    @Test
    void theArticleChooserStartsInTheFolderOfTheLastArticleAndDatabasesAreRememberedApart(Robot robot)
            throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path article = Files.writeString(articles.resolve("dam.txt"), "The dam holds 3 billion cubic metres.");
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        SwingDialogService dialogs =
                GuiActionRunner.execute(() -> new SwingDialogService(null, new FileLocations(settings, home)));

        JFileChooserFixture first = openArticleChooser(robot, dialogs, new AtomicReference<>());
        assertThat(dir(first)).isEqualTo(home.toFile());
        AtomicReference<Optional<Path>> chosen = new AtomicReference<>();
        first.cancel();
        JFileChooserFixture second = openArticleChooser(robot, dialogs, chosen);
        second.setCurrentDirectory(articles.toFile());
        second.selectFile(article.toFile());
        second.approve();
        MainWindowGuiTest.waitUntil("the chooser answers", () -> chosen.get() != null);
        assertThat(chosen.get()).contains(article.toFile().toPath());

        JFileChooserFixture third = openArticleChooser(robot, dialogs, new AtomicReference<>());
        assertThat(dir(third)).isEqualTo(articles.toFile());
        third.cancel();
        assertThat(settings.get("folder.articles"))
                .contains(articles.toAbsolutePath().toString());
        assertThat(settings.get("folder.databases")).isEmpty();

        // The same dialogs without remembered places: the home folder again.
        SwingDialogService forgetful = GuiActionRunner.execute(() ->
                new SwingDialogService(null, new FileLocations(Settings.load(dir.resolve("other.properties")), home)));
        JFileChooserFixture fresh = openArticleChooser(robot, forgetful, new AtomicReference<>());
        assertThat(dir(fresh)).isEqualTo(home.toFile());
        fresh.cancel();
    }

    @Test
    void theExportDialogOffersTheLastFileOfEachKind(Robot robot) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path desk = Files.createDirectories(dir.resolve("desk"));
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        SwingDialogService dialogs =
                GuiActionRunner.execute(() -> new SwingDialogService(null, new FileLocations(settings, home)));

        DialogFixture d = openExport(robot, dialogs, ExportService.Kind.CSV, new AtomicReference<>());
        assertThat(d.textBox("exportFile").text())
                .isEqualTo(home.resolve("claimdesk-verdicts.csv").toString());
        AtomicReference<Optional<DialogService.ExportChoice>> answer = new AtomicReference<>();
        d.close();
        d = openExport(robot, dialogs, ExportService.Kind.CSV, answer);
        Path mine = desk.resolve("week-49-verdicts.csv");
        d.textBox("exportFile").setText(mine.toString());
        d.button("exportOk").click();
        MainWindowGuiTest.waitUntil("the export dialog answers", () -> answer.get() != null);
        assertThat(answer.get().orElseThrow().file()).isEqualTo(mine);

        DialogFixture again = openExport(robot, dialogs, ExportService.Kind.CSV, new AtomicReference<>());
        assertThat(again.textBox("exportFile").text()).isEqualTo(mine.toString());
        again.comboBox("exportKind").selectItem(2); // ClaimReview: never exported, so the last folder
        assertThat(again.textBox("exportFile").text())
                .isEqualTo(desk.resolve("claimdesk-claimreview.jsonld").toString());
        again.comboBox("exportKind").selectItem(0);
        assertThat(again.textBox("exportFile").text()).isEqualTo(mine.toString());
        again.close();
    }

    private static File dir(JFileChooserFixture chooser) {
        return GuiActionRunner.execute(() -> chooser.target().getCurrentDirectory());
    }

    private static JFileChooserFixture openArticleChooser(
            Robot robot, SwingDialogService dialogs, AtomicReference<Optional<Path>> result) {
        SwingUtilities.invokeLater(() -> result.set(dialogs.chooseArticleFile()));
        return JFileChooserFinder.findFileChooser("articleChooser")
                .withTimeout(10_000)
                .using(robot);
    }

    private static DialogFixture openExport(
            Robot robot,
            SwingDialogService dialogs,
            ExportService.Kind kind,
            AtomicReference<Optional<DialogService.ExportChoice>> result) {
        ExportService.Options defaults = new ExportService.Options(kind, 0, false, false, null, null, null);
        SwingUtilities.invokeLater(() -> result.set(dialogs.askExport(7L, "An article", defaults)));
        return WindowFinder.findDialog("exportDialog").withTimeout(10_000).using(robot);
    }
}
