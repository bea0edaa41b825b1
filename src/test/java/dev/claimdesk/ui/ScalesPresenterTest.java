package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.Settings;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.domain.VerdictScale;
import dev.claimdesk.ui.task.ImmediateTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings > Verdict scales without a window: a fake editor, fake dialogs, a real database. */
class ScalesPresenterTest {
    static final String TEXT = "The battery park in Nordhaven can store 60 GWh of electricity, the operator"
            + " said.\n\nThe park cost 4.6 billion euros according to the city council's budget report.";

    @TempDir
    Path dir;

    final MainPresenterTest.FakeView view = new MainPresenterTest.FakeView();
    final ScaleDialogs dialogs = new ScaleDialogs();
    final FakeEditor editor = new FakeEditor();
    MainPresenter presenter;
    Path db;

    /** The dialogs, with the scale editor as a fake that only records what it is shown. */
    final class ScaleDialogs extends MainPresenterTest.FakeDialogs {
        ScalesPresenter scales;
        Optional<Path> scaleFile = Optional.empty();
        Optional<NewScale> newScale = Optional.empty();

        @Override
        public void editScales(ScalesPresenter p, ScaleChoices first) {
            scales = p;
            p.attach(editor);
            editor.showChoices(first, null);
        }

        @Override
        public Optional<Path> chooseScaleFile(String suggestedName) {
            return scaleFile;
        }

        @Override
        public Optional<NewScale> askNewScale(String copiedFrom) {
            return newScale;
        }
    }

    static final class FakeEditor implements ScalesView {
        ScaleChoices choices;
        String selected;
        List<String> problems = List.of();

        @Override
        public void showChoices(ScaleChoices c, String selectCode) {
            choices = c;
            selected = selectCode;
        }

        @Override
        public void showProblems(List<String> list) {
            problems = list;
        }

        VerdictScale scale(String code) {
            return choices.scales().stream()
                    .filter(s -> s.code().equals(code))
                    .findFirst()
                    .orElseThrow();
        }
    }

    @BeforeEach
    void start() {
        db = dir.resolve("scales.db");
        presenter = open(db);
    }

    private MainPresenter open(Path file) {
        AppServices.open(file, Clock.systemUTC()).reviewers().findOrCreate("Ada Lovelace", "AL");
        Settings settings = Settings.load(dir.resolve(file.getFileName() + ".properties"));
        settings.put(MainPresenter.REVIEWER_SETTING, "Ada Lovelace");
        MainPresenter p = new MainPresenter(
                view,
                dialogs,
                new ImmediateTaskRunner(),
                settings,
                f -> AppServices.open(f, Clock.systemUTC()),
                () -> {});
        p.openDatabase(file);
        return p;
    }

    private AppServices db() {
        return AppServices.open(db, Clock.systemUTC());
    }

    /** A copy of the seeded scale under a new code, with one label changed. */
    private VerdictScale newsroom() {
        presenter.verdictScales();
        dialogs.newScale = Optional.of(new DialogService.NewScale("newsroom", "Newsroom scale"));
        dialogs.scales.newScale(editor.scale("CLAIMDESK"));
        return editor.scale("NEWSROOM");
    }

    @Test
    void theEditorListsTheScalesWithTheDesksDefault() {
        presenter.verdictScales();
        assertThat(editor.choices.scales()).extracting(VerdictScale::code).contains("CLAIMDESK");
        assertThat(editor.choices.defaultCode()).isEqualTo("CLAIMDESK");
        assertThat(editor.choices.articleId()).as("no article is shown").isNull();
    }

    @Test
    void aNewScaleStartsAsACopyAndTakesTheCodeInCapitals() {
        VerdictScale made = newsroom();
        VerdictScale seeded = editor.scale("CLAIMDESK");
        assertThat(made.name()).isEqualTo("Newsroom scale");
        assertThat(editor.selected).isEqualTo("NEWSROOM");
        assertThat(made.labels())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "scaleId")
                .containsExactlyElementsOf(seeded.labels());
        assertThat(db().scales().find("NEWSROOM")).isPresent();
        assertThat(view.status).isEqualTo("Added the scale \"Newsroom scale\".");
    }

    @Test
    void theRulesProblemsAreShownInWordsAndNothingIsSaved() {
        VerdictScale made = newsroom();
        List<VerdictLabel> labels = new ArrayList<>(made.labels());
        VerdictLabel first = labels.get(0);
        VerdictLabel second = labels.get(1);
        labels.set(
                1,
                new VerdictLabel(
                        second.id(),
                        second.scaleId(),
                        second.code(),
                        second.name(),
                        second.ordinal(),
                        "green",
                        first.hotkey(),
                        second.sortOrder(),
                        second.ratingValue(),
                        second.alternateName(),
                        false));
        dialogs.scales.save(
                new VerdictScale(made.id(), made.code(), "Renamed", labels),
                List.of("The rank of \"Odd\" is a whole number, or empty (\"x\" is not)."));

        assertThat(editor.problems)
                .contains("The rank of \"Odd\" is a whole number, or empty (\"x\" is not).")
                .anySatisfy(p -> assertThat(p).contains("use the key " + first.hotkey()))
                .anySatisfy(p -> assertThat(p).contains("is written as #rrggbb"));
        assertThat(db().scales().find("NEWSROOM").orElseThrow().name()).isEqualTo("Newsroom scale");
        assertThat(view.status).startsWith("The scale was not saved");
    }

    @Test
    void aSavedScaleIsReloadedAndTheDefaultAndArticleScaleChangeTheVerdictChoice() {
        VerdictScale made = newsroom();
        List<VerdictLabel> labels = new ArrayList<>(made.labels());
        labels.set(0, labels.get(0).asRetired());
        dialogs.scales.save(new VerdictScale(made.id(), made.code(), "Newsroom", labels), List.of());
        assertThat(editor.problems).isEmpty();
        assertThat(editor.scale("NEWSROOM").name()).isEqualTo("Newsroom");
        assertThat(editor.scale("NEWSROOM").labels().get(0).retired()).isTrue();

        dialogs.scales.makeDefault("NEWSROOM");
        assertThat(editor.choices.defaultCode()).isEqualTo("NEWSROOM");
        assertThat(db().scales().defaultScale().code()).isEqualTo("NEWSROOM");

        dialogs.pasted = Optional.of(TEXT);
        presenter.pasteArticle();
        assertThat(view.scale.code())
                .as("a new article uses the desk's default")
                .isEqualTo("NEWSROOM");
        presenter.verdictScales();
        long articleId = editor.choices.articleId();
        assertThat(editor.choices.articleOwnCode()).isNull();
        dialogs.scales.chooseForArticle(articleId, "CLAIMDESK");
        assertThat(editor.choices.articleOwnCode()).isEqualTo("CLAIMDESK");
        assertThat(view.scale.code())
                .as("the verdict panel offers the article's scale")
                .isEqualTo("CLAIMDESK");
        assertThat(db().scales().scaleFor(articleId).code()).isEqualTo("CLAIMDESK");
    }

    @Test
    void afterTheFirstVerdictTheArticlesScaleIsRefusedInWords() {
        newsroom();
        dialogs.pasted = Optional.of(TEXT);
        presenter.pasteArticle();
        presenter.verdictScales();
        long articleId = editor.choices.articleId();
        AppServices app = db();
        Claim c = app.claims().listByArticle(articleId).get(0);
        app.claims().act(c.id(), dev.claimdesk.domain.ClaimAction.ACCEPT, null, null, "Ada Lovelace");
        long label = app.scales().scaleFor(articleId).labels().get(0).id();
        app.claims().setVerdict(c.id(), label, "The operator's report says so.", "Ada Lovelace");

        dialogs.scales.chooseForArticle(articleId, "NEWSROOM");

        assertThat(editor.problems).singleElement().asString().contains("so its scale cannot change");
        assertThat(dialogs.errors)
                .as("shown in the editor, not in another dialog")
                .isEmpty();
        assertThat(db().scales().scaleFor(articleId).code()).isEqualTo("CLAIMDESK");
    }

    @Test
    void aLabelInUseCannotBeRemovedTheEditorSaysWhy() {
        VerdictScale made = newsroom();
        dialogs.scales.makeDefault("NEWSROOM");
        dialogs.pasted = Optional.of(TEXT);
        presenter.pasteArticle();
        AppServices app = db();
        long articleId = app.articles().list().get(0).id();
        Claim c = app.claims().listByArticle(articleId).get(0);
        app.claims().act(c.id(), dev.claimdesk.domain.ClaimAction.ACCEPT, null, null, "Ada Lovelace");
        VerdictLabel used = made.labels().get(0);
        app.claims().setVerdict(c.id(), used.id(), "The operator's report says so.", "Ada Lovelace");

        List<VerdictLabel> without = new ArrayList<>(made.labels());
        without.remove(0);
        dialogs.scales.save(new VerdictScale(made.id(), made.code(), made.name(), without), List.of());

        assertThat(editor.problems)
                .singleElement()
                .asString()
                .contains("\"" + used.name() + "\" is the verdict of claims already")
                .contains("Retire it instead");
        assertThat(db().scales().find("NEWSROOM").orElseThrow().labels()).hasSameSizeAs(made.labels());
    }

    @Test
    void aScaleIsExportedAndImportedIntoAnotherDatabaseAndABadFileIsRefused() throws Exception {
        VerdictScale made = newsroom();
        Path file = dir.resolve("newsroom.scale.json");
        dialogs.scaleFile = Optional.of(file);
        dialogs.scales.export("NEWSROOM");
        assertThat(file).exists();
        assertThat(view.status).isEqualTo("Exported the scale NEWSROOM to newsroom.scale.json.");

        db = dir.resolve("other.db");
        presenter = open(db);
        presenter.verdictScales();
        dialogs.scales.importScale();
        assertThat(editor.selected).isEqualTo("NEWSROOM");
        assertThat(editor.scale("NEWSROOM").labels())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "scaleId")
                .containsExactlyElementsOf(made.labels());

        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"something else\"}");
        dialogs.scaleFile = Optional.of(bad);
        int before = db().scales().list().size();
        dialogs.scales.importScale();
        assertThat(editor.problems).singleElement().asString().doesNotContain("Exception");
        assertThat(db().scales().list()).hasSize(before);

        dialogs.scaleFile = Optional.of(file);
        dialogs.scales.importScale();
        assertThat(editor.problems).singleElement().asString().contains("already has a scale with the code NEWSROOM");
    }
}
