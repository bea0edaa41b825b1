package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleProgress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/** The articles of the database with their review progress, and a field that narrows the list. */
final class ArticleList extends JPanel {
    private final DefaultListModel<Article> model = new DefaultListModel<>();
    private final JList<Article> list = new JList<>(model);
    private final JTextField search = new JTextField();
    private List<Article> all = List.of();
    private Map<Long, ArticleProgress> progress = Map.of();
    private boolean updating;

    /** @param onSelect told when the user picks an article (not when the list is filled) */
    ArticleList(LongConsumer onSelect) {
        super(new MigLayout("fill, wrap, insets 8 8 8 0", "[grow, fill]", "[][grow, fill]"));
        setName("articlePane");
        list.setName("articleList");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new ArticleRenderer(() -> progress));
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !updating && list.getSelectedValue() != null) {
                onSelect.accept(list.getSelectedValue().id());
            }
        });
        search.setName("articleSearch");
        search.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Find an article");
        search.putClientProperty(FlatClientProperties.TEXT_FIELD_SHOW_CLEAR_BUTTON, true);
        search.getDocument().addDocumentListener(SimpleDocumentListener.of(this::filter));
        list.setFixedCellWidth(100);
        add(search);
        add(new JScrollPane(list, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER));
        setMinimumSize(new java.awt.Dimension(160, 100));
    }

    /** Shows the list and selects {@code selectedId} without telling (the presenter loads it). */
    void show(List<Article> articles, Map<Long, ArticleProgress> byArticle, Long selectedId) {
        all = List.copyOf(articles);
        progress = Map.copyOf(byArticle);
        fill(selectedId);
    }

    /** The progress of one article changed (a claim was approved, accepted …). */
    void showProgress(Map<Long, ArticleProgress> byArticle) {
        progress = Map.copyOf(byArticle);
        list.repaint();
    }

    private void filter() {
        fill(list.getSelectedValue() == null ? null : list.getSelectedValue().id());
    }

    private void fill(Long selectedId) {
        updating = true;
        try {
            String q = search.getText().strip().toLowerCase(Locale.ROOT);
            model.clear();
            for (Article a : all) {
                String hay = (a.title() + " " + (a.outlet() == null ? "" : a.outlet())).toLowerCase(Locale.ROOT);
                if (q.isEmpty() || hay.contains(q) || selectedId != null && a.id() == selectedId) {
                    model.addElement(a);
                }
            }
            for (int i = 0; i < model.size(); i++) {
                if (selectedId != null && model.get(i).id() == selectedId) {
                    list.setSelectedIndex(i);
                    list.ensureIndexIsVisible(i);
                }
            }
        } finally {
            updating = false;
        }
    }
}
