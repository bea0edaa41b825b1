package dev.claimdesk.ui;

import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.DeskStats;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The dashboard: shows it, loads the figures of the chosen slice in the background, loads them
 * again whenever the data changes while it is shown (an edit here, an undo, another reviewer's
 * change on the team server), and saves charts and numbers.
 */
final class DashboardPresenter implements DashboardPanel.Listener {
    /** Saved charts are drawn at this size, whatever the window's. */
    static final int FILE_WIDTH = 1200;

    static final int FILE_HEIGHT = 720;

    private final Workbench w;
    private final Clock clock;
    private boolean shown;
    private long articleId;
    private DashboardFigures.Period period = DashboardFigures.Period.ALL;
    private DashboardFigures.Shown last;

    DashboardPresenter(Workbench w, Clock clock) {
        this.w = w;
        this.clock = clock;
    }

    boolean isShown() {
        return shown;
    }

    /** View > Dashboard: shows it, or goes back to the articles. */
    void toggle() {
        if (shown) {
            closeDashboard();
        } else {
            shown = true;
            w.view().showDashboard(true);
            load();
        }
    }

    @Override
    public void closeDashboard() {
        shown = false;
        w.view().showDashboard(false);
    }

    /** Something changed in the database: the dashboard, if shown, loads again. */
    void dataChanged() {
        if (shown) {
            load();
        }
    }

    /** Another database was opened: the slice starts again from all articles. */
    void databaseOpened() {
        articleId = 0;
        last = null;
        dataChanged();
    }

    @Override
    public void sliceChosen(long article, DashboardFigures.Period p) {
        this.articleId = article;
        this.period = p;
        load();
    }

    private record Loaded(DeskStats stats, List<Article> articles) {}

    private void load() {
        long a = articleId;
        DashboardFigures.Period p = period;
        LocalDate since = p.since(LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)));
        w.actions()
                .action("Loading the dashboard", c -> {
                    List<Article> articles = c.services().articles().list();
                    long chosen = articles.stream().anyMatch(x -> x.id() == a) ? a : 0;
                    return new Loaded(c.services().stats().stats(chosen, since), articles);
                })
                .latest("dashboard")
                .onSuccess(l -> {
                    long chosen = l.articles().stream().anyMatch(x -> x.id() == a) ? a : 0;
                    articleId = chosen;
                    last = new DashboardFigures.Shown(l.stats(), l.articles(), chosen, p);
                    if (shown) {
                        w.view().showDashboardFigures(last);
                    }
                })
                .run();
    }

    /** The figures shown last (null before the first load). */
    DashboardFigures.Shown shownFigures() {
        return last;
    }

    @Override
    public void saveChart(DashboardCharts.Kind kind, DashboardPanel.ChartFormat format) {
        DashboardFigures.Shown s = last;
        if (s == null) {
            return;
        }
        Optional<Path> chosen = w.dialogs().chooseChartFile(fileName(kind.stem, s, format.extension), format.extension);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        if (format == DashboardPanel.ChartFormat.CSV) {
            saveTable(s.stats(), kind.table, file);
            return;
        }
        // The theme is read here, on the event thread; the chart is drawn and written in the background.
        DashboardCharts.Style style = DashboardCharts.Style.fromTheme();
        DeskStats stats = s.stats();
        w.actions()
                .action("Saving the chart", c -> {
                    c.services().exports().writeFile(file, out -> {
                        var chart = DashboardCharts.chart(kind, stats, style, FILE_WIDTH, FILE_HEIGHT)
                                .orElseThrow(() -> new java.io.IOException("nothing to draw"));
                        if (format == DashboardPanel.ChartFormat.PNG) {
                            DashboardCharts.png(chart, out);
                        } else {
                            DashboardCharts.svg(chart, out);
                        }
                    });
                    return file;
                })
                .status(f -> "Saved the chart as " + f.getFileName() + ".")
                .failureStatus("The chart was not saved.")
                .run();
    }

    @Override
    public void saveFigures() {
        DashboardFigures.Shown s = last;
        if (s == null) {
            return;
        }
        w.dialogs()
                .chooseChartFile(fileName("figures", s, "csv"), "csv")
                .ifPresent(file -> saveTable(s.stats(), dev.claimdesk.domain.StatsTable.FIGURES, file));
    }

    private void saveTable(DeskStats stats, dev.claimdesk.domain.StatsTable table, Path file) {
        w.actions()
                .action("Saving the numbers", c -> {
                    c.services().exports().writeStatsCsv(stats, table, file);
                    return file;
                })
                .status(f -> "Saved the numbers as " + f.getFileName() + ".")
                .failureStatus("The numbers were not saved.")
                .run();
    }

    /** "claims-by-state-article-3-since-2026-11-04.png": what and which slice, so saved files do not mix up. */
    static String fileName(String stem, DashboardFigures.Shown s, String extension) {
        StringBuilder b = new StringBuilder(stem);
        if (s.articleId() > 0) {
            b.append("-article-").append(s.articleId());
        }
        if (s.stats().since() != null) {
            b.append("-since-").append(s.stats().since());
        }
        return b.append('.').append(extension).toString();
    }
}
