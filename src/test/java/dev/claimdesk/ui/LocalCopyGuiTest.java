package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.Settings;
import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.Reliability;
import dev.claimdesk.domain.SourceType;
import dev.claimdesk.domain.Stance;
import dev.claimdesk.testsupport.Clicks;
import dev.claimdesk.testsupport.GuiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import javax.swing.JTable;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A local copy kept in the database, saved back from the Evidence tab after the attached file is
 * gone from the computer: the bytes written are the ones attached (issue 13).
 */
@GuiTest
class LocalCopyGuiTest {
    Path dir;
    Path db;
    FrameFixture window;

    @BeforeEach
    void folder() throws java.io.IOException {
        Path root = Path.of("target", "local-copy");
        Files.createDirectories(root);
        dir = Files.createTempDirectory(root, "t");
        db = dir.resolve("desk.db");
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void theAttachedFileIsSavedBackFromTheDatabase(Robot robot) throws Exception {
        AppServices app = AppServices.open(db, Clock.systemUTC());
        app.reviewers().findOrCreate("Ada", "A");
        String body = "Grid report\n\nThe battery park stores 1.2 GWh, the operator said on Monday.\n";
        Article a = app.articles()
                .importText(
                        body,
                        ArticleFormat.TEXT,
                        new ArticleMetadata("Grid report", null, null, null, null),
                        "en",
                        "Ada")
                .article();
        Claim claim = app.claims().listByArticle(a.id()).get(0);
        app.claims().act(claim.id(), ClaimAction.ACCEPT, null, null, "Ada");
        byte[] bytes = new byte[80_000];
        new java.util.Random(5).nextBytes(bytes);
        Path scan = Files.write(dir.resolve("operator-sheet.pdf"), bytes);
        app.evidence()
                .add(
                        new Evidence(
                                0,
                                claim.id(),
                                "https://grid.example.org",
                                "Operator data sheet",
                                "Operator",
                                LocalDate.of(2026, 4, 2),
                                null,
                                "Capacity: 1.2 GWh",
                                Stance.SUPPORTS,
                                SourceType.SELF_INTERESTED,
                                Reliability.B,
                                null,
                                scan.toString(),
                                null,
                                "Ada",
                                java.time.Instant.now()),
                        "Ada");
        Files.delete(scan);

        Settings settings = Settings.load(dir.resolve("settings.properties"));
        settings.put(ReviewerPresenter.REVIEWER_SETTING, "Ada");
        MainFrame frame = GuiActionRunner.execute(() ->
                new UiStarter(() -> {}).open(settings, db, file -> AppServices.open(file, Clock.systemUTC())));
        window = new FrameFixture(robot, frame);
        window.requireVisible();
        JTable queue = robot.finder().findByName("claimTable", JTable.class, false);
        waitUntil("the claim is listed", () -> queue.isShowing() && queue.getRowCount() > 0);
        window.table("claimTable").selectRows(0);
        window.tabbedPane("claimTabs").selectTab(1); // "Evidence (1)"
        JTable evidence = robot.finder().findByName("evidenceTable", JTable.class, false);
        waitUntil("the evidence is listed", () -> evidence.getRowCount() == 1);
        window.table("evidenceTable").selectRows(0);
        waitUntil(
                "the copy can be saved",
                () -> window.button("saveLocalCopy").target().isEnabled());

        Path target = dir.resolve("saved-sheet.pdf").toAbsolutePath();
        Clicks.clickUntil(
                window.button("saveLocalCopy"),
                "the save dialog opens",
                () -> Clicks.windowShowing(javax.swing.JFileChooser.class, null));
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser("localCopyChooser")
                .withTimeout(10_000)
                .using(robot);
        assertThat(GuiActionRunner.execute(
                        () -> chooser.target().getSelectedFile().getName()))
                .isEqualTo("operator-sheet.pdf");
        chooser.fileNameTextBox().setText(target.toString());
        chooser.approve();
        try {
            waitUntil("the copy is written", () -> Files.exists(target) && sizeOf(target) == bytes.length);
        } catch (org.assertj.swing.exception.WaitTimedOutError e) {
            throw new AssertionError(
                    "not written; the status bar says: "
                            + GuiActionRunner.execute(
                                    () -> window.label("statusMessage").target().getText())
                            + "; windows: "
                            + GuiActionRunner.execute(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
                                    .filter(java.awt.Window::isShowing)
                                    .map(w -> w.getName() + "/" + w.getClass().getSimpleName() + ":" + texts(w))
                                    .toList()),
                    e);
        }
        assertThat(Files.readAllBytes(target)).isEqualTo(bytes);
        waitUntil(
                "the status bar says so",
                () -> window.label("statusMessage").target().getText().startsWith("Saved the local copy to "));
    }

    private static String texts(java.awt.Component c) {
        StringBuilder sb = new StringBuilder();
        if (c instanceof javax.swing.text.JTextComponent t) {
            sb.append('[').append(t.getText()).append(']');
        } else if (c instanceof javax.swing.JLabel l) {
            sb.append('<').append(l.getText()).append('>');
        }
        if (c instanceof java.awt.Container k) {
            for (java.awt.Component ch : k.getComponents()) {
                sb.append(texts(ch));
            }
        }
        return sb.toString();
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static void waitUntil(String what, BooleanSupplier check) {
        Pause.pause(
                new Condition(what) {
                    @Override
                    public boolean test() {
                        try {
                            return GuiActionRunner.execute(check::getAsBoolean);
                        } catch (org.assertj.swing.exception.ComponentLookupException notShownYet) {
                            return false;
                        }
                    }
                },
                Timeout.timeout(60_000));
    }
}
