package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.DeskStats;
import dev.claimdesk.domain.agreement.AgreementSummary;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;

/**
 * The dashboard, a view of the main window: which slice (an article or all, a period), the single
 * figures, four charts and the agreement of each reviewer pair. Every chart saves as PNG, SVG and
 * its numbers as CSV; the figures save as CSV too.
 */
final class DashboardPanel extends JPanel implements Scrollable {
    /** What the dashboard asks of its presenter. */
    interface Listener {
        void sliceChosen(long articleId, DashboardFigures.Period period);

        void saveChart(DashboardCharts.Kind kind, ChartFormat format);

        void saveFigures();

        void closeDashboard();
    }

    /** How a chart is saved. */
    enum ChartFormat {
        PNG("png"),
        SVG("svg"),
        CSV("csv");

        final String extension;

        ChartFormat(String extension) {
            this.extension = extension;
        }
    }

    /** An entry of the article chooser. */
    record ArticleChoice(long id, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private static final ArticleChoice ALL = new ArticleChoice(0, "All articles");

    private final JComboBox<ArticleChoice> article = new JComboBox<>();
    private final JComboBox<DashboardFigures.Period> period = new JComboBox<>(DashboardFigures.Period.values());
    private final Map<String, JLabel> figures = new LinkedHashMap<>();
    private final JLabel alphaInterval = new JLabel(" ");
    private final JLabel alphaBasis = new JLabel(" ");
    private final Map<DashboardCharts.Kind, ChartView> charts = new EnumMap<>(DashboardCharts.Kind.class);
    private final Map<DashboardCharts.Kind, JButton> saveButtons = new EnumMap<>(DashboardCharts.Kind.class);
    private final Map<DashboardCharts.Kind, JLabel> titles = new EnumMap<>(DashboardCharts.Kind.class);
    private final ListTableModel<AgreementSummary.PairFigures> pairs = new ListTableModel<>(
            (p, col) -> switch (col) {
                case 0 -> p.pair().first();
                case 1 -> p.pair().second();
                case 2 -> String.valueOf(p.units());
                case 3 -> DashboardFigures.observed(java.util.OptionalDouble.of(p.observed()));
                default -> DashboardFigures.kappa(p.kappa());
            },
            "Reviewer",
            "Second reviewer",
            "Claims both rated",
            "Agreed",
            "Cohen's kappa");
    private final JTable pairTable = new JTable(pairs);
    private final JLabel noPairs = new JLabel("No claim has two blind verdicts in this slice yet.");
    private Listener listener;
    private boolean updating;
    private DashboardFigures.Shown shown;

    DashboardPanel() {
        setName("dashboard");
        setLayout(new MigLayout("insets 12 16 12 16, fillx, wrap 1", "[grow, fill]", "[][][][grow][]"));

        JLabel heading = new JLabel("Dashboard");
        heading.putClientProperty(FlatClientProperties.STYLE, "font: +6 bold");
        article.setName("dashboardArticle");
        period.setName("dashboardPeriod");
        article.setPrototypeDisplayValue(
                new ArticleChoice(0, "#000 A fairly long article title, long enough to tell articles apart"));
        JButton saveFigures = new JButton("Save figures as CSV…");
        saveFigures.setName("dashboardSaveFigures");
        saveFigures.addActionListener(e -> {
            if (listener != null) {
                listener.saveFigures();
            }
        });
        JButton back = new JButton("Back to articles");
        back.setName("dashboardBack");
        back.addActionListener(e -> {
            if (listener != null) {
                listener.closeDashboard();
            }
        });
        JPanel top = new JPanel(new MigLayout("insets 0, fillx", "[]24[][]16[][]push[][]"));
        top.add(heading);
        JLabel articleLabel = new JLabel("Article:");
        articleLabel.setLabelFor(article);
        articleLabel.setDisplayedMnemonic('r');
        top.add(articleLabel);
        top.add(article, "wmin 200, wmax 520");
        JLabel periodLabel = new JLabel("Period:");
        periodLabel.setLabelFor(period);
        periodLabel.setDisplayedMnemonic('P');
        top.add(periodLabel);
        top.add(period);
        top.add(saveFigures);
        top.add(back);
        add(top);
        JLabel periodNote = new JLabel("The period counts approvals per day, the reviewers' verdicts and decisions,"
                + " the median and agreement; claims, states and verdicts are counted as they stand now.");
        periodNote.setName("dashboardPeriodNote");
        periodNote.putClientProperty(FlatClientProperties.STYLE, "foreground: $ClaimDesk.emptyState.foreground");
        add(periodNote, "wmin 0");
        article.addActionListener(e -> chosen());
        period.addActionListener(e -> chosen());

        JPanel tiles = new JPanel(new MigLayout("insets 0, fillx, gap 12", "[grow, fill, sg t]".repeat(7)));
        tile(tiles, "claims", "Claims now", "Every claim of the chosen articles, in any state, as they stand now");
        tile(tiles, "approved", "Approved now", "Claims of the chosen articles that are approved, as they stand now");
        tile(
                tiles,
                "median",
                "Median to approval",
                "From the article's import to the claim's first approval, for approvals in the period"
                        + " (– when there is none)");
        tile(tiles, "backlog", "Adjudication backlog", "Blind verdicts that differ, waiting for a third reviewer");
        tile(
                tiles,
                "alpha",
                "Krippendorff's alpha",
                "Agreement of blind verdicts beyond chance: 1 is perfect, 0 is chance"
                        + " (– until a claim has two blind verdicts)");
        tile(
                tiles,
                "observed",
                "Observed agreement",
                "Share of double-rated claims whose two verdicts are the same (– until a claim has two)");
        tile(
                tiles,
                "oppositeEnds",
                "Opposite-end pairs",
                "Claims where one reviewer said the truest label and the other the falsest");
        add(tiles);

        JPanel grid = new JPanel(new MigLayout(
                "insets 0, fill, gap 12 12, wrap 2",
                "[grow, fill, sg c][grow, fill, sg c]",
                "[grow, fill, sgy r][grow, fill, sgy r]"));
        for (DashboardCharts.Kind kind : DashboardCharts.Kind.values()) {
            grid.add(chartCell(kind), "hmin 210");
        }
        add(grid, "grow");

        JPanel agreement = new JPanel(new MigLayout("insets 0, fillx, wrap 1", "[grow, fill]"));
        JLabel pairsHeading = new JLabel("Agreement per reviewer pair");
        pairsHeading.putClientProperty(FlatClientProperties.STYLE, "font: +1 bold");
        agreement.add(pairsHeading, "split 2");
        alphaInterval.setName("figure.alphaInterval");
        agreement.add(alphaInterval, "gapleft 16");
        pairTable.setName("agreementPairs");
        pairTable.setFillsViewportHeight(true);
        pairTable.setAutoCreateRowSorter(true);
        pairTable.setPreferredScrollableViewportSize(new Dimension(600, 4 * pairTable.getRowHeight()));
        agreement.add(new JScrollPane(pairTable), "hmin 90");
        noPairs.setName("noPairs");
        noPairs.putClientProperty(FlatClientProperties.STYLE, "foreground: $ClaimDesk.emptyState.foreground");
        agreement.add(noPairs, "hidemode 3");
        add(agreement);
    }

    private void tile(JPanel tiles, String key, String caption, String hint) {
        JPanel t = new JPanel(new MigLayout("insets 8 10 8 10, wrap 1, gap 2", "[grow, fill]"));
        t.putClientProperty(FlatClientProperties.STYLE, "background: $ClaimDesk.statusBar.background; arc: 8");
        JLabel c = new JLabel(caption);
        c.putClientProperty(FlatClientProperties.STYLE, "foreground: $ClaimDesk.emptyState.foreground");
        JLabel v = new JLabel(DashboardFigures.NONE);
        v.setName("figure." + key);
        v.putClientProperty(FlatClientProperties.STYLE, "font: +8 bold");
        v.getAccessibleContext().setAccessibleName(caption);
        t.setToolTipText(hint);
        t.add(c, "wmin 0");
        t.add(v, "wmin 0");
        if (key.equals("alpha")) {
            alphaBasis.setName("figure.alphaBasis");
            alphaBasis.putClientProperty(FlatClientProperties.STYLE, "foreground: $ClaimDesk.emptyState.foreground");
            t.add(alphaBasis, "wmin 0");
        }
        tiles.add(t, "wmin 0, growy");
        figures.put(key, v);
    }

    private JPanel chartCell(DashboardCharts.Kind kind) {
        ChartView view = new ChartView(kind);
        charts.put(kind, view);
        JPanel cell = new JPanel(new MigLayout("insets 0, fill, gap 0", "[grow, fill][]", "[][grow, fill]"));
        // The title stands in Swing beside the Save button; the chart on screen leaves its own out.
        JLabel title = new JLabel(kind.title);
        title.setName("title." + kind.stem);
        title.putClientProperty(FlatClientProperties.STYLE, "font: +1 bold");
        title.setHorizontalAlignment(SwingConstants.CENTER);
        titles.put(kind, title);
        JButton save = new JButton("Save…");
        save.setName("save." + kind.stem);
        save.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_TOOLBAR_BUTTON);
        save.getAccessibleContext().setAccessibleName("Save the chart " + kind.title);
        JPopupMenu menu = new JPopupMenu();
        for (ChartFormat f : ChartFormat.values()) {
            JMenuItem item = new JMenuItem(
                    switch (f) {
                        case PNG -> "Save as PNG image…";
                        case SVG -> "Save as SVG drawing…";
                        case CSV -> "Save numbers as CSV…";
                    });
            item.setName("save." + kind.stem + "." + f.extension);
            item.addActionListener(e -> {
                if (listener != null) {
                    listener.saveChart(kind, f);
                }
            });
            menu.add(item);
        }
        save.addActionListener(e -> {
            boolean drawn = view.chart().isPresent();
            menu.getComponent(0).setEnabled(drawn);
            menu.getComponent(1).setEnabled(drawn);
            menu.show(save, 0, save.getHeight());
        });
        view.setComponentPopupMenu(menu);
        saveButtons.put(kind, save);
        // Above the chart, at its right: never under it (a chart repaints itself alone).
        cell.add(title, "wmin 0");
        cell.add(save, "wrap");
        cell.add(view, "span 2, grow");
        return cell;
    }

    void setListener(Listener l) {
        this.listener = l;
    }

    private void chosen() {
        if (updating || listener == null) {
            return;
        }
        ArticleChoice a = (ArticleChoice) article.getSelectedItem();
        DashboardFigures.Period p = (DashboardFigures.Period) period.getSelectedItem();
        listener.sliceChosen(a == null ? 0 : a.id(), p == null ? DashboardFigures.Period.ALL : p);
    }

    /** Shows these figures, and the slice they are of. */
    void show(DashboardFigures.Shown s) {
        this.shown = s;
        updating = true;
        try {
            List<ArticleChoice> choices = new ArrayList<>();
            choices.add(ALL);
            ArticleChoice selected = ALL;
            for (Article a : s.articles()) {
                String title = a.title() == null || a.title().isBlank() ? "(untitled)" : a.title();
                ArticleChoice c = new ArticleChoice(a.id(), "#" + a.id() + " " + title);
                choices.add(c);
                if (a.id() == s.articleId()) {
                    selected = c;
                }
            }
            DefaultComboBoxModel<ArticleChoice> model =
                    new DefaultComboBoxModel<>(choices.toArray(ArticleChoice[]::new));
            model.setSelectedItem(selected);
            article.setModel(model);
            period.setSelectedItem(s.period());
        } finally {
            updating = false;
        }
        DeskStats st = s.stats();
        AgreementSummary g = st.agreement();
        figures.get("claims").setText(DashboardFigures.claims(st));
        figures.get("approved").setText(DashboardFigures.approved(st));
        figures.get("median").setText(DashboardFigures.median(st));
        figures.get("backlog").setText(DashboardFigures.backlog(st));
        figures.get("alpha").setText(DashboardFigures.alpha(g));
        alphaBasis.setText(g.alpha().isPresent() ? "from " + g.pairableUnits() + " claims" : " ");
        figures.get("observed").setText(DashboardFigures.observed(g.observed()));
        figures.get("oppositeEnds").setText(DashboardFigures.oppositeEnds(g));
        String interval = DashboardFigures.alphaInterval(g);
        alphaInterval.setText(interval.isEmpty() ? " " : "Krippendorff's alpha, " + interval);
        pairs.set(g.pairs());
        noPairs.setVisible(g.pairs().isEmpty());
        charts.values().forEach(c -> {
            c.show(st);
            // The axis may count weeks or months instead of days.
            titles.get(c.kind()).setText(c.chart().map(ch -> ch.getTitle()).orElse(c.kind().title));
        });
    }

    /** The figures shown now (null before the first load). */
    DashboardFigures.Shown shown() {
        return shown;
    }

    /** The theme changed. */
    void restyle() {
        charts.values().forEach(ChartView::restyle);
    }

    ChartView chart(DashboardCharts.Kind kind) {
        return charts.get(kind);
    }

    JLabel figure(String key) {
        return figures.get(key);
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return 24;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return orientation == SwingConstants.VERTICAL ? visible.height - 24 : visible.width - 24;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        // Fills a tall window; scrolls in a short one rather than squashing the charts (squashed,
        // XChart drops their axis labels).
        return getParent() != null && getParent().getHeight() >= getPreferredSize().height;
    }
}
