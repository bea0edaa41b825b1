package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimFilter;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.VerdictLabel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.RowFilter;
import javax.swing.RowSorter;
import javax.swing.SortOrder;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.table.TableRowSorter;
import net.miginfocom.swing.MigLayout;

/**
 * The claim queue: the article's claims in text or score order, filtered by state, kind, red flag,
 * verdict, assignee and a full-text search (run by the presenter against the FTS index). Every
 * claim is shown whole: its text wraps onto as many lines as the column width needs.
 */
final class ClaimQueue extends JPanel {
    private final ClaimTableModel model = new ClaimTableModel();
    private final JTable table = new JTable(model) {
        @Override
        public void doLayout() {
            ColumnSizes.shareQueue(this); // the claim text first, then the columns that can wrap
            super.doLayout();
        }
    };
    private final TableRowSorter<ClaimTableModel> sorter = new TableRowSorter<>(model);
    private final JTextField search = new JTextField();
    private final QueueFilters filters = new QueueFilters(this::applyFilter);
    private final JComboBox<String> order = new JComboBox<>(new String[] {"Text order", "Score order"});
    private final JLabel count = new JLabel(" ");
    private final Timer searchDelay;
    private Set<Long> searchHits; // null: no search
    private boolean clearingSearch;
    private List<VerdictLabel> knownLabels = List.of();
    private final RowHeights rowHeights;

    /** @param onSearch asked to search (the text; blank clears the search) */
    ClaimQueue(Consumer<String> onSearch) {
        super(new MigLayout("fill, wrap, insets 0, gap 4", "[grow, fill]", "[][][grow, fill]"));
        setName("claimQueue");
        table.setName("claimTable");
        table.setRowSorter(sorter);
        table.setFillsViewportHeight(true);
        // Shift/Ctrl-click and Ctrl+A select many claims for a bulk accept, dismiss or assign; the
        // detail shows the first of them.
        table.getSelectionModel().setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        table.setDefaultRenderer(String.class, new WrappingCellRenderer());
        table.setDefaultRenderer(Integer.class, new QueueRenderers.Number());
        table.setDefaultRenderer(Double.class, new QueueRenderers.Score());
        table.setDefaultRenderer(List.class, new QueueRenderers.Flags());
        ColumnSizes.column(table, ClaimTableModel.VERDICT).setCellRenderer(new QueueRenderers.Verdict());
        table.setAutoResizeMode(JTable.AUTO_RESIZE_ALL_COLUMNS);
        sorter.setSortKeys(List.of(new RowSorter.SortKey(ClaimTableModel.POSITION, SortOrder.ASCENDING)));
        rowHeights = RowHeights.install(
                table,
                List.of(ClaimTableModel.TEXT),
                List.of(
                        ClaimTableModel.KINDS,
                        ClaimTableModel.STATE,
                        ClaimTableModel.VERDICT,
                        ClaimTableModel.ASSIGNEE));
        fitColumns();
        // A theme or font change: the columns are measured again in the new font.
        table.addPropertyChangeListener("UI", e -> SwingUtilities.invokeLater(this::fitColumns));

        search.setName("claimSearch");
        search.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Search claims, rationales, evidence (Ctrl+F)");
        search.putClientProperty(FlatClientProperties.TEXT_FIELD_SHOW_CLEAR_BUTTON, true);
        searchDelay = new Timer(250, e -> onSearch.accept(search.getText()));
        searchDelay.setRepeats(false);
        search.getDocument().addDocumentListener(SimpleDocumentListener.of(() -> {
            if (!clearingSearch) {
                searchDelay.restart();
            }
        }));
        search.getInputMap().put(KeyStroke.getKeyStroke("ENTER"), "searchNow");
        search.getActionMap().put("searchNow", Actions.of("Search", "", null, null, () -> {
            searchDelay.stop();
            onSearch.accept(search.getText());
            table.requestFocusInWindow();
        }));
        search.getInputMap().put(KeyStroke.getKeyStroke("ESCAPE"), "backToQueue");
        search.getActionMap().put("backToQueue", Actions.of("Back", "", null, null, table::requestFocusInWindow));

        order.setName("claimOrder");
        order.setToolTipText("Order the queue by position in the text or by check-worthiness");
        order.addActionListener(e -> sorter.setSortKeys(List.of(
                order.getSelectedIndex() == 0
                        ? new RowSorter.SortKey(ClaimTableModel.POSITION, SortOrder.ASCENDING)
                        : new RowSorter.SortKey(ClaimTableModel.SCORE, SortOrder.DESCENDING))));
        filters.offerChoicesOf(List.of());

        count.setName("claimCount");
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                updateCount();
            }
        });
        count.putClientProperty(FlatClientProperties.STYLE, "foreground: $ClaimDesk.emptyState.foreground");
        add(search, "split 3, growx");
        add(order, "growx 0");
        add(count, "growx 0, gapleft 8");
        boolean first = true;
        for (JComboBox<Object> box : filters.boxes()) {
            add(box, (first ? "split 5, " : "") + "growx, sg filter, wmin 80");
            first = false;
        }
        // The scroll bar stays, so filtering never changes the width the claims wrap at.
        add(
                new JScrollPane(table, JScrollPane.VERTICAL_SCROLLBAR_ALWAYS, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER),
                "hmin 80");
    }

    private void fitColumns() {
        ColumnSizes.fitQueue(table, knownLabels, model.claims());
    }

    JTable table() {
        return table;
    }

    JTextField searchField() {
        return search;
    }

    ClaimTableModel model() {
        return model;
    }

    /** What keeps the rows as tall as their wrapped text. */
    RowHeights rowHeights() {
        return rowHeights;
    }

    /** A new article's claims: filters keep their choice when it still makes sense. */
    void setClaims(List<Claim> claims) {
        searchHits = null;
        clearingSearch = true;
        try {
            search.setText("");
        } finally {
            clearingSearch = false;
        }
        searchDelay.stop();
        model.setClaims(claims);
        filters.offerChoicesOf(model.claims());
        fitColumns();
        applyFilter();
    }

    /** One claim changed or was added; the filters and the selection follow. */
    void update(Claim changed) {
        model.update(changed);
        if (changed.assignee() != null || !changed.flags().isEmpty()) {
            filters.offerChoicesOf(model.claims());
        }
        updateCount();
    }

    /** The ids the full-text search found, or null for "no search". */
    void showSearchResult(Set<Long> ids) {
        searchHits = ids == null ? null : Set.copyOf(ids);
        applyFilter();
    }

    /** The ids the search found, or null when there is no search. */
    Set<Long> searchHits() {
        return searchHits;
    }

    /** Every selected claim, in the queue's order (the filtered, sorted view). */
    java.util.List<Claim> selectedAll() {
        java.util.List<Claim> out = new java.util.ArrayList<>();
        for (int view : table.getSelectedRows()) {
            out.add(model.claimAt(table.convertRowIndexToModel(view)));
        }
        return out;
    }

    Optional<Claim> selected() {
        int view = table.getSelectedRow();
        return view < 0 ? Optional.empty() : Optional.of(model.claimAt(table.convertRowIndexToModel(view)));
    }

    /** Selects the claim and scrolls to it; false when it is filtered out or unknown. */
    boolean select(long claimId) {
        int row = model.rowOf(claimId);
        int view = row < 0 ? -1 : table.convertRowIndexToView(row);
        if (view < 0) {
            return false;
        }
        if (table.getSelectedRow() != view) {
            table.setRowSelectionInterval(view, view);
        }
        table.scrollRectToVisible(table.getCellRect(view, 0, true));
        return true;
    }

    void move(int delta) {
        int rows = table.getRowCount();
        if (rows == 0) {
            return;
        }
        int current = table.getSelectedRow();
        int next = current < 0 ? 0 : Math.max(0, Math.min(rows - 1, current + delta));
        table.setRowSelectionInterval(next, next);
        table.scrollRectToVisible(table.getCellRect(next, 0, true));
    }

    /** The next claim after {@code c} in the text, not dismissed: the partner of a merge. */
    Optional<Claim> nextInText(Claim c) {
        return model.claims().stream()
                .filter(o -> o.id() != c.id() && o.state() != ClaimState.DISMISSED)
                .filter(o -> o.startOffset() >= c.endOffset())
                .min(java.util.Comparator.comparingInt(Claim::startOffset));
    }

    void setScaleLabels(List<VerdictLabel> labels) {
        knownLabels = List.copyOf(labels);
        model.setLabels(labels.stream().collect(Collectors.toMap(VerdictLabel::id, l -> l)));
        filters.setScaleLabels(labels);
        filters.offerChoicesOf(model.claims());
        fitColumns();
    }

    /** Clears every filter and the search. */
    void clearFilters() {
        filters.clear();
        search.setText("");
        searchHits = null;
        applyFilter();
    }

    private void applyFilter() {
        ClaimFilter filter = filters.current();
        Set<Long> hits = searchHits;
        Long keep = selected().map(Claim::id).orElse(null);
        sorter.setRowFilter(
                filter.isAll() && hits == null
                        ? null
                        : new RowFilter<>() {
                            @Override
                            public boolean include(Entry<? extends ClaimTableModel, ? extends Integer> entry) {
                                Claim c = entry.getModel().claimAt(entry.getIdentifier());
                                return filter.matches(c, hits) && (hits == null || hits.contains(c.id()));
                            }
                        });
        if (keep != null) {
            select(keep);
        }
        updateCount();
    }

    /** The filter the choices make (the search runs in the index; its hits come separately). */
    ClaimFilter currentFilter() {
        return filters.current();
    }

    private void updateCount() {
        int shown = table.getRowCount();
        int all = model.getRowCount();
        String text = shown == all ? all + " claims" : shown + " of " + all;
        int selected = table.getSelectedRowCount();
        // Before a bulk action: how many claims it will act on.
        count.setText(selected > 1 ? text + ", " + selected + " selected" : text);
    }

    /** Gives the focus to the queue (Escape from the search, after loading an article). */
    void focusTable() {
        table.requestFocusInWindow();
    }
}
