package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.Settings;
import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.Reviewer;
import dev.claimdesk.ingest.TestFiles;
import dev.claimdesk.ui.task.ImmediateTaskRunner;
import dev.claimdesk.ui.task.TaskHandle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's logic, without a window: a fake view and fake dialogs, tasks run at once. */
class MainPresenterTest {
    @TempDir
    Path dir;

    final FakeView view = new FakeView();
    final FakeDialogs dialogs = new FakeDialogs();
    MainPresenter presenter;
    Path db;

    @BeforeEach
    void start() {
        db = dir.resolve("p.db");
        AppServices.open(db, Clock.systemUTC()).reviewers().findOrCreate("Ada Lovelace", "AL");
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        settings.put(MainPresenter.REVIEWER_SETTING, "Ada Lovelace");
        presenter = new MainPresenter(
                view,
                dialogs,
                new ImmediateTaskRunner(),
                settings,
                f -> AppServices.open(f, Clock.systemUTC()),
                () -> view.quit = true);
        presenter.openDatabase(db);
    }

    @Test
    void openingRemembersTheReviewerAndShowsTheArticles() {
        assertThat(view.reviewer).isEqualTo("Ada Lovelace (AL)");
        assertThat(view.articles).isEmpty();
        assertThat(dialogs.reviewerAsked).isFalse();
    }

    @Test
    void anImportShowsTheArticleWithItsClaimsAndLetsTheUserCorrectTheDetails() throws IOException {
        Path html = dir.resolve("battery.html");
        Files.writeString(html, TestFiles.HTML);
        dialogs.metadataAnswer = Optional.of(new ArticleMetadata(
                "Battery park opens",
                "Nordhaven Post",
                "Marta Kowalczyk",
                "https://post.example/b",
                LocalDate.of(2026, 3, 4)));

        presenter.importFile(html);

        assertThat(dialogs.metadataShown).isNotNull();
        assertThat(dialogs.metadataShown.outlet()).isEqualTo("Nordhaven Post");
        assertThat(dialogs.metadataShown.publishedOn()).isEqualTo(LocalDate.of(2026, 3, 3));
        Article stored =
                AppServices.open(db, Clock.systemUTC()).articles().list().get(0);
        assertThat(stored.title()).isEqualTo("Battery park opens");
        assertThat(stored.publishedOn()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(view.shownClaims).isNotEmpty();
        assertThat(view.status).startsWith("Saved the details");
        assertThat(view.cancelOffered).as("no cancel button left behind").isNull();
    }

    @Test
    void aBadFileIsExplainedAndNothingIsStored() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        presenter.importFile(empty);
        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e).contains("empty.txt is empty"));
        assertThat(view.status).isEqualTo("Nothing was imported.");
        assertThat(AppServices.open(db, Clock.systemUTC()).articles().list()).isEmpty();
    }

    @Test
    void pastedTextBecomesAnArticle() {
        dialogs.pasted = Optional.of("The battery park in Nordhaven can store 60 GWh of electricity, the operator"
                + " said.\n\nThe park cost 4.6 billion euros according to the city council's budget report.");
        presenter.pasteArticle();
        assertThat(view.articles)
                .extracting(Article::title)
                .singleElement()
                .asString()
                .startsWith("The battery park");
        assertThat(view.shownClaims).hasSize(2);
    }

    @Test
    void anExportWritesTheFileAndSaysHowManyRows() throws IOException {
        dialogs.pasted = Optional.of("The battery park in Nordhaven can store 60 GWh of electricity, the operator"
                + " said.\n\nThe park cost 4.6 billion euros according to the city council's budget report.");
        presenter.pasteArticle();
        Path out = dir.resolve("out/verdicts.csv");
        dialogs.exportAnswer = Optional.of(new DialogService.ExportChoice(
                new dev.claimdesk.app.ExportService.Options(
                        dev.claimdesk.app.ExportService.Kind.CSV, 0, true, false, null, null, null),
                out));

        presenter.export(view.articles.get(0));

        assertThat(view.status).isEqualTo("Exported 2 claims to " + out + ".");
        assertThat(Files.readAllLines(out)).hasSize(3);
        Settings saved = Settings.load(dir.resolve("settings.properties"));
        assertThat(saved.get("export.bom")).contains("true");
    }

    @Test
    void aClaimReviewThatLeavesClaimsOutSaysWhich() {
        dialogs.pasted =
                Optional.of("The battery park in Nordhaven can store 60 GWh of electricity, the operator" + " said.");
        presenter.pasteArticle();
        dialogs.exportAnswer = Optional.of(new DialogService.ExportChoice(
                new dev.claimdesk.app.ExportService.Options(
                        dev.claimdesk.app.ExportService.Kind.CLAIMREVIEW, 0, false, false, "Desk", null, null),
                dir.resolve("cr.jsonld")));
        presenter.export(view.articles.get(0));
        assertThat(view.status).startsWith("Exported 0 claims");
        assertThat(dialogs.infos).isEmpty(); // nothing approved yet, so nothing was left out
    }

    @Test
    void proposalsAreAcceptedOrDismissedWithAReasonAndTheDatabaseFollows() {
        dialogs.pasted = Optional.of("The battery park in Nordhaven can store 60 GWh of electricity, the operator"
                + " said.\n\nThe park cost 4.6 billion euros according to the city council's budget report.");
        presenter.pasteArticle();
        Claim first = view.shownClaims.get(0);
        Claim second = view.shownClaims.get(1);

        presenter.accept(first);
        dialogs.dismissAnswer = Optional.empty();
        presenter.dismiss(second); // cancelled: nothing happens
        dialogs.dismissAnswer = Optional.of(dev.claimdesk.domain.DismissReason.NOT_SIGNIFICANT);
        presenter.dismiss(second);

        assertThat(view.changed)
                .extracting(Claim::state)
                .containsExactly(dev.claimdesk.domain.ClaimState.OPEN, dev.claimdesk.domain.ClaimState.DISMISSED);
        AppServices app = AppServices.open(db, Clock.systemUTC());
        assertThat(app.claims().get(first.id()).state()).isEqualTo(dev.claimdesk.domain.ClaimState.OPEN);
        Claim dismissed = app.claims().get(second.id());
        assertThat(dismissed.dismissReason()).isEqualTo(dev.claimdesk.domain.DismissReason.NOT_SIGNIFICANT);
        assertThat(app.claims().history(second.id())).extracting(a -> a.actor()).contains("Ada Lovelace");
        assertThat(view.status).isEqualTo("Dismissed claim 2.");
    }

    @Test
    void aVerdictGoesThroughTheFourEyesReview() {
        dialogs.pasted =
                Optional.of("The battery park in Nordhaven can store 60 GWh of electricity, the operator" + " said.");
        presenter.pasteArticle();
        Claim c = view.shownClaims.get(0);
        dev.claimdesk.domain.VerdictLabel falseLabel =
                view.scale.labelByCode("FALSE").orElseThrow();

        presenter.accept(c);
        presenter.saveVerdict(c, falseLabel, "The operator's own figure; the grid data show 40 GWh.");
        assertThat(view.status).contains("rests on no evidence");
        presenter.submit(c);
        presenter.approve(c);
        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e).contains("four-eyes"));

        dialogs.reviewerAnswer = Optional.of(new DialogService.ReviewerInput("Grace Hopper", "GH"));
        presenter.switchReviewer();
        dialogs.comment = Optional.of("Find the grid operator's report.");
        presenter.giveBack(c);
        assertThat(view.changed.get(view.changed.size() - 1).state())
                .isEqualTo(dev.claimdesk.domain.ClaimState.IN_RESEARCH);

        dialogs.reviewerAnswer = Optional.of(new DialogService.ReviewerInput("Ada Lovelace", "AL"));
        presenter.switchReviewer();
        presenter.submit(c);
        dialogs.reviewerAnswer = Optional.of(new DialogService.ReviewerInput("Grace Hopper", "GH"));
        presenter.switchReviewer();
        presenter.approve(c);

        Claim stored = AppServices.open(db, Clock.systemUTC()).claims().get(c.id());
        assertThat(stored.state()).isEqualTo(dev.claimdesk.domain.ClaimState.APPROVED);
        presenter.history(stored);
        assertThat(dialogs.history)
                .extracting(h -> h.actor() + ": " + h.action() + " " + h.fromState() + " -> " + h.toState())
                .contains(
                        "Ada Lovelace: accept PROPOSED -> OPEN",
                        "Grace Hopper: return READY_FOR_REVIEW -> IN_RESEARCH",
                        "Grace Hopper: approve READY_FOR_REVIEW -> APPROVED");
        assertThat(dialogs.history)
                .anySatisfy(
                        h -> assertThat(h.detail()).isEqualTo("The operator's own figure; the grid data show 40 GWh."));
        assertThat(AppServices.open(db, Clock.systemUTC()).claims().history(c.id()))
                .extracting(e -> e.action() + " by " + e.actor())
                .containsSubsequence(
                        "accept by Ada Lovelace",
                        "set verdict by Ada Lovelace",
                        "submit for review by Ada Lovelace",
                        "return by Grace Hopper",
                        "submit for review by Ada Lovelace",
                        "approve by Grace Hopper");
    }

    @Test
    void acceptingTwiceIsRefusedInPlainWords() {
        dialogs.pasted =
                Optional.of("The battery park in Nordhaven can store 60 GWh of electricity, the operator" + " said.");
        presenter.pasteArticle();
        Claim c = view.shownClaims.get(0);
        presenter.accept(c);
        presenter.accept(c);
        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e).contains("cannot be given the action"));
    }

    static final class FakeView implements MainView {
        List<Article> articles = List.of();
        List<Claim> shownClaims = List.of();
        String reviewer;
        String status;
        TaskHandle cancelOffered;
        boolean quit;

        @Override
        public void showArticles(List<Article> list, Long selectedId) {
            articles = list;
        }

        @Override
        public void showArticle(Article article, List<Claim> claims) {
            shownClaims = claims;
        }

        @Override
        public void offerCancel(TaskHandle handle) {
            cancelOffered = handle;
        }

        @Override
        public void showReviewer(String name) {
            reviewer = name;
        }

        @Override
        public void showDatabase(Path file) {}

        @Override
        public void showStatus(String message) {
            status = message;
        }

        @Override
        public void setDatabaseReady(boolean ready) {}

        final List<Claim> changed = new ArrayList<>();
        dev.claimdesk.domain.VerdictScale scale;

        @Override
        public void showScale(dev.claimdesk.domain.VerdictScale s) {
            scale = s;
        }

        @Override
        public void reviewerChanged(String name) {}

        @Override
        public void showClaimChanged(Claim claim) {
            changed.add(claim);
        }
    }

    final class FakeDialogs implements DialogService {
        final List<String> errors = new ArrayList<>();
        Optional<ArticleMetadata> metadataAnswer = Optional.empty();
        ArticleMetadata metadataShown;
        Optional<String> pasted = Optional.empty();
        boolean reviewerAsked;

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }

        @Override
        public Optional<Path> chooseArticleFile() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseDatabaseFile() {
            return Optional.empty();
        }

        @Override
        public Optional<ArticleMetadata> editMetadata(String heading, ArticleMetadata found) {
            metadataShown = found;
            return metadataAnswer;
        }

        @Override
        public Optional<String> askPastedText() {
            return pasted;
        }

        Optional<dev.claimdesk.domain.DismissReason> dismissAnswer = Optional.empty();
        Optional<String> comment = Optional.empty();
        Optional<ReviewerInput> reviewerAnswer = Optional.empty();

        @Override
        public Optional<String> askComment(String title, String prompt) {
            return comment;
        }

        List<dev.claimdesk.domain.HistoryEntry> history = List.of();

        @Override
        public void showHistory(String claimText, List<dev.claimdesk.domain.HistoryEntry> entries) {
            history = entries;
        }

        @Override
        public Optional<dev.claimdesk.domain.DismissReason> askDismissReason(String claimText) {
            return dismissAnswer;
        }

        Optional<ExportChoice> exportAnswer = Optional.empty();
        final List<String> infos = new ArrayList<>();

        @Override
        public Optional<ExportChoice> askExport(
                Long articleId, String articleTitle, dev.claimdesk.app.ExportService.Options defaults) {
            return exportAnswer;
        }

        @Override
        public void showInfo(String title, String message) {
            infos.add(message);
        }

        @Override
        public DatabaseProblemChoice askAfterDatabaseProblem(String title, String message) {
            errors.add(message);
            return DatabaseProblemChoice.QUIT;
        }

        @Override
        public Optional<ReviewerInput> askReviewer(List<Reviewer> known, String current, boolean firstRun) {
            reviewerAsked = true;
            return reviewerAnswer;
        }
    }
}
