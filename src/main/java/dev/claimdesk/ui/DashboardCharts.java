package dev.claimdesk.ui;

import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.DeskStats;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.swing.UIManager;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.style.Styler;

/**
 * The dashboard's charts, built with XChart (decision 0030) from the desk's figures. One builder
 * serves the window and the PNG and SVG files, so a saved chart is the chart on screen. Builders
 * take a {@link Style} read from the theme on the event thread, so a file can be drawn in the
 * background.
 */
final class DashboardCharts {
    /** The longest article title on an axis; the CSV has the whole title. */
    static final int TITLE_ON_AXIS = 26;

    /** Up to this many days the approvals are shown per day, beyond it per week. */
    static final int DAYS_SHOWN = 45;

    /** The dashboard's charts, each with its file stem and its table of numbers. */
    enum Kind {
        STATES("claims-by-state", "Claims by state per article, now", dev.claimdesk.domain.StatsTable.STATES),
        VERDICTS("verdicts", "Approved verdicts, now", dev.claimdesk.domain.StatsTable.VERDICTS),
        APPROVED_PER_DAY(
                "approved-per-day", "Claims approved per day (UTC)", dev.claimdesk.domain.StatsTable.APPROVED_PER_DAY),
        REVIEWERS("reviewers", "Each reviewer's open work and throughput", dev.claimdesk.domain.StatsTable.REVIEWERS);

        final String stem;
        final String title;
        final dev.claimdesk.domain.StatsTable table;

        Kind(String stem, String title, dev.claimdesk.domain.StatsTable table) {
            this.stem = stem;
            this.title = title;
            this.table = table;
        }
    }

    /** The series of the reviewers' chart. */
    static final String OPEN = "Open work";

    static final String VERDICTS_GIVEN = "Verdicts given";
    static final String DECISIONS = "Decisions (approvals, adjudications)";
    static final String APPROVED = "Approved";

    /** The theme's colours and font, read on the event thread. */
    record Style(
            Color background,
            Color plot,
            Color foreground,
            Color grid,
            Font font,
            Map<ClaimState, Color> states,
            List<Color> series,
            float verdictLighten) {

        static Style fromTheme() {
            Map<ClaimState, Color> states = new EnumMap<>(ClaimState.class);
            for (ClaimState s : ClaimState.values()) {
                states.put(s, ClaimColours.state(s));
            }
            Color inResearch = UIManager.getColor("ClaimDesk.chart.inResearch");
            if (inResearch != null) {
                states.put(ClaimState.IN_RESEARCH, inResearch);
            }
            List<Color> series = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                Color c = UIManager.getColor("ClaimDesk.chart.series" + i);
                series.add(c == null ? Color.GRAY : c);
            }
            Font font = UIManager.getFont("Label.font");
            return new Style(
                    orElse(UIManager.getColor("Panel.background"), Color.WHITE),
                    orElse(UIManager.getColor("ClaimDesk.articleText.background"), Color.WHITE),
                    orElse(UIManager.getColor("Label.foreground"), Color.BLACK),
                    orElse(UIManager.getColor("ClaimDesk.chart.grid"), Color.LIGHT_GRAY),
                    font == null ? new Font(Font.DIALOG, Font.PLAIN, 13) : font,
                    Map.copyOf(states),
                    List.copyOf(series),
                    UIManager.getInt("ClaimDesk.verdict.lighten") / 100f);
        }

        private static Color orElse(Color c, Color fallback) {
            return c == null ? fallback : c;
        }
    }

    private DashboardCharts() {}

    /** What a chart says when it has nothing to draw. */
    static String emptyText(Kind kind) {
        return switch (kind) {
            case STATES -> "No claims yet.";
            case VERDICTS -> "No claim approved yet.";
            case APPROVED_PER_DAY -> "No claim approved in this period.";
            case REVIEWERS -> "No reviewer has work or verdicts in this period.";
        };
    }

    /** The chart of {@code kind}, or empty when there is nothing to draw. */
    static Optional<CategoryChart> chart(Kind kind, DeskStats s, Style style, int width, int height) {
        return chart(kind, s, style, width, height, LocalDate.now(java.time.ZoneOffset.UTC));
    }

    /** {@code today} (UTC) ends the time axis of a chosen period, so a quiet spell shows as one. */
    static Optional<CategoryChart> chart(Kind kind, DeskStats s, Style style, int width, int height, LocalDate today) {
        Optional<CategoryChart> chart = switch (kind) {
            case STATES -> states(s, style, width, height);
            case VERDICTS -> verdicts(s, style, width, height);
            case APPROVED_PER_DAY -> perDay(s, style, width, height, today);
            case REVIEWERS -> reviewers(s, style, width, height);
        };
        // One or two bars would otherwise fill the whole width.
        chart.ifPresent(c -> {
            int bars = c.getSeriesMap().values().stream()
                    .findFirst()
                    .map(x -> x.getXData().size())
                    .orElse(0);
            if (bars <= 2) {
                c.getStyler().setAvailableSpaceFill(0.3);
            }
        });
        return chart;
    }

    /** The label of an article on the axis: its number and its title, shortened. */
    static String articleLabel(DeskStats.ArticleStates a, int maxChars) {
        String title = a.title() == null || a.title().isBlank()
                ? "(untitled)"
                : a.title().strip();
        int max = Math.max(4, Math.min(TITLE_ON_AXIS, maxChars));
        if (title.codePointCount(0, title.length()) > max) {
            title = title.substring(0, title.offsetByCodePoints(0, max - 1)).strip() + "…";
        }
        return "#" + a.articleId() + " " + title;
    }

    private static Optional<CategoryChart> states(DeskStats s, Style style, int width, int height) {
        if (s.articles().isEmpty()) {
            return Optional.empty();
        }
        CategoryChart chart = base(Kind.STATES, style, width, height, "Claims");
        chart.getStyler().setStacked(true);
        // The six states stand in a column at the right; the titles share what is left, unturned.
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        // Characters of title per bar: the plot's width (less the legend and the axis) shared out, less "#12 ".
        float charWidth = style.font().getSize2D() * 0.6f;
        int perBar = (int) ((Math.max(width, 200) - 200) / (float) s.articles().size() / charWidth) - 4;
        List<String> x = s.articles().stream().map(a -> articleLabel(a, perBar)).toList();
        List<Color> colours = new ArrayList<>();
        for (ClaimState st : ClaimState.values()) {
            List<Number> y = new ArrayList<>();
            for (DeskStats.ArticleStates a : s.articles()) {
                y.add(a.claims().getOrDefault(st, 0L));
            }
            chart.addSeries(st.label(), x, y);
            colours.add(style.states().get(st));
        }
        chart.getStyler().setSeriesColors(colours.toArray(Color[]::new));
        if (perBar < 4) {
            chart.getStyler().setXAxisLabelRotation(45);
        }
        return Optional.of(chart);
    }

    /**
     * One bar per verdict label, in the scale's colour: a stacked series per label holding its own
     * bar only (XChart colours series, not bars).
     */
    private static Optional<CategoryChart> verdicts(DeskStats s, Style style, int width, int height) {
        if (s.verdicts().isEmpty()) {
            return Optional.empty();
        }
        CategoryChart chart = base(Kind.VERDICTS, style, width, height, "Claims");
        chart.getStyler().setStacked(true);
        chart.getStyler().setLegendVisible(false);
        List<String> x = verdictNames(s.verdicts());
        List<Color> colours = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            List<Number> y = new ArrayList<>();
            for (int j = 0; j < x.size(); j++) {
                y.add(i == j ? s.verdicts().get(i).claims() : 0L);
            }
            chart.addSeries(x.get(i), x, y);
            Color c = ClaimColours.parse(s.verdicts().get(i).colour());
            colours.add(
                    style.verdictLighten() > 0
                            ? com.formdev.flatlaf.util.ColorFunctions.lighten(c, style.verdictLighten())
                            : c);
        }
        chart.getStyler().setSeriesColors(colours.toArray(Color[]::new));
        return Optional.of(chart);
    }

    /** The labels' names, made unique (two scales may both have "False"). */
    static List<String> verdictNames(List<DeskStats.VerdictCount> verdicts) {
        Set<String> seen = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (DeskStats.VerdictCount v : verdicts) {
            String name = v.name() == null || v.name().isBlank() ? v.code() : v.name();
            names.add(seen.add(name) ? name : name + " (" + v.code() + ")");
        }
        return names;
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /** Every day from the first (or the period's start) to the last, days without approvals as 0. */
    /** The buckets of the time axis: days up to {@link #DAYS_SHOWN}, weeks up to half a year, then months. */
    enum Bucket {
        DAY,
        WEEK,
        MONTH
    }

    static Bucket bucket(LocalDate first, LocalDate last) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(first, last);
        return days < DAYS_SHOWN ? Bucket.DAY : days < 183 ? Bucket.WEEK : Bucket.MONTH;
    }

    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /**
     * Every day (week, month) from the first approval, or the period's start, to the last approval,
     * or today when a period is chosen; those without approvals as 0.
     */
    private static Optional<CategoryChart> perDay(DeskStats s, Style style, int width, int height, LocalDate today) {
        if (s.approvedPerDay().isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = s.approvedPerDay().firstKey();
        LocalDate last = s.approvedPerDay().lastKey();
        if (s.since() != null) {
            first = s.since().isBefore(first) ? s.since() : first;
            last = today.isAfter(last) ? today : last;
        }
        Bucket bucket = bucket(first, last);
        if (bucket == Bucket.WEEK) {
            first = first.with(java.time.DayOfWeek.MONDAY);
        } else if (bucket == Bucket.MONTH) {
            first = first.withDayOfMonth(1);
        }
        boolean years = first.getYear() != last.getYear();
        List<String> x = new ArrayList<>();
        List<Number> y = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); ) {
            LocalDate next = switch (bucket) {
                case DAY -> d.plusDays(1);
                case WEEK -> d.plusWeeks(1);
                case MONTH -> d.plusMonths(1);
            };
            long n = 0;
            for (LocalDate e = d; e.isBefore(next); e = e.plusDays(1)) {
                n += s.approvedPerDay().getOrDefault(e, 0L);
            }
            String day = (years ? DAY_YEAR : DAY).format(d);
            x.add(
                    switch (bucket) {
                        case DAY -> day;
                        case WEEK -> "w/c " + day;
                        case MONTH -> MONTH.format(d);
                    });
            y.add(n);
            d = next;
        }
        CategoryChart chart = base(Kind.APPROVED_PER_DAY, style, width, height, "Claims");
        if (bucket == Bucket.WEEK) {
            chart.setTitle("Claims approved per week (UTC, weeks from Monday)");
        } else if (bucket == Bucket.MONTH) {
            chart.setTitle("Claims approved per month (UTC)");
        }
        chart.getStyler().setLegendVisible(false);
        chart.addSeries(APPROVED, x, y);
        chart.getStyler().setSeriesColors(new Color[] {style.states().get(ClaimState.APPROVED)});
        if (x.size() > 7) {
            chart.getStyler().setXAxisLabelRotation(45);
        }
        return Optional.of(chart);
    }

    private static Optional<CategoryChart> reviewers(DeskStats s, Style style, int width, int height) {
        if (s.reviewers().isEmpty()) {
            return Optional.empty();
        }
        CategoryChart chart = base(Kind.REVIEWERS, style, width, height, "Claims");
        List<String> x =
                s.reviewers().stream().map(DeskStats.ReviewerWork::reviewer).toList();
        chart.addSeries(
                OPEN, x, s.reviewers().stream().map(r -> (Number) r.open()).toList());
        chart.addSeries(
                VERDICTS_GIVEN,
                x,
                s.reviewers().stream().map(r -> (Number) r.verdictsGiven()).toList());
        chart.addSeries(
                DECISIONS,
                x,
                s.reviewers().stream().map(r -> (Number) r.decisions()).toList());
        chart.getStyler().setSeriesColors(style.series().toArray(Color[]::new));
        if (x.size() > 4) {
            chart.getStyler().setXAxisLabelRotation(30);
        }
        return Optional.of(chart);
    }

    private static CategoryChart base(Kind kind, Style style, int width, int height, String yTitle) {
        CategoryChart chart = new CategoryChartBuilder()
                .width(Math.max(width, 200))
                .height(Math.max(height, 150))
                .title(kind.title)
                .yAxisTitle(yTitle)
                .build();
        var st = chart.getStyler();
        Font font = style.font();
        st.setBaseFont(font);
        st.setChartTitleFont(font.deriveFont(Font.BOLD, font.getSize2D() + 1f));
        st.setLegendFont(font);
        st.setAxisTitleFont(font);
        st.setAxisTickLabelsFont(font.deriveFont(font.getSize2D() - 1f));
        st.setChartBackgroundColor(style.background());
        st.setPlotBackgroundColor(style.plot());
        st.setLegendBackgroundColor(style.background());
        st.setLegendBorderColor(style.grid());
        st.setChartFontColor(style.foreground());
        st.setAxisTickLabelsColor(style.foreground());
        st.setAxisTickMarksColor(style.grid());
        st.setPlotBorderColor(style.grid());
        st.setPlotGridLinesColor(style.grid());
        st.setPlotGridLinesStroke(new BasicStroke(1f));
        st.setPlotGridVerticalLinesVisible(false);
        st.setChartTitleBoxVisible(false);
        st.setLegendPosition(Styler.LegendPosition.OutsideS);
        st.setLegendLayout(Styler.LegendLayout.Horizontal);
        st.setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Bar);
        st.setToolTipsEnabled(false);
        st.setYAxisMin(0.0);
        // Counts are whole numbers: no tick reads "0.5", and no two ticks both read "1".
        st.setyAxisTickLabelsFormattingFunction(v -> v == Math.rint(v) ? String.valueOf(v.longValue()) : "");
        st.setAvailableSpaceFill(0.7);
        st.setChartPadding(8);
        return chart;
    }

    /** The chart as a PNG image. */
    static void png(CategoryChart chart, OutputStream out) throws IOException {
        BufferedImage image = BitmapEncoder.getBufferedImage(chart);
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("No PNG writer");
        }
    }

    /** The chart as an SVG drawing (text stays text, so it scales and can be searched). */
    static void svg(CategoryChart chart, OutputStream out) throws IOException {
        VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    }
}
