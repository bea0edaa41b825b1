package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleProgress;
import java.awt.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.ListCellRenderer;
import net.miginfocom.swing.MigLayout;

/** An article in the list: title over outlet and date and the review progress, cut with an ellipsis; never HTML. */
final class ArticleRenderer extends JPanel implements ListCellRenderer<Article> {
    private final JLabel titleLabel = new JLabel();
    private final JLabel detailLabel = new JLabel();
    private final JProgressBar bar = new JProgressBar();
    private final JLabel progressLabel = new JLabel();
    private final Supplier<Map<Long, ArticleProgress>> progress;

    /** @param progress the review progress per article, as last reported */
    ArticleRenderer(Supplier<Map<Long, ArticleProgress>> progress) {
        super(new MigLayout("insets 6 8 6 8, wrap, gap 2", "[grow, fill]"));
        this.progress = progress;
        titleLabel.putClientProperty(FlatClientProperties.STYLE, "font: bold");
        detailLabel.putClientProperty(FlatClientProperties.STYLE, "font: -1");
        bar.setStringPainted(false);
        bar.putClientProperty(FlatClientProperties.STYLE, "arc: 4");
        progressLabel.putClientProperty(FlatClientProperties.STYLE, "font: -2");
        add(titleLabel, "wmin 0");
        add(detailLabel, "wmin 0");
        add(bar, "split 2, h 4!, growx, wmin 20");
        add(progressLabel, "growx 0");
    }

    @Override
    public Component getListCellRendererComponent(
            JList<? extends Article> l, Article a, int index, boolean selected, boolean focus) {
        titleLabel.setText(a.title());
        setToolTipText(a.title());
        String outlet = a.outlet() == null ? "" : a.outlet();
        String date = a.publishedOn() == null ? "" : a.publishedOn().toString();
        ArticleProgress p = progress.get().getOrDefault(a.id(), ArticleProgress.none(a.id()));
        List<String> parts = new ArrayList<>();
        if (!outlet.isEmpty()) {
            parts.add(outlet);
        }
        if (!date.isEmpty()) {
            parts.add(date);
        }
        detailLabel.setText(parts.isEmpty() ? "No source details" : String.join("  ·  ", parts));
        progressLabel.setText(p.accepted() == 0 ? "none accepted" : p.decided() + " of " + p.accepted() + " decided");
        progressLabel.setForeground(selected ? l.getSelectionForeground() : l.getForeground());
        bar.setMaximum(Math.max(1, p.accepted()));
        bar.setValue(p.decided());
        setBackground(selected ? l.getSelectionBackground() : l.getBackground());
        titleLabel.setForeground(selected ? l.getSelectionForeground() : l.getForeground());
        detailLabel.setForeground(selected ? l.getSelectionForeground() : l.getForeground());
        return this;
    }
}
