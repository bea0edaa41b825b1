package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.ExportService;
import dev.claimdesk.app.Settings;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.ui.MainPresenterTest.FakeDialogs;
import dev.claimdesk.ui.MainPresenterTest.FakeView;
import dev.claimdesk.ui.task.ImmediateTaskRunner;
import dev.claimdesk.ui.task.QueuedTaskRunner;
import dev.claimdesk.ui.task.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defects the workspace review found, each as it was reproduced: late results that overwrote
 * newer ones, an undo of a split that was half done, a "Create a new database" that opened a
 * chooser for existing files, an export failure that spoke of imports, a damaged setting.
 */
class WorkspaceDefectsTest {
    @TempDir
    Path dir;

    final FakeView view = new FakeView();
    final FakeDialogs dialogs = new FakeDialogs();
    Settings settings;
    Path db;
    MainPresenter presenter;

    private MainPresenter open(TaskRunner runner) {
        db = dir.resolve("w.db");
        AppServices.open(db, Clock.systemUTC()).reviewers().findOrCreate("Ada Lovelace", "AL");
        settings = Settings.load(dir.resolve("settings.properties"));
        settings.put(MainPresenter.REVIEWER_SETTING, "Ada Lovelace");
        presenter = new MainPresenter(
                view, dialogs, runner, settings, f -> AppServices.open(f, Clock.systemUTC()), () -> view.quit = true);
        return presenter;
    }

    private AppServices app() {
        return AppServices.open(db, Clock.systemUTC());
    }

    private long importArticle(String title, String text) {
        return app().articles()
                .importText(
                        text,
                        ArticleFormat.PASTE,
                        new ArticleMetadata(title, null, null, null, null),
                        "en",
                        "Ada Lovelace")
                .article()
                .id();
    }

    @Test
    void anArticleLoadThatArrivesLateNeverReplacesTheArticleChosenAfterIt() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        open(runner);
        long a = importArticle("First", "The dam holds 3 billion cubic metres of water, the agency said.");
        long b = importArticle("Second", MainPresenterTest.TWO_CLAIMS);
        presenter.openDatabase(db);
        runner.completeAll();

        presenter.selectArticle(a);
        presenter.selectArticle(b);
        runner.completeNewest("Loading the article"); // the second article's load finishes first …
        runner.complete("Loading the article"); // … the first one's arrives late

        assertThat(view.shownArticle.id()).isEqualTo(b);
        // A selection in the text on screen (the second article's) becomes a claim of that article.
        String body = app().articles().get(b).bodyText();
        int start = body.indexOf("The park cost");
        presenter.markClaim(start, start + "The park cost 4.6 billion euros".length());
        runner.completeAll();
        Claim added = view.changed.get(view.changed.size() - 1);
        assertThat(added.articleId()).isEqualTo(b);
        assertThat(added.text()).isEqualTo("The park cost 4.6 billion euros");
    }

    @Test
    void anOlderArticleListArrivingLateDoesNotHideANewArticle() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        open(runner);
        importArticle("First", "The dam holds 3 billion cubic metres of water, the agency said.");
        presenter.openDatabase(db);
        runner.completeAll();

        presenter.refresh(); // lists one article …
        long second = importArticle("Second", MainPresenterTest.TWO_CLAIMS);
        presenter.refresh(); // … this one lists both
        runner.completeNewest("Loading articles");
        runner.complete("Loading articles"); // the older list, late
        runner.completeAll();

        assertThat(view.articles).extracting(dev.claimdesk.domain.Article::id).contains(second);
    }

    @Test
    void aLateSearchResultOrClaimDetailIsDropped() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        open(runner);
        long b = importArticle("Second", MainPresenterTest.TWO_CLAIMS);
        presenter.openDatabase(db);
        runner.completeAll();
        List<Claim> claims = app().claims().listByArticle(b);

        presenter.search("battery");
        presenter.search("council");
        runner.completeNewest("Searching");
        runner.complete("Searching");
        assertThat(view.searchHits).containsExactly(claims.get(1).id());

        presenter.claimSelected(claims.get(0));
        presenter.claimSelected(claims.get(1));
        runner.completeNewest("Loading the claim");
        runner.complete("Loading the claim");
        assertThat(view.detail.claim().id()).isEqualTo(claims.get(1).id());
    }

    @Test
    void clearingTheSearchOrChangingTheArticleTakesTheMatchCountOutOfTheStatusBar() {
        open(new ImmediateTaskRunner());
        long a = importArticle("First", "The dam holds 3 billion cubic metres of water, the agency said.");
        importArticle("Second", MainPresenterTest.TWO_CLAIMS);
        presenter.openDatabase(db);

        presenter.search("park");
        assertThat(view.status).isEqualTo("2 claims match.");
        presenter.search("");
        assertThat(view.status).isEqualTo("Search cleared: every claim is shown.");
        assertThat(view.searchHits).isNull();

        presenter.search("park");
        presenter.selectArticle(a);
        assertThat(view.status).doesNotContain("match");
        assertThat(view.searchHits).isNull();
    }

    @Test
    void theUndoOfASplitIsAllOrNothing() {
        open(new ImmediateTaskRunner());
        presenter.openDatabase(db);
        dialogs.pasted = Optional.of(MainPresenterTest.TWO_CLAIMS);
        presenter.pasteArticle();
        Claim first = view.shownClaims.get(0);
        String body = app().articles().get(first.articleId()).bodyText();
        presenter.split(first, body.indexOf(", the operator said"));
        Claim head = app().claims().get(first.id());
        Claim tail = view.changed.get(view.changed.size() - 1);
        // Someone else works on the split-off part meanwhile.
        app().claims().act(tail.id(), ClaimAction.ACCEPT, null, null, "Grace Hopper");

        presenter.undo();

        assertThat(dialogs.errors).singleElement().asString().contains("was changed since");
        assertThat(app().claims().get(first.id()).text()).isEqualTo(head.text()); // not grown back alone
        assertThat(app().claims().get(tail.id()).state()).isEqualTo(ClaimState.OPEN);
    }

    @Test
    void createANewDatabaseAsksWhereToCreateOneAndOpensIt() throws Exception {
        open(new ImmediateTaskRunner());
        Path notADatabase = Files.writeString(dir.resolve("notes.db"), "these are my notes, not a database\n");
        Path fresh = dir.resolve("fresh.db");
        dialogs.problemAnswers.push(DialogService.DatabaseProblemChoice.CREATE_NEW);
        dialogs.newDatabaseAnswer = Optional.of(fresh);

        presenter.openDatabase(notADatabase);

        assertThat(view.quit).isFalse();
        assertThat(fresh).exists();
        assertThat(view.recent).first().isEqualTo(fresh.toAbsolutePath().normalize());
        assertThat(Files.readString(notADatabase)).startsWith("these are my notes");
    }

    @Test
    void aFailedExportSaysNothingWasExported() throws Exception {
        open(new ImmediateTaskRunner());
        presenter.openDatabase(db);
        Path aFile = Files.writeString(dir.resolve("a-file"), "x");
        dialogs.exportAnswer = Optional.of(new DialogService.ExportChoice(
                new ExportService.Options(ExportService.Kind.CSV, 0, false, false, null, null, null),
                aFile.resolve("out.csv"))); // a "folder" that is a file

        presenter.export(null);

        assertThat(view.status).isEqualTo("Nothing was exported.");
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).doesNotContain("import");
    }

    @Test
    void anUnknownExportKindInTheSettingsFallsBackToCsv() {
        open(new ImmediateTaskRunner());
        presenter.openDatabase(db);
        settings.put(ExportPresenter.KIND_SETTING, "SPREADSHEET_OF_THE_FUTURE");

        presenter.export(null);

        assertThat(dialogs.exportDefaults.kind()).isEqualTo(ExportService.Kind.CSV);
        settings.put(ExportPresenter.KIND_SETTING, "claimreview");
        presenter.export(null);
        assertThat(dialogs.exportDefaults.kind()).isEqualTo(ExportService.Kind.CLAIMREVIEW);
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenTheUserSaysSo() throws Exception {
        open(new ImmediateTaskRunner());
        presenter.openDatabase(db);
        dialogs.pasted = Optional.of(MainPresenterTest.TWO_CLAIMS);
        presenter.pasteArticle();
        Path yesterday = Files.writeString(dir.resolve("verdicts.csv"), "yesterday's export\n");
        dialogs.exportAnswer = Optional.of(new DialogService.ExportChoice(
                new ExportService.Options(ExportService.Kind.CSV, 0, false, false, null, null, null), yesterday));

        dialogs.replaceAnswer = false;
        presenter.export(null);
        assertThat(dialogs.replaceAsked).containsExactly(yesterday);
        assertThat(Files.readString(yesterday)).isEqualTo("yesterday's export\n");
        assertThat(view.status).isEqualTo("Nothing was exported; verdicts.csv is unchanged.");

        dialogs.replaceAnswer = true;
        presenter.export(null);
        assertThat(Files.readString(yesterday)).startsWith("claim_id");
        assertThat(view.status).startsWith("Exported 2 claims");

        Path fresh = dir.resolve("new.csv");
        dialogs.exportAnswer = Optional.of(new DialogService.ExportChoice(
                new ExportService.Options(ExportService.Kind.CSV, 0, false, false, null, null, null), fresh));
        presenter.export(null);
        assertThat(dialogs.replaceAsked).hasSize(2); // a new file is not asked about
        assertThat(fresh).exists();
    }
}
