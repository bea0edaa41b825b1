package dev.claimdesk.ui;

import dev.claimdesk.app.ExportService;
import dev.claimdesk.domain.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** File > Export: asks what and where (remembering the answers), then exports in the background. */
final class ExportPresenter {
    static final String KIND_SETTING = "export.kind";

    private final Workbench w;

    ExportPresenter(Workbench w) {
        this.w = w;
    }

    /** The saved export kind; an unknown or damaged value falls back to CSV instead of failing. */
    static ExportService.Kind savedKind(Optional<String> saved) {
        if (saved.isPresent()) {
            String v = saved.get().strip().toUpperCase(Locale.ROOT);
            for (ExportService.Kind k : ExportService.Kind.values()) {
                if (k.name().equals(v)) {
                    return k;
                }
            }
        }
        return ExportService.Kind.CSV;
    }

    void export(Article current) {
        export(current, List.of());
    }

    /**
     * File > Export; with several claims selected in the queue, the dialog offers to export only
     * those (a bulk action on the selection).
     */
    void export(Article current, List<Long> selected) {
        if (!w.state().hasDatabase()) {
            return;
        }
        var s = w.settings();
        ExportService.Options defaults = new ExportService.Options(
                savedKind(s.get(KIND_SETTING)),
                0,
                s.get("export.bom").map(Boolean::parseBoolean).orElse(false),
                false,
                s.get("export.orgName").orElse(null),
                s.get("export.orgUrl").orElse(null),
                s.get("export.urlPattern").orElse(null));
        if (current != null && selected.size() > 1) {
            defaults = defaults.withClaims(java.util.Set.copyOf(selected));
        }
        Long articleId = current == null ? null : current.id();
        w.dialogs()
                .askExport(articleId, current == null ? null : current.title(), defaults)
                .ifPresent(choice -> {
                    ExportService.Options o = choice.options();
                    s.put(KIND_SETTING, o.kind().name());
                    s.put("export.bom", Boolean.toString(o.bom()));
                    s.put("export.orgName", o.orgName());
                    s.put("export.orgUrl", o.orgUrl());
                    s.put("export.urlPattern", o.urlPattern());
                    w.saveSettings();
                    w.actions()
                            .action("Checking " + choice.file().getFileName(), c -> Files.exists(choice.file()))
                            .onSuccess(exists -> {
                                if (exists && !w.dialogs().confirmReplace(choice.file())) {
                                    w.status("Nothing was exported; "
                                            + choice.file().getFileName() + " is unchanged.");
                                    return;
                                }
                                write(o, choice.file());
                            })
                            .run();
                });
    }

    private void write(ExportService.Options o, Path file) {
        String what = o.kind() == ExportService.Kind.EVIDENCE ? " evidence items" : " claims";
        w.actions()
                .action(
                        "Exporting to " + file.getFileName(),
                        c -> c.services().exports().exportToFile(o, file))
                .failureStatus("Nothing was exported.")
                .cancellable(w.view()::offerCancel)
                .status(r -> "Exported " + r.rows() + what + " to " + file + ".")
                .onSuccess(r -> {
                    if (!r.problems().isEmpty()) {
                        w.dialogs().showInfo("Some claims were left out", String.join("\n", r.problems()));
                    }
                })
                .run();
    }
}
