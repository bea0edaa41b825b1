package dev.claimdesk.ui;

import dev.claimdesk.domain.DeskStats;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.Optional;
import javax.swing.JComponent;
import javax.swing.UIManager;
import org.knowm.xchart.CategoryChart;

/**
 * One dashboard chart drawn at the component's size. XChart's own panel is not used: it opens its
 * own file chooser and writes on the event thread, and the dashboard saves through the export
 * service in the background instead.
 */
final class ChartView extends JComponent {
    private final DashboardCharts.Kind kind;
    private CategoryChart chart;
    private DeskStats stats;

    ChartView(DashboardCharts.Kind kind) {
        this.kind = kind;
        setName("chart." + kind.stem);
        getAccessibleContext().setAccessibleName(kind.title);
        setOpaque(true);
        setPreferredSize(new Dimension(480, 260));
        setMinimumSize(new Dimension(260, 200));
    }

    @Override
    public javax.accessibility.AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJComponent() {
                @Override
                public javax.accessibility.AccessibleRole getAccessibleRole() {
                    return javax.accessibility.AccessibleRole.PANEL;
                }
            };
        }
        return accessibleContext;
    }

    DashboardCharts.Kind kind() {
        return kind;
    }

    /** Draws these figures in the current theme. */
    void show(DeskStats s) {
        this.stats = s;
        restyle();
    }

    /** The theme changed: draw again in its colours. */
    void restyle() {
        chart = stats == null
                ? null
                : DashboardCharts.chart(kind, stats, DashboardCharts.Style.fromTheme(), getWidth(), getHeight())
                        .orElse(null);
        if (chart != null) {
            chart.getStyler().setChartTitleVisible(false); // the dashboard shows it above, beside Save…
        }
        repaint();
    }

    /** The chart on screen, empty when there is nothing to draw. */
    Optional<CategoryChart> chart() {
        return Optional.ofNullable(chart);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setColor(getBackground() != null ? getBackground() : UIManager.getColor("Panel.background"));
            g2.fillRect(0, 0, getWidth(), getHeight());
            if (chart != null) {
                chart.paint(g2, getWidth(), getHeight());
                return;
            }
            if (stats == null) {
                return;
            }
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setFont(UIManager.getFont("Label.font").deriveFont(java.awt.Font.BOLD));
            g2.setColor(UIManager.getColor("Label.foreground"));
            FontMetrics fm = g2.getFontMetrics();
            g2.setFont(UIManager.getFont("Label.font"));
            g2.setColor(UIManager.getColor("ClaimDesk.emptyState.foreground"));
            String empty = DashboardCharts.emptyText(kind);
            fm = g2.getFontMetrics();
            g2.drawString(empty, Math.max(12, (getWidth() - fm.stringWidth(empty)) / 2), getHeight() / 2);
        } finally {
            g2.dispose();
        }
    }
}
