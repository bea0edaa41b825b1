package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import dev.claimdesk.domain.Article;
import java.awt.Component;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/** The article list and the selected article's text. */
final class ArticleView extends JSplitPane {
    private final DefaultListModel<Article> model = new DefaultListModel<>();
    private final JList<Article> list = new JList<>(model);
    private final JLabel title = Texts.plain(new JLabel());
    private final JLabel meta = Texts.plain(new JLabel());
    private final JTextArea body = new JTextArea();
    private boolean updating;

    ArticleView(LongConsumer onSelect) {
        super(JSplitPane.HORIZONTAL_SPLIT);
        setName("articleView");
        list.setName("articleList");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new ArticleRenderer());
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !updating && list.getSelectedValue() != null) {
                onSelect.accept(list.getSelectedValue().id());
            }
        });
        title.setName("articleTitle");
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        meta.setName("articleMeta");
        meta.putClientProperty(FlatClientProperties.STYLE, "foreground: $ClaimDesk.emptyState.foreground");
        body.setName("articleBody");
        body.setEditable(false);
        body.setLineWrap(true);
        body.setWrapStyleWord(true);
        body.setMargin(new java.awt.Insets(12, 16, 12, 16));
        body.putClientProperty(FlatClientProperties.STYLE, "background: $ClaimDesk.articleText.background");

        JPanel right = new JPanel(new MigLayout("fill, wrap, insets 12 16 8 16", "[grow, fill]", "[][]8[grow, fill]"));
        right.add(title, "wmin 0");
        right.add(meta, "wmin 0");
        right.add(new JScrollPane(body));
        // A small fixed cell width lets the list follow the viewport: long titles end in "…".
        list.setFixedCellWidth(100);
        JScrollPane listScroll =
                new JScrollPane(list, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        listScroll.setMinimumSize(new java.awt.Dimension(180, 100));
        setLeftComponent(listScroll);
        setRightComponent(right);
        setDividerLocation(280);
        setResizeWeight(0.0);
    }

    void showArticles(List<Article> articles, Long selectedId) {
        updating = true;
        try {
            model.clear();
            articles.forEach(model::addElement);
        } finally {
            updating = false;
        }
        if (selectedId != null) {
            for (int i = 0; i < model.size(); i++) {
                if (model.get(i).id() == selectedId) {
                    list.setSelectedIndex(i);
                    list.ensureIndexIsVisible(i);
                }
            }
        } else if (!model.isEmpty() && list.getSelectedIndex() < 0) {
            list.setSelectedIndex(0);
        }
    }

    void showArticle(Article a) {
        title.setText(a.title());
        meta.setText(describe(a));
        body.setText(a.bodyText());
        body.setCaretPosition(0);
    }

    static String describe(Article a) {
        StringBuilder sb = new StringBuilder();
        append(sb, a.outlet());
        append(sb, a.author());
        if (a.publishedOn() != null) {
            append(sb, a.publishedOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
        }
        append(sb, a.url());
        return sb.length() == 0 ? "No source details yet" : sb.toString();
    }

    private static void append(StringBuilder sb, String part) {
        if (part != null && !part.isBlank()) {
            if (sb.length() > 0) {
                sb.append("  ·  ");
            }
            sb.append(part);
        }
    }

    /** Title over outlet and date, cut with an ellipsis; never interprets HTML in the title. */
    private static final class ArticleRenderer extends JPanel implements javax.swing.ListCellRenderer<Article> {
        private final JLabel titleLabel = Texts.plain(new JLabel());
        private final JLabel detailLabel = Texts.plain(new JLabel());

        ArticleRenderer() {
            super(new MigLayout("insets 6 8 6 8, wrap, gap 2", "[grow, fill]"));
            titleLabel.putClientProperty(FlatClientProperties.STYLE, "font: bold");
            detailLabel.putClientProperty(FlatClientProperties.STYLE, "font: -1");
            add(titleLabel, "wmin 0");
            add(detailLabel, "wmin 0");
        }

        @Override
        public Component getListCellRendererComponent(
                JList<? extends Article> l, Article a, int index, boolean selected, boolean focus) {
            titleLabel.setText(a.title());
            String outlet = a.outlet() == null ? "" : a.outlet();
            String date = a.publishedOn() == null ? "" : a.publishedOn().toString();
            detailLabel.setText(outlet.isEmpty() || date.isEmpty() ? outlet + date : outlet + "  ·  " + date);
            setBackground(selected ? l.getSelectionBackground() : l.getBackground());
            titleLabel.setForeground(selected ? l.getSelectionForeground() : l.getForeground());
            detailLabel.setForeground(selected ? l.getSelectionForeground() : l.getForeground());
            return this;
        }
    }
}
