package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.ExportService;
import dev.claimdesk.app.Settings;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.domain.VerdictScale;
import dev.claimdesk.testsupport.Clicks;
import dev.claimdesk.testsupport.GuiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.assertj.swing.core.Robot;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance item 5 of issue 14: a scale made in the editor (ranked and unranked labels, colours,
 * keys, rating values, an alternate name, a Chinese label) is chosen for an article, exported,
 * imported into another database, used for an approved verdict, and published in ClaimReview
 * with its labels, colours, keys and rating values intact.
 */
@GuiTest
class ScaleEditorGuiTest {
    static final String NAME = "Desk scale for the regional newsroom's election coverage 事实核查";

    @TempDir
    Path dir;

    FrameFixture window;

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    private static long article(AppServices app) {
        return app.articles()
                .importText(
                        "The plant makes 40 percent of the country's power, the minister said.",
                        ArticleFormat.PASTE,
                        new ArticleMetadata("Power plant", null, null, null, null),
                        "en",
                        "Ada Lovelace")
                .article()
                .id();
    }

    @Test
    void aScaleMadeInTheEditorTravelsToAnotherDatabaseAndIsPublishedIntact(Robot robot) throws Exception {
        Path db = dir.resolve("first.db");
        AppServices first = AppServices.open(db, Clock.systemUTC());
        first.reviewers().findOrCreate("Ada Lovelace", "AL");
        long articleId = article(first);
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        settings.put(MainPresenter.REVIEWER_SETTING, "Ada Lovelace");
        MainFrame frame = GuiActionRunner.execute(() ->
                new UiStarter(() -> {}).open(settings, db, file -> AppServices.open(file, Clock.systemUTC())));
        window = new FrameFixture(robot, frame);
        MainWindowGuiTest.waitUntil(
                "the article is shown",
                () -> GuiActionRunner.execute(
                                () -> frame.articleView().queue().table().getRowCount())
                        > 0);

        Clicks.clickUntil(
                window.menuItem("menuVerdictScales"),
                "the scale editor opens",
                () -> Clicks.windowShowing(null, "scalesDialog"));
        DialogFixture editor =
                WindowFinder.findDialog("scalesDialog").withTimeout(10_000).using(robot);
        Clicks.clickUntil(
                editor.button("scaleNew"),
                "the new scale is asked for",
                () -> Clicks.windowShowing(javax.swing.JOptionPane.class, null));
        JOptionPaneFixture ask =
                JOptionPaneFinder.findOptionPane().withTimeout(10_000).using(robot);
        ask.textBox("newScaleCode").enterText("desk");
        ask.textBox("newScaleName").enterText(NAME);
        ask.okButton().click();
        MainWindowGuiTest.waitUntil(
                "the copy is stored",
                () -> AppServices.open(db, Clock.systemUTC())
                        .scales()
                        .find("DESK")
                        .isPresent());
        MainWindowGuiTest.waitUntil(
                "the copy is shown",
                () -> "DESK".equals(editor.label("scaleCode").text()));

        JTableFixture labels = editor.table("scaleLabels");
        labels.enterValue(TableCell.row(0).column(ScaleLabelsModel.RATING), "100");
        labels.enterValue(TableCell.row(0).column(ScaleLabelsModel.ALTERNATE), "Accurate");
        labels.enterValue(TableCell.row(0).column(ScaleLabelsModel.COLOUR), "#123456");
        labels.enterValue(TableCell.row(4).column(ScaleLabelsModel.RATING), "0");
        labels.enterValue(TableCell.row(1).column(ScaleLabelsModel.KEY), "m");
        editor.button("labelAdd").click();
        labels.enterValue(TableCell.row(8).column(ScaleLabelsModel.CODE), "PARTLY");
        labels.enterValue(TableCell.row(8).column(ScaleLabelsModel.NAME), "部分属实");
        labels.enterValue(TableCell.row(8).column(ScaleLabelsModel.COLOUR), "#00897b");
        labels.enterValue(TableCell.row(8).column(ScaleLabelsModel.KEY), "9");
        editor.button("scaleSave").click();
        MainWindowGuiTest.waitUntil(
                "the edited scale is stored",
                () -> AppServices.open(db, Clock.systemUTC())
                                .scales()
                                .find("DESK")
                                .orElseThrow()
                                .labels()
                                .size()
                        == 9);
        VerdictScale made =
                AppServices.open(db, Clock.systemUTC()).scales().find("DESK").orElseThrow();
        VerdictLabel top = made.labels().get(0);
        assertThat(top.ratingValue()).isEqualTo(100);
        assertThat(top.alternateName()).isEqualTo("Accurate");
        assertThat(top.colour()).isEqualTo("#123456");
        assertThat(made.labels().get(1).hotkey()).isEqualTo("m");
        VerdictLabel chinese = made.labels().get(8);
        assertThat(chinese.name()).isEqualTo("部分属实");
        assertThat(chinese.ordinal()).as("no rank").isNull();
        assertThat(editor.textBox("scaleProblems").text()).isEmpty();

        // The article's scale, chosen in the editor, is what the verdict panel offers.
        javax.swing.JComboBox<?> choice =
                (javax.swing.JComboBox<?>) editor.comboBox("articleScale").target();
        int desk = GuiActionRunner.execute(() -> {
            for (int i = 0; i < choice.getItemCount(); i++) {
                if (choice.getItemAt(i) instanceof VerdictScale s && s.code().equals("DESK")) {
                    return i;
                }
            }
            return -1;
        });
        editor.comboBox("articleScale").selectItem(desk);
        editor.button("articleScaleUse").click();
        MainWindowGuiTest.waitUntil(
                "the article's scale is chosen",
                () -> AppServices.open(db, Clock.systemUTC())
                        .scales()
                        .scaleFor(articleId)
                        .code()
                        .equals("DESK"));

        Path file = dir.resolve("desk.scale.json");
        Clicks.clickUntil(
                editor.button("scaleExport"),
                "the file chooser opens",
                () -> Clicks.windowShowing(javax.swing.JFileChooser.class, null));
        JFileChooserFixture chooser =
                JFileChooserFinder.findFileChooser().withTimeout(10_000).using(robot);
        chooser.fileNameTextBox().setText(file.toString());
        chooser.approve();
        MainWindowGuiTest.waitUntil("the scale is exported", () -> Files.exists(file));
        editor.button("scaleClose").click();

        AppServices second = AppServices.open(dir.resolve("second.db"), Clock.systemUTC());
        VerdictScale imported = second.scales().importFrom(file, "Bea");
        assertThat(imported.name()).isEqualTo(NAME);
        assertThat(imported.labels())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields(
                        "id", "scaleId", "sortOrder") // order: by position
                .containsExactlyElementsOf(made.labels());

        long other = article(second);
        second.scales().setArticleScale(other, "DESK", "Bea");
        Claim c = second.claims().addManual(other, 0, 30, "Bea");
        VerdictLabel byKey = second.scales().scaleFor(other).labels().stream()
                .filter(l -> "1".equals(l.hotkey()))
                .findFirst()
                .orElseThrow();
        second.claims().setVerdict(c.id(), byKey.id(), "The grid operator's figures agree.", "Bea");
        second.claims().act(c.id(), ClaimAction.SUBMIT_FOR_REVIEW, null, null, "Bea");
        second.claims().act(c.id(), ClaimAction.APPROVE, "Agreed", null, "Cai");
        Path out = dir.resolve("reviews.jsonld");
        second.exports()
                .exportToFile(
                        new ExportService.Options(
                                ExportService.Kind.CLAIMREVIEW,
                                other,
                                false,
                                false,
                                "Desk",
                                "https://desk.example",
                                "https://desk.example/checks/{claim_id}"),
                        out);
        JsonNode rating = new ObjectMapper()
                .readTree(Files.readString(out))
                .path("@graph")
                .get(0)
                .path("reviewRating");
        assertThat(rating.path("ratingValue").asInt()).isEqualTo(100);
        assertThat(rating.path("bestRating").asInt()).isEqualTo(100);
        assertThat(rating.path("worstRating").asInt()).isZero();
        assertThat(rating.path("alternateName").asText()).isEqualTo("Accurate");
    }
}
