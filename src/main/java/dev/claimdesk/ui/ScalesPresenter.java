package dev.claimdesk.ui;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ScaleRules;
import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.domain.VerdictScale;
import java.util.List;
import java.util.Locale;

/**
 * Settings > Verdict scales: lists the scales, saves an edited one, adds a copy under a new code,
 * makes one the desk's default, chooses the shown article's scale, exports and imports scale files.
 * Every call goes through the action runner; a refusal of the service is shown in the editor in its
 * own words. Scale changes are not undoable (they are audited); the editor says what it saved.
 */
final class ScalesPresenter {
    private final Workbench w;
    private ScalesView view;

    ScalesPresenter(Workbench w) {
        this.w = w;
    }

    /** Loads the scales, then shows the editor. */
    void open() {
        w.actions()
                .action("Loading the verdict scales", c -> load(c.services(), c.articleId()))
                .onSuccess(choices -> w.dialogs().editScales(this, choices))
                .run();
    }

    /** The editor that shows the results (null once it closed). */
    void attach(ScalesView v) {
        this.view = v;
    }

    static ScaleChoices load(AppServices s, Long articleId) {
        List<VerdictScale> all = s.scales().list();
        String defaultCode = s.scales().defaultScale().code();
        if (articleId == null) {
            return new ScaleChoices(all, defaultCode, null, null, null, null);
        }
        return new ScaleChoices(
                all,
                defaultCode,
                articleId,
                s.articles().get(articleId).title(),
                s.scales().ownScaleCode(articleId).orElse(null),
                s.scales().scaleFor(articleId));
    }

    /**
     * Saves {@code edited} (a new scale when its id is 0). {@code formProblems} are what the form
     * could not read (a rank that is not a number); with the rules' problems they stop the save.
     */
    void save(VerdictScale edited, List<String> formProblems) {
        List<String> problems = new java.util.ArrayList<>(formProblems);
        problems.addAll(ScaleRules.problems(edited));
        if (!problems.isEmpty()) {
            show(problems);
            w.status("The scale was not saved: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + " to put right.");
            return;
        }
        boolean created = edited.id() == 0;
        w.actions()
                .action(
                        "Saving the scale",
                        c -> created
                                ? c.services().scales().create(edited, c.reviewer())
                                : c.services().scales().update(edited, c.reviewer()))
                .status(s -> (created ? "Added the scale \"" : "Saved the scale \"") + s.name() + "\".")
                .onSuccess(s -> reload(s.code()))
                .onFailure(this::refused)
                .run();
    }

    /** New scale…: a copy of {@code from}'s labels (or none) under the code and name the user gives. */
    void newScale(VerdictScale from) {
        w.dialogs().askNewScale(from == null ? null : from.name()).ifPresent(answer -> {
            List<VerdictLabel> labels = from == null
                    ? List.of()
                    : from.labels().stream().map(l -> l.withScale(0, 0)).toList();
            String code = answer.code() == null ? "" : answer.code().strip().toUpperCase(Locale.ROOT);
            save(new VerdictScale(0, code, Forms.orEmpty(answer.name()).strip(), labels), List.of());
        });
    }

    void makeDefault(String code) {
        w.actions()
                .action("Making the desk's default scale", c -> {
                    c.services().scales().setDefault(code, c.reviewer());
                    return code;
                })
                .status(done -> "New articles now use the scale " + done + ".")
                .onSuccess(this::reload)
                .onFailure(this::refused)
                .run();
    }

    /** The shown article's scale: {@code code}, or null for the desk's default. */
    void chooseForArticle(long articleId, String code) {
        w.actions()
                .action("Choosing the article's scale", c -> {
                    c.services().scales().setArticleScale(articleId, code, c.reviewer());
                    return articleId;
                })
                .status(done -> code == null
                        ? "The article uses the desk's default scale."
                        : "The article's verdicts are given on the scale " + code + ".")
                .onSuccess(done -> reload(null))
                .onFailure(this::refused)
                .run();
    }

    void export(String code) {
        w.dialogs()
                .chooseScaleFile(code.toLowerCase(Locale.ROOT) + ".scale.json")
                .ifPresent(file -> w.actions()
                        .action("Exporting the scale", c -> {
                            c.services().scales().export(code, file);
                            return file;
                        })
                        .status(f -> "Exported the scale " + code + " to " + f.getFileName() + ".")
                        .onFailure(this::refused)
                        .run());
    }

    void importScale() {
        w.dialogs()
                .chooseScaleFile(null)
                .ifPresent(file -> w.actions()
                        .action(
                                "Importing the scale",
                                c -> c.services().scales().importFrom(file, c.reviewer()))
                        .status(s -> "Imported the scale \"" + s.name() + "\" (" + s.code() + ").")
                        .onSuccess(s -> reload(s.code()))
                        .onFailure(this::refused)
                        .run());
    }

    private void reload(String select) {
        w.actions()
                .action("Loading the verdict scales", c -> load(c.services(), c.articleId()))
                .onSuccess(choices -> {
                    if (choices.articleScale() != null) {
                        w.view().showScale(choices.articleScale());
                    }
                    if (view != null) {
                        view.showProblems(List.of());
                        view.showChoices(choices, select);
                    }
                })
                .run();
    }

    /** The service's refusal, in its own words, in the editor (or the error dialog when it is closed). */
    private void refused(ClaimDeskException e) {
        w.status(e.userMessage());
        if (view != null) {
            view.showProblems(List.of(e.userMessage()));
        } else {
            w.dialogs().showError(e.problem().title(), e.userMessage());
        }
    }

    private void show(List<String> problems) {
        if (view != null) {
            view.showProblems(problems);
        }
    }
}
