package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.Settings;
import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.ClaimState;
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
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.swing.JTable;
import javax.swing.JTextArea;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Checked before" on real windows: a claim repeated in other words by a later article shows the
 * earlier one with its verdict, date and article; a claim that differs only in its figure is shown
 * as such; the reviewer links the two and starts from the earlier verdict and evidence.
 */
@GuiTest
class CheckedBeforeGuiTest {
    static final String FIRST =
            "Freedonia's unemployment rate rose to 7.5 percent in March, the statistics office said.";
    static final String OTHER_FIGURE =
            "Freedonia's unemployment rate rose to 9.5 percent in March, the statistics office said.";
    static final String AGAIN =
            "According to the statistics office, joblessness in Freedonia climbed to 7.5 percent in March.";

    Path dir;
    Path db;
    FrameFixture window;

    @BeforeEach
    void folder() throws java.io.IOException {
        // Not a JUnit temporary folder: the window's background work is stopped before this one goes.
        Path root = Path.of("target", "checked-before");
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

    private Claim importWith(AppServices app, String title, String sentence) {
        String body = title + "\n\n" + sentence + " The minister did not comment on the figures on Tuesday.\n";
        Article a = app.articles()
                .importText(body, ArticleFormat.TEXT, new ArticleMetadata(title, null, null, null, null), "en", "Ada")
                .article();
        return app.claims().listByArticle(a.id()).stream()
                .filter(c -> c.text().contains("percent"))
                .findFirst()
                .orElseGet(() -> {
                    int start = body.indexOf(sentence);
                    return app.claims().addManual(a.id(), start, start + sentence.length(), "Ada");
                });
    }

    @Test
    void theRepeatedClaimShowsTheFirstWithItsVerdictAndReusesIt(Robot robot) {
        AppServices app = AppServices.open(db, Clock.systemUTC());
        app.reviewers().findOrCreate("Ada", "A");
        Claim first = importWith(app, "Jobs report", FIRST);
        first = app.claims().act(first.id(), ClaimAction.ACCEPT, null, null, "Ada");
        long falseLabel =
                app.scales().defaultScale().labelByCode("FALSE").orElseThrow().id();
        app.claims().setVerdict(first.id(), falseLabel, "The office said 6.1 percent.", "Ada");
        app.evidence()
                .add(
                        new Evidence(
                                0,
                                first.id(),
                                "https://stats.example.org/march",
                                "Labour force survey, March",
                                "Statistics office",
                                LocalDate.of(2026, 4, 2),
                                null,
                                "The unemployment rate was 6.1 percent.",
                                Stance.REFUTES,
                                SourceType.PRIMARY,
                                Reliability.A,
                                null,
                                null,
                                null,
                                "Ada",
                                java.time.Instant.now()),
                        "Ada");
        importWith(app, "Wage report", OTHER_FIGURE);
        Claim again = importWith(app, "Budget debate", AGAIN);

        Settings settings = Settings.load(dir.resolve("settings.properties"));
        settings.put(MainPresenter.REVIEWER_SETTING, "Ada");
        MainFrame frame = GuiActionRunner.execute(() ->
                new UiStarter(() -> {}).open(settings, db, file -> AppServices.open(file, Clock.systemUTC())));
        window = new FrameFixture(robot, frame);
        window.requireVisible();
        JTable queue = robot.finder().findByName("claimTable", JTable.class, false);
        waitUntil("the newest article's claims are listed", () -> queue.isShowing() && row(queue, again.id()) >= 0);
        window.table("claimTable").selectRows(GuiActionRunner.execute(() -> row(queue, again.id())));

        JTable similar = robot.finder().findByName("similarTable", JTable.class, false);
        waitUntil("the earlier claims are found", () -> similar.getRowCount() >= 2);
        List<List<String>> rows = GuiActionRunner.execute(() -> cells(similar));
        assertThat(rows.get(0).get(0)).as("the best match: the same claim").isEqualTo(FIRST);
        assertThat(rows.get(0).get(1))
                .as("with its verdict and date")
                .matches("False, \\d{1,2} [A-Z][a-z]{2} \\d{4}, by Ada \\(not approved yet\\)");
        assertThat(rows.get(0).get(2)).isEqualTo("Jobs report");
        assertThat(rows.get(0).get(3)).isEqualTo("Figures, names and direction agree.");
        assertThat(rows).as("the claim that differs only in its figure says so").anySatisfy(r -> {
            assertThat(r.get(2)).isEqualTo("Wage report");
            assertThat(r.get(1)).startsWith("no verdict yet, ");
            assertThat(r.get(3)).startsWith("The figures differ: 7.5 percent here, 9.5 percent there.");
        });
        JTextArea line = robot.finder().findByName("checkedBefore", JTextArea.class, false);
        assertThat(GuiActionRunner.execute(() -> line.isShowing())).isTrue();
        assertThat(GuiActionRunner.execute(() -> line.getText()))
                .startsWith("Checked before: " + FIRST + " \u2014 False, ")
                .endsWith("(Jobs report)");
        assertThat(GuiActionRunner.execute(
                        () -> window.tabbedPane("claimTabs").target().getTitleAt(4)))
                .isEqualTo("Checked before (2)");

        Clicks.clickUntil(
                window.button("acceptClaim"),
                "the claim is accepted",
                () -> GuiActionRunner.execute(() -> ((ClaimTableModel) queue.getModel())
                                .claimAt(queue.convertRowIndexToModel(queue.getSelectedRow()))
                                .state()
                        == ClaimState.OPEN));
        window.tabbedPane("claimTabs").selectTab(4);
        int best = GuiActionRunner.execute(() -> {
            for (int r = 0; r < similar.getRowCount(); r++) {
                if ("Jobs report".equals(similar.getValueAt(r, 2))) {
                    return r;
                }
            }
            return -1;
        });
        window.table("similarTable").selectRows(best);
        long firstId = first.id();
        Clicks.clickUntil(
                window.button("reuseVerdict"),
                "the earlier verdict is reused",
                () -> app.claims().get(again.id()).verdictLabelId() != null);

        Claim reused = app.claims().get(again.id());
        assertThat(reused.duplicateOf()).isEqualTo(firstId);
        assertThat(reused.verdictLabelId()).isEqualTo(falseLabel);
        assertThat(reused.rationale()).isEqualTo("The office said 6.1 percent.");
        assertThat(reused.state()).isEqualTo(ClaimState.IN_RESEARCH);
        assertThat(app.evidence().listByClaim(again.id()))
                .extracting(Evidence::url)
                .containsExactly("https://stats.example.org/march");
        waitUntil("the history shows the link and the reuse", () -> {
            JTable history = robot.finder().findByName("historyTable", JTable.class, false);
            String all = cells(history).toString();
            return all.contains("link as the same claim as claim") && all.contains("reuse the verdict of claim");
        });
        assertThat(GuiActionRunner.execute(
                        () -> window.label("statusMessage").target().getText()))
                .isEqualTo(
                        "Claim 1 starts from the verdict \u201cFalse\u201d of \u201cJobs report\u201d and its evidence; it still needs"
                                + " approval.");
    }

    private static int row(JTable t, long claimId) {
        ClaimTableModel m = (ClaimTableModel) t.getModel();
        for (int r = 0; r < t.getRowCount(); r++) {
            if (m.claimAt(t.convertRowIndexToModel(r)).id() == claimId) {
                return r;
            }
        }
        return -1;
    }

    private static List<List<String>> cells(JTable t) {
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r < t.getRowCount(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < t.getColumnCount(); c++) {
                Object v = t.getValueAt(r, c);
                row.add(v == null ? "" : v.toString());
            }
            out.add(row);
        }
        return out;
    }

    /** Up to a minute: the first search loads the embedding model. */
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
