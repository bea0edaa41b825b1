package dev.claimdesk.ui;

import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Reviewer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every question and message the UI puts to the user, so presenters test without windows. */
public interface DialogService {

    void showError(String title, String message);

    Optional<Path> chooseArticleFile();

    Optional<Path> chooseDatabaseFile();

    /** Shows the source details found on import for checking; empty when the user keeps them. */
    Optional<ArticleMetadata> editMetadata(String heading, ArticleMetadata found);

    /** Asks what to export and where; empty when cancelled. */
    Optional<ExportChoice> askExport(
            Long articleId, String articleTitle, dev.claimdesk.app.ExportService.Options defaults);

    /** An export the user asked for. */
    record ExportChoice(dev.claimdesk.app.ExportService.Options options, Path file) {}

    /** The file chosen for an export exists: replace it? */
    boolean confirmReplace(Path file);

    /** Tells the user something went as asked, with details (e.g. what an export left out). */
    void showInfo(String title, String message);

    /**
     * File > Connect to team server…: host, port, database, login, password (empty: PGPASSWORD or
     * ~/.pgpass) and TLS. {@code prefill} fills the form (null: empty); {@code problem} is said
     * above it (why the last attempt failed; null: nothing). Empty when cancelled.
     */
    default java.util.Optional<dev.claimdesk.app.DatabaseLocation.Server> askServer(
            dev.claimdesk.domain.ServerAddress prefill, String problem) {
        return java.util.Optional.empty();
    }

    /** Asks for a required comment (returning a claim, reopening it); empty when cancelled. */
    Optional<String> askComment(String title, String prompt);

    /** Asks why a claim is dismissed; empty when cancelled. */
    Optional<dev.claimdesk.domain.DismissReason> askDismissReason(String claimText);

    /** Asks for pasted article text; empty when cancelled. */
    Optional<String> askPastedText();

    /** The evidence editor: a new item ({@code existing} null) or a change; empty when cancelled. */
    Optional<dev.claimdesk.domain.Evidence> editEvidence(
            dev.claimdesk.domain.Claim claim, dev.claimdesk.domain.Evidence existing, String reviewer);

    /** Which claim is the original of a duplicate; empty when cancelled. */
    Optional<dev.claimdesk.domain.Claim> chooseOriginal(
            dev.claimdesk.domain.Claim duplicate, List<dev.claimdesk.domain.Claim> candidates);

    /** Whom to hand a claim to: a reviewer's name, or "" for nobody; empty when cancelled. */
    Optional<String> chooseAssignee(dev.claimdesk.domain.Claim claim, List<Reviewer> reviewers);

    /** Where to create a new database; empty when cancelled. */
    Optional<Path> chooseNewDatabaseFile();

    /** Opens a web address in the browser; false when there is no browser to open. */
    boolean browse(String url);

    void copyToClipboard(String text);

    /** After a database could not be opened: what now? */
    DatabaseProblemChoice askAfterDatabaseProblem(String title, String message);

    /**
     * After a damaged database of which a backup exists: as {@link #askAfterDatabaseProblem}, with
     * "Restore newest backup" ({@link DatabaseProblemChoice#RESTORE_NEWEST}) as well.
     */
    default DatabaseProblemChoice askAfterDamage(String title, String message) {
        return askAfterDatabaseProblem(title, message);
    }

    /**
     * Shows what a second reviewer is about to approve and asks for an optional comment. Empty when
     * cancelled; otherwise the comment ("" for none).
     */
    Optional<String> confirmApproval(ApprovalSummary summary);

    /** Asks who the user is; {@code firstRun} explains why on the first start. Empty when cancelled. */
    Optional<ReviewerInput> askReviewer(List<Reviewer> known, String current, boolean firstRun);

    /** Shows the verdict-scale editor for {@code presenter}, first with {@code first}; returns when it closes. */
    default void editScales(ScalesPresenter presenter, ScaleChoices first) {}

    /** Where to save an evidence item's local copy ({@code suggestedName} proposed); empty when cancelled. */
    default Optional<Path> chooseLocalCopyTarget(String suggestedName) {
        return Optional.empty();
    }

    /**
     * Where to save a dashboard chart or its numbers ({@code suggestedName}, a file ending in
     * {@code extension}); empty when cancelled.
     */
    default Optional<Path> chooseChartFile(String suggestedName, String extension) {
        return Optional.empty();
    }

    /** A verdict-scale file to write ({@code suggestedName}) or to read (null); empty when cancelled. */
    default Optional<Path> chooseScaleFile(String suggestedName) {
        return Optional.empty();
    }

    /** Asks for the code and name of a new scale; empty when cancelled. */
    default Optional<NewScale> askNewScale(String copiedFrom) {
        return Optional.empty();
    }

    /** The code and name typed for a new scale; the service validates them. */
    record NewScale(String code, String name) {}

    enum DatabaseProblemChoice {
        RESTORE_NEWEST,
        OPEN_OTHER,
        CREATE_NEW,
        QUIT
    }

    /** A name and initials as typed; the service validates them. */
    record ReviewerInput(String name, String initials) {}

    /** Asks for an article's review mode (decision 0027); empty when cancelled. */
    default Optional<dev.claimdesk.app.BlindReviewService.Mode> chooseReviewMode(
            dev.claimdesk.app.BlindReviewService.Mode current) {
        return Optional.empty();
    }

    /** Lets an adjudicator pick a claim of the adjudication queue; empty when cancelled. */
    default Optional<dev.claimdesk.domain.Claim> chooseToAdjudicate(List<dev.claimdesk.domain.Claim> queue) {
        return Optional.empty();
    }
}
