package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.Settings;
import dev.claimdesk.cli.Cli;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.DeskStats;
import dev.claimdesk.testsupport.Clicks;
import dev.claimdesk.testsupport.DeskFixture;
import dev.claimdesk.testsupport.GuiTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.JTable;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * The dashboard of a desk with five articles and three reviewers shows exactly the numbers
 * {@code claimdesk stats} prints for the same slice: all articles, one article, a period. Its
 * charts and numbers save as PNG, SVG and CSV that read back, and it loads again when the data
 * changes while it is shown.
 */
@GuiTest
class DashboardGuiTest {
    Path dir;
    Path db;
    FrameFixture window;
    MainFrame frame;

    @BeforeEach
    void aDeskAtWork() throws Exception {
        Path root = Path.of("target", "dashboard");
        Files.createDirectories(root);
        dir = Files.createTempDirectory(root, "t");
        db = dir.resolve("desk.db");
        DeskFixture.build(db);
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    private void openWindow(Robot robot) {
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        settings.put(ReviewerPresenter.REVIEWER_SETTING, DeskFixture.GRACE);
        frame = GuiActionRunner.execute(() ->
                new UiStarter(() -> {}).open(settings, db, file -> AppServices.open(file, Clock.systemUTC())));
        window = new FrameFixture(robot, frame);
        window.requireVisible();
        JTable queue = robot.finder().findByName("claimTable", JTable.class, false);
        waitUntil("the articles are listed", () -> queue.isShowing() && queue.getRowCount() > 0);
    }

    private DashboardPanel panel() {
        return frame.dashboard();
    }

    private void showDashboard() {
        window.menuItem("menuDashboard").click();
        waitUntil("the dashboard shows figures", () -> panel().isShowing() && panel().shown() != null);
    }

    @Test
    void theDashboardShowsTheNumbersOfClaimdeskStats(Robot robot) throws Exception {
        openWindow(robot);
        showDashboard();
        assertSameAsStats(stats());

        // One article: the article chooser changes every figure to that article's.
        long blindArticle = 3;
        GuiActionRunner.execute(() -> {
            var combo = window.comboBox("dashboardArticle").target();
            for (int i = 0; i < combo.getItemCount(); i++) {
                if (((DashboardPanel.ArticleChoice) combo.getItemAt(i)).id() == blindArticle) {
                    combo.setSelectedIndex(i);
                }
            }
        });
        waitUntil("the article's figures are shown", () -> panel().shown().articleId() == blindArticle);
        JsonNode one = stats("--article", "3");
        assertSameAsStats(one);
        assertThat(one.path("articles")).hasSize(1);
        assertThat(figure("backlog")).isEqualTo("1");
        assertThat(figure("alpha")).isNotEqualTo(DashboardFigures.NONE);

        // A period: the desk's work happened in October 2026, so the last 30 days hold no approval.
        window.comboBox("dashboardArticle").selectItem(0);
        window.comboBox("dashboardPeriod").selectItem("Last 30 days");
        waitUntil(
                "the period's figures are shown",
                () -> panel().shown().period() == DashboardFigures.Period.LAST_30_DAYS
                        && panel().shown().articleId() == 0);
        LocalDate since = LocalDate.now(ZoneOffset.UTC).minusDays(29);
        JsonNode period = stats("--since", since.toString());
        assertSameAsStats(period);
        assertThat(GuiActionRunner.execute(
                        () -> chartOf(DashboardCharts.Kind.APPROVED_PER_DAY).isPresent()))
                .as("no approval in the last 30 days: the chart says so instead of drawing")
                .isFalse();
        assertThat(figure("median")).isEqualTo(DashboardFigures.NONE);
        // Claims by state are counted now, whatever the period.
        assertThat(figure("claims")).isEqualTo(String.valueOf(sum(period.path("articles"), "claims")));
    }

    @Test
    void chartsAndNumbersSaveAsPngSvgAndCsv(Robot robot) throws Exception {
        openWindow(robot);
        showDashboard();

        Path png = save(robot, DashboardCharts.Kind.STATES, "png");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(DashboardPresenter.FILE_WIDTH);
        assertThat(image.getHeight()).isEqualTo(DashboardPresenter.FILE_HEIGHT);

        Path svg = save(robot, DashboardCharts.Kind.REVIEWERS, "svg");
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        // The file names SVG 1.1's DTD; a reader need not fetch it (and this machine is offline).
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = xml.newDocumentBuilder().parse(svg.toFile());
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("viewBox"))
                .isEqualTo("0 0 " + DashboardPresenter.FILE_WIDTH + " " + DashboardPresenter.FILE_HEIGHT);
        // XChart draws its text as outlines: the drawing has the bars and the letters as paths.
        assertThat(doc.getElementsByTagName("path").getLength()).isGreaterThan(20);

        Path csv = save(robot, DashboardCharts.Kind.REVIEWERS, "csv");
        List<CSVRecord> rows = csv(csv);
        JsonNode json = stats();
        assertThat(rows).hasSize(json.path("reviewers").size());
        Iterator<JsonNode> reviewers = json.path("reviewers").elements();
        for (CSVRecord row : rows) {
            JsonNode r = reviewers.next();
            assertThat(row.get("reviewer")).isEqualTo(r.path("reviewer").asText());
            assertThat(Long.parseLong(row.get("open"))).isEqualTo(r.path("open").asLong());
            assertThat(Long.parseLong(row.get("verdicts")))
                    .isEqualTo(r.path("verdicts").asLong());
            assertThat(Long.parseLong(row.get("decisions")))
                    .isEqualTo(r.path("decisions").asLong());
        }

        Clicks.clickUntil(
                window.button("dashboardSaveFigures"),
                "the save dialog opens",
                () -> Clicks.windowShowing(javax.swing.JFileChooser.class, null));
        Path figures = approve(robot, "figures.csv");
        Map<String, String> byName = new java.util.HashMap<>();
        csv(figures).forEach(r -> byName.put(r.get("figure"), r.get("value")));
        assertThat(byName.get("krippendorff_alpha"))
                .isEqualTo(json.path("agreement").path("alpha").asText());
        assertThat(byName.get("adjudication_backlog"))
                .isEqualTo(json.path("adjudication_backlog").asText());
        assertThat(byName.get("median_hours_import_to_approval"))
                .isEqualTo(json.path("median_hours_import_to_approval").asText());
    }

    @Test
    void theDashboardLoadsAgainWhenTheDataChanges(Robot robot) throws Exception {
        openWindow(robot);
        showDashboard();
        long proposedBefore =
                GuiActionRunner.execute(() -> panel().shown().stats().claimsIn(ClaimState.PROPOSED));
        assertThat(proposedBefore).isPositive();
        assertThat(window.button("dashboardBack").target().isShowing()).isTrue();

        // Back to the articles: the claim actions return; accept a proposed claim.
        window.button("dashboardBack").click();
        waitUntil("the queue is back", () -> window.table("claimTable").target().isShowing());
        int row = GuiActionRunner.execute(() -> {
            JTable t = window.table("claimTable").target();
            for (int i = 0; i < t.getRowCount(); i++) {
                for (int c = 0; c < t.getColumnCount(); c++) {
                    if (ClaimState.PROPOSED.label().equals(String.valueOf(t.getValueAt(i, c)))) {
                        return i;
                    }
                }
            }
            return -1;
        });
        assertThat(row).as("a proposed claim in the shown article").isNotNegative();
        window.table("claimTable").selectRows(row);
        waitUntil(
                "Accept is enabled",
                () -> window.menuItem("menuAccept").target().isEnabled());
        window.menuItem("menuAccept").click();
        waitUntil(
                "the claim is accepted",
                () -> window.menuItem("menuUndo").target().getText().contains("Accept"));

        showDashboard();
        waitUntil(
                "the dashboard counts one proposal less",
                () -> panel().shown().stats().claimsIn(ClaimState.PROPOSED) == proposedBefore - 1);
        assertThat(window.menuItem("menuAccept").target().isEnabled())
                .as("nothing acts on the hidden queue while the dashboard is shown")
                .isFalse();

        // Undo while the dashboard is shown: it loads again by itself.
        window.menuItem("menuUndo").click();
        waitUntil(
                "the dashboard counts the proposal again",
                () -> panel().shown().stats().claimsIn(ClaimState.PROPOSED) == proposedBefore);
        assertSameAsStats(stats());

        // The theme changes: the charts are drawn again in its colours.
        java.awt.Color before = GuiActionRunner.execute(() ->
                chartOf(DashboardCharts.Kind.STATES).orElseThrow().getStyler().getPlotBackgroundColor());
        window.menuItem("menuDarkTheme").click();
        waitUntil(
                "the chart follows the theme",
                () -> !chartOf(DashboardCharts.Kind.STATES)
                        .orElseThrow()
                        .getStyler()
                        .getPlotBackgroundColor()
                        .equals(before));
        window.menuItem("menuDashboard").click();
        waitUntil("the articles are back", () -> !panel().isShowing());
    }

    // ----- helpers -----

    private Path save(Robot robot, DashboardCharts.Kind kind, String extension) throws Exception {
        Clicks.clickUntil(
                window.button("save." + kind.stem),
                "the save menu opens",
                () -> window.menuItem("save." + kind.stem + "." + extension)
                        .target()
                        .isShowing());
        Clicks.clickUntil(
                window.menuItem("save." + kind.stem + "." + extension),
                "the save dialog opens",
                () -> Clicks.windowShowing(javax.swing.JFileChooser.class, null));
        return approve(robot, kind.stem + "." + extension);
    }

    private Path approve(Robot robot, String suggested) throws Exception {
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser("chartChooser")
                .withTimeout(10_000)
                .using(robot);
        assertThat(GuiActionRunner.execute(
                        () -> chooser.target().getSelectedFile().getName()))
                .isEqualTo(suggested);
        Path target = dir.resolve("saved-" + suggested).toAbsolutePath();
        chooser.fileNameTextBox().setText(target.toString());
        chooser.approve();
        waitUntil(
                "the file is written",
                () -> Files.exists(target)
                        && window.label("statusMessage").target().getText().startsWith("Saved the"));
        return target;
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))
                .getRecords();
    }

    private java.util.Optional<CategoryChart> chartOf(DashboardCharts.Kind kind) {
        return panel().chart(kind).chart();
    }

    private String figure(String key) {
        return GuiActionRunner.execute(() -> panel().figure(key).getText());
    }

    /** {@code claimdesk stats --format json} on the same database, read by Jackson. */
    private JsonNode stats(String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("--db", db.toString(), "stats"));
        args.addAll(List.of(options));
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        StringWriter text = new StringWriter();
        int exit = new Cli(p -> {}, new PrintWriter(text), new PrintWriter(new StringWriter()))
                .withStdout(raw)
                .execute(args.toArray(String[]::new));
        assertThat(exit).isZero();
        return new ObjectMapper().readTree(text + raw.toString(StandardCharsets.UTF_8));
    }

    /** Every figure and every bar of the dashboard equals the command's number. */
    private void assertSameAsStats(JsonNode json) {
        GuiActionRunner.execute(() -> {
            DeskStats shown = panel().shown().stats();
            assertThat(panel().figure("claims").getText())
                    .isEqualTo(String.valueOf(sum(json.path("articles"), "claims")));
            long approved = 0;
            for (JsonNode a : json.path("articles")) {
                approved += a.path("states").path("APPROVED").asLong();
            }
            assertThat(panel().figure("approved").getText()).isEqualTo(String.valueOf(approved));
            assertThat(panel().figure("backlog").getText())
                    .isEqualTo(json.path("adjudication_backlog").asText());
            JsonNode median = json.path("median_hours_import_to_approval");
            assertThat(panel().figure("median").getText())
                    .isEqualTo(median.isNull() ? DashboardFigures.NONE : hours(median.asDouble()));
            JsonNode g = json.path("agreement");
            assertThat(panel().figure("alpha").getText())
                    .isEqualTo(
                            g.path("alpha").isNull()
                                    ? DashboardFigures.NONE
                                    : two(g.path("alpha").asDouble()));
            assertThat(panel().figure("observed").getText())
                    .isEqualTo(
                            g.path("observed").isNull()
                                    ? DashboardFigures.NONE
                                    : String.format(
                                            Locale.ROOT,
                                            "%.1f %%",
                                            100 * g.path("observed").asDouble()));
            assertThat(panel().figure("oppositeEnds").getText())
                    .isEqualTo(g.path("opposite_ends").asText());

            // The agreement table, pair by pair.
            JTable pairs = window.table("agreementPairs").target();
            assertThat(pairs.getRowCount()).isEqualTo(g.path("pairs").size());
            for (int i = 0; i < pairs.getRowCount(); i++) {
                JsonNode p = g.path("pairs").get(i);
                int m = pairs.convertRowIndexToModel(i);
                assertThat(pairs.getModel().getValueAt(m, 0))
                        .isEqualTo(p.path("first").asText());
                assertThat(pairs.getModel().getValueAt(m, 1))
                        .isEqualTo(p.path("second").asText());
                assertThat(pairs.getModel().getValueAt(m, 2))
                        .isEqualTo(p.path("claims").asText());
                assertThat(pairs.getModel().getValueAt(m, 4))
                        .isEqualTo(
                                p.path("kappa").isNull()
                                        ? DashboardFigures.NONE
                                        : two(p.path("kappa").asDouble()));
            }

            // Claims by state: one bar per article, one series per state.
            var states = chartOf(DashboardCharts.Kind.STATES);
            assertThat(states).isPresent();
            Map<String, CategorySeries> series = states.get().getSeriesMap();
            int i = 0;
            for (JsonNode a : json.path("articles")) {
                for (ClaimState st : ClaimState.values()) {
                    List<?> y = new ArrayList<>(series.get(st.label()).getYData());
                    assertThat(((Number) y.get(i)).longValue())
                            .as("%s of article %s", st, a.path("id"))
                            .isEqualTo(a.path("states").path(st.name()).asLong());
                }
                i++;
            }

            // Verdicts: one bar per label, in the command's order.
            var verdicts = chartOf(DashboardCharts.Kind.VERDICTS);
            assertThat(verdicts.isPresent()).isEqualTo(json.path("verdicts").size() > 0);
            if (verdicts.isPresent()) {
                List<String> names = DashboardCharts.verdictNames(shown.verdicts());
                int k = 0;
                for (JsonNode v : json.path("verdicts")) {
                    List<?> y = new ArrayList<>(
                            verdicts.get().getSeriesMap().get(names.get(k)).getYData());
                    assertThat(((Number) y.get(k)).longValue())
                            .isEqualTo(v.path("claims").asLong());
                    k++;
                }
            }

            // Approved per day: the bars add up to the command's days, day by day.
            var perDay = chartOf(DashboardCharts.Kind.APPROVED_PER_DAY);
            assertThat(perDay.isPresent())
                    .isEqualTo(json.path("approved_per_day").size() > 0);
            if (perDay.isPresent()) {
                long total = 0;
                for (Object y : perDay.get()
                        .getSeriesMap()
                        .get(DashboardCharts.APPROVED)
                        .getYData()) {
                    total += ((Number) y).longValue();
                }
                long expected = 0;
                for (JsonNode n : json.path("approved_per_day")) {
                    expected += n.asLong();
                }
                assertThat(total).isEqualTo(expected);
                Iterator<Map.Entry<String, JsonNode>> days =
                        json.path("approved_per_day").fields();
                while (days.hasNext()) {
                    var d = days.next();
                    assertThat(shown.approvedPerDay().get(LocalDate.parse(d.getKey())))
                            .isEqualTo(d.getValue().asLong());
                }
            }

            // Reviewers: open work, verdicts and decisions per reviewer.
            var reviewers = chartOf(DashboardCharts.Kind.REVIEWERS);
            assertThat(reviewers.isPresent()).isEqualTo(json.path("reviewers").size() > 0);
            if (reviewers.isPresent()) {
                Map<String, CategorySeries> r = reviewers.get().getSeriesMap();
                int k = 0;
                for (JsonNode n : json.path("reviewers")) {
                    assertThat(new ArrayList<>(r.get(DashboardCharts.OPEN).getXData()).get(k))
                            .isEqualTo(n.path("reviewer").asText());
                    assertThat(((Number) new ArrayList<>(
                                                    r.get(DashboardCharts.OPEN).getYData())
                                            .get(k))
                                    .longValue())
                            .isEqualTo(n.path("open").asLong());
                    assertThat(((Number) new ArrayList<>(r.get(DashboardCharts.VERDICTS_GIVEN)
                                                    .getYData())
                                            .get(k))
                                    .longValue())
                            .isEqualTo(n.path("verdicts").asLong());
                    assertThat(((Number) new ArrayList<>(r.get(DashboardCharts.DECISIONS)
                                                    .getYData())
                                            .get(k))
                                    .longValue())
                            .isEqualTo(n.path("decisions").asLong());
                    k++;
                }
            }
        });
    }

    private static long sum(JsonNode articles, String field) {
        long n = 0;
        for (JsonNode a : articles) {
            n += a.path(field).asLong();
        }
        return n;
    }

    private static String two(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String hours(double h) {
        String text = String.format(Locale.ROOT, "%.1f h", h);
        return h >= 48 ? text + String.format(Locale.ROOT, " (%.1f days)", h / 24) : text;
    }

    private static void waitUntil(String what, BooleanSupplier check) {
        MainWindowGuiTest.waitUntil(what, check);
    }
}
