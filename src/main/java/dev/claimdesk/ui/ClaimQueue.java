package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimFilter;
import dev.claimdesk.domain.ClaimKind;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.RedFlag;
import dev.claimdesk.domain.VerdictLabel;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.swing.DefaultComboBoxModel;
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
import javax.swing.Timer;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableRowSorter;
import net.miginfocom.swing.MigLayout;

/**
 * The claim queue: the article's claims in text or score order, filtered by state, kind, red flag,
 * verdict, assignee and a full-text search (run by the presenter against the FTS index).
 */
final class ClaimQueue extends JPanel {
    static final String ALL = "All";

    private final ClaimTableModel model = new ClaimTableModel();
    private final JTable table = new JTable(model);
    private final TableRowSorter<ClaimTableModel> sorter = new TableRowSorter<>(model);
    private final JTextField search = new JTextField();
    private final JComboBox<Object> state = new JComboBox<>();
    private final JComboBox<Object> kind = new JComboBox<>();
    private final JComboBox<Object> flag = new JComboBox<>();
    private final JComboBox<Object> verdict = new JComboBox<>();
    private final JComboBox<Object> assignee = new JComboBox<>();
    private final JComboBox<String> order = new JComboBox<>(new String[] {"Text order", "Score order"});
    private final JLabel count = new JLabel(" ");
    private final Timer searchDelay;
    private Set<Long> searchHits; // null: no search
    private boolean rebuildingFilters;

    /** @param onSearch asked to search (the text; blank clears the search) */
    ClaimQueue(Consumer<String> onSearch) {
        super(new MigLayout("fill, wrap, insets 0, gap 4", "[grow, fill]", "[][][][grow, fill]"));
        setName("claimQueue");
        table.setName("claimTable");
        table.setRowSorter(sorter);
        table.setFillsViewportHeight(true);
        table.setRowHeight(Math.max(table.getRowHeight(), 22));
        table.getSelectionModel().setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        DefaultTableCellRenderer plain = new DefaultTableCellRenderer();
        table.setDefaultRenderer(String.class, plain);
        table.setDefaultRenderer(Double.class, new ScoreRenderer());
        table.setDefaultRenderer(List.class, new FlagRenderer());
        table.getColumnModel().getColumn(ClaimTableModel.VERDICT).setCellRenderer(new VerdictRenderer());
        int[] widths = {36, 50, 380, 120, 56, 120, 110, 90};
        int[] minimum = {30, 46, 120, 50, 44, 110, 60, 40};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
            table.getColumnModel().getColumn(i).setMinWidth(minimum[i]);
        }
        table.setAutoResizeMode(JTable.AUTO_RESIZE_SUBSEQUENT_COLUMNS);
        sorter.setSortKeys(List.of(new RowSorter.SortKey(ClaimTableModel.POSITION, SortOrder.ASCENDING)));

        search.setName("claimSearch");
        search.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Search claims, rationales, evidence (Ctrl+F)");
        search.putClientProperty(FlatClientProperties.TEXT_FIELD_SHOW_CLEAR_BUTTON, true);
        searchDelay = new Timer(250, e -> onSearch.accept(search.getText()));
        searchDelay.setRepeats(false);
        search.getDocument().addDocumentListener(SimpleDocumentListener.of(searchDelay::restart));
        search.getInputMap().put(KeyStroke.getKeyStroke("ENTER"), "searchNow");
        search.getActionMap().put("searchNow", Actions.of("Search", "", null, null, () -> {
            searchDelay.stop();
            onSearch.accept(search.getText());
            table.requestFocusInWindow();
        }));
        search.getInputMap().put(KeyStroke.getKeyStroke("ESCAPE"), "backToQueue");
        search.getActionMap().put("backToQueue", Actions.of("Back", "", null, null, table::requestFocusInWindow));

        name(state, "filterState", "State", "Show claims in this state");
        name(kind, "filterKind", "Kind", "Show claims of this kind");
        name(flag, "filterFlag", "Flag", "Show claims with this red flag");
        name(verdict, "filterVerdict", "Verdict", "Show claims with this verdict");
        name(assignee, "filterAssignee", "Assignee", "Show claims assigned to this reviewer");
        order.setName("claimOrder");
        order.setToolTipText("Order the queue by position in the text or by check-worthiness");
        order.addActionListener(e -> sorter.setSortKeys(List.of(
                order.getSelectedIndex() == 0
                        ? new RowSorter.SortKey(ClaimTableModel.POSITION, SortOrder.ASCENDING)
                        : new RowSorter.SortKey(ClaimTableModel.SCORE, SortOrder.DESCENDING))));
        resetFilterChoices();

        count.setName("claimCount");
        count.putClientProperty(FlatClientProperties.STYLE, "foreground: $ClaimDesk.emptyState.foreground");
        add(search, "split 2, growx");
        add(order, "growx 0");
        add(state, "split 3, growx, sg filter, wmin 80");
        add(kind, "growx, sg filter, wmin 80");
        add(flag, "growx, sg filter, wmin 80");
        add(verdict, "split 3, growx, sg filter, wmin 80");
        add(assignee, "growx, sg filter, wmin 80");
        add(count, "growx 0, gapleft 8");
        add(new JScrollPane(table), "hmin 80");
    }

    private void name(JComboBox<Object> box, String name, String title, String tip) {
        box.setName(name);
        box.setToolTipText(tip);
        box.setRenderer(new FilterRenderer(title));
        box.addActionListener(e -> {
            if (!rebuildingFilters) {
                applyFilter();
            }
        });
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

    void setLabels(Map<Long, VerdictLabel> labels) {
        model.setLabels(labels);
        rebuildChoices();
    }

    /** A new article's claims: filters keep their choice when it still makes sense. */
    void setClaims(List<Claim> claims) {
        searchHits = null;
        rebuildingFilters = true;
        try {
            search.setText("");
        } finally {
            rebuildingFilters = false;
        }
        searchDelay.stop();
        model.setClaims(claims);
        rebuildChoices();
        applyFilter();
    }

    /** One claim changed or was added; the filters and the selection follow. */
    void update(Claim changed) {
        model.update(changed);
        if (changed.assignee() != null || !changed.flags().isEmpty()) {
            rebuildChoices();
        }
        updateCount();
    }

    /** The ids the full-text search found, or null for "no search". */
    void showSearchResult(Set<Long> ids) {
        searchHits = ids == null ? null : Set.copyOf(ids);
        applyFilter();
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

    private void rebuildChoices() {
        List<Claim> claims = model.claims();
        Set<String> flags = claims.stream()
                .flatMap(c -> c.flags().stream())
                .map(RedFlag::code)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> people = claims.stream()
                .map(Claim::assignee)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        List<Object> flagChoices = new ArrayList<>(List.of(ALL, Choice.ANY_FLAG, Choice.NO_FLAG));
        flagChoices.addAll(flags);
        List<Object> verdictChoices = new ArrayList<>(List.of(ALL, Choice.NO_VERDICT));
        verdictChoices.addAll(knownLabels);
        List<Object> assigneeChoices = new ArrayList<>(List.of(ALL, Choice.UNASSIGNED));
        assigneeChoices.addAll(people);
        rebuildingFilters = true;
        try {
            refill(flag, flagChoices);
            refill(verdict, verdictChoices);
            refill(assignee, assigneeChoices);
        } finally {
            rebuildingFilters = false;
        }
    }

    private List<VerdictLabel> knownLabels = List.of();

    void setScaleLabels(List<VerdictLabel> labels) {
        knownLabels = List.copyOf(labels);
        setLabels(labels.stream().collect(Collectors.toMap(VerdictLabel::id, l -> l)));
    }

    private void resetFilterChoices() {
        rebuildingFilters = true;
        try {
            List<Object> states = new ArrayList<>(List.of(ALL, Choice.TO_DO));
            states.addAll(List.of(ClaimState.values()));
            refill(state, states);
            List<Object> kinds = new ArrayList<>(List.of(ALL));
            kinds.addAll(List.of(ClaimKind.values()));
            refill(kind, kinds);
        } finally {
            rebuildingFilters = false;
        }
        rebuildChoices();
    }

    private static void refill(JComboBox<Object> box, List<Object> choices) {
        Object was = box.getSelectedItem();
        box.setModel(new DefaultComboBoxModel<>(choices.toArray()));
        box.setSelectedItem(was != null && choices.contains(was) ? was : ALL);
    }

    /** Clears every filter and the search. */
    void clearFilters() {
        rebuildingFilters = true;
        try {
            for (JComboBox<Object> box : List.of(state, kind, flag, verdict, assignee)) {
                box.setSelectedItem(ALL);
            }
        } finally {
            rebuildingFilters = false;
        }
        search.setText("");
        searchHits = null;
        applyFilter();
    }

    private void applyFilter() {
        ClaimFilter filter = currentFilter();
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
        Object st = state.getSelectedItem();
        Object kd = kind.getSelectedItem();
        Set<ClaimState> states =
                st == Choice.TO_DO ? ClaimFilter.TO_DO : st instanceof ClaimState cs ? Set.of(cs) : Set.of();
        return ClaimFilter.ALL
                .withStates(states)
                .withKind(kd instanceof ClaimKind k ? k : null)
                .withFlag(choice(flag.getSelectedItem(), Choice.ANY_FLAG, Choice.NO_FLAG, String.class))
                .withVerdict(verdictChoice(verdict.getSelectedItem()))
                .withAssignee(choice(assignee.getSelectedItem(), null, Choice.UNASSIGNED, String.class));
    }

    private static <T> ClaimFilter.Choice<T> choice(Object picked, Choice some, Choice none, Class<T> type) {
        if (picked == some) {
            return ClaimFilter.Choice.some();
        }
        if (picked == none) {
            return ClaimFilter.Choice.none();
        }
        return picked != ALL && type.isInstance(picked)
                ? ClaimFilter.Choice.exactly(type.cast(picked))
                : ClaimFilter.Choice.any();
    }

    private static ClaimFilter.Choice<Long> verdictChoice(Object picked) {
        if (picked == Choice.NO_VERDICT) {
            return ClaimFilter.Choice.none();
        }
        return picked instanceof VerdictLabel l ? ClaimFilter.Choice.exactly(l.id()) : ClaimFilter.Choice.any();
    }

    private void updateCount() {
        int shown = table.getRowCount();
        int all = model.getRowCount();
        count.setText(shown == all ? all + " claims" : shown + " of " + all);
    }

    /** Filter choices that are not a value of the claim. */
    enum Choice {
        TO_DO("To do (not approved or dismissed)"),
        ANY_FLAG("Any red flag"),
        NO_FLAG("No red flag"),
        NO_VERDICT("No verdict yet"),
        UNASSIGNED("Unassigned");

        private final String text;

        Choice(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Shows "State: All" style prompts and readable names of enum values. */
    private static final class FilterRenderer extends javax.swing.DefaultListCellRenderer {
        private final String title;

        FilterRenderer(String title) {
            this.title = title;
        }

        @Override
        public Component getListCellRendererComponent(
                javax.swing.JList<?> list, Object value, int index, boolean selected, boolean focus) {
            super.getListCellRendererComponent(list, value, index, selected, focus);
            setText(index < 0 ? title + ": " + text(value) : text(value));
            return this;
        }

        private static String text(Object value) {
            String prefix = "";
            if (value instanceof ClaimState s) {
                return prefix + s.label();
            }
            if (value instanceof ClaimKind k) {
                return prefix + k.label();
            }
            if (value instanceof VerdictLabel l) {
                return prefix + l.name();
            }
            if (value instanceof String code && code.equals(code.toUpperCase(Locale.ROOT)) && code.contains("_")) {
                return prefix + code.toLowerCase(Locale.ROOT).replace('_', ' ');
            }
            return prefix + (value == null ? "" : value.toString());
        }
    }

    /** Scores as two decimals, right-aligned. */
    private static final class ScoreRenderer extends DefaultTableCellRenderer {
        ScoreRenderer() {
            setHorizontalAlignment(RIGHT);
        }

        @Override
        protected void setValue(Object value) {
            setText(value == null ? "" : String.format(Locale.ROOT, "%.2f", (Double) value));
        }
    }

    /** One small warning triangle per red flag; the tooltip names them. */
    private static final class FlagRenderer extends DefaultTableCellRenderer {
        private int flags;

        FlagRenderer() {}

        @Override
        public Component getTableCellRendererComponent(
                JTable t, Object value, boolean selected, boolean focus, int row, int column) {
            super.getTableCellRendererComponent(t, "", selected, focus, row, column);
            @SuppressWarnings("unchecked")
            List<RedFlag> list = value instanceof List<?> l ? (List<RedFlag>) l : List.of();
            flags = list.size();
            setToolTipText(
                    list.isEmpty()
                            ? "No red flags"
                            : list.stream()
                                    .map(f -> f.code().toLowerCase(Locale.ROOT).replace('_', ' '))
                                    .distinct()
                                    .collect(Collectors.joining(", ")));
            return this;
        }

        @Override
        protected void paintComponent(Graphics g) {
            super.paintComponent(g);
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                int size = 10;
                int y = (getHeight() - size) / 2;
                for (int i = 0; i < Math.min(flags, 4); i++) {
                    int x = 6 + i * (size + 3);
                    g2.setColor(new Color(0xE6, 0x7E, 0x00));
                    g2.fillPolygon(new int[] {x, x + size / 2, x + size}, new int[] {y + size, y, y + size}, 3);
                }
            } finally {
                g2.dispose();
            }
        }
    }

    /** The verdict's name after a dot in its colour. */
    private final class VerdictRenderer extends DefaultTableCellRenderer {
        private Color dot;

        VerdictRenderer() {
            setIconTextGap(6);
        }

        @Override
        public Component getTableCellRendererComponent(
                JTable t, Object value, boolean selected, boolean focus, int row, int column) {
            super.getTableCellRendererComponent(t, value, selected, focus, row, column);
            VerdictLabel l =
                    model.label(model.claimAt(t.convertRowIndexToModel(row)).verdictLabelId());
            dot = l == null ? null : Colors.parse(l.colour());
            setIcon(dot == null ? null : new VerdictPanel.Dot(dot));
            return this;
        }
    }

    /** Gives the focus to the queue (Escape from the search, after loading an article). */
    void focusTable() {
        table.requestFocusInWindow();
    }
}
