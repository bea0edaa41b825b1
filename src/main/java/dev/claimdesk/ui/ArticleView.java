package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.Claim;
import java.awt.Component;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
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
    private final ClaimTableModel claimModel = new ClaimTableModel();
    private final JTable claimTable = new JTable(claimModel);
    private final JLabel claimSummary = Texts.plain(new JLabel());
    private final JTextArea claimDetail = Texts.paragraph("");
    private final Runnable editDetails;
    private final VerdictPanel verdictPanel;
    private String reviewer;
    private final java.util.function.Consumer<Claim> onAccept;
    private final java.util.function.Consumer<Claim> onDismiss;
    private final javax.swing.JButton acceptButton = new javax.swing.JButton("Accept");
    private final javax.swing.JButton dismissButton = new javax.swing.JButton("Dismiss…");
    private boolean updating;
    private boolean dividerPlaced;

    ArticleView(
            LongConsumer onSelect,
            Runnable editDetails,
            java.util.function.Consumer<Claim> onAccept,
            java.util.function.Consumer<Claim> onDismiss) {
        super(JSplitPane.HORIZONTAL_SPLIT);
        this.verdictPanel = new VerdictPanel();
        this.editDetails = editDetails;
        this.onAccept = onAccept;
        this.onDismiss = onDismiss;
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

        JPanel top = new JPanel(new MigLayout("fill, wrap, insets 12 16 8 16", "[grow, fill]", "[][]8[grow, fill]"));
        top.add(title, "wmin 0");
        top.add(meta, "wmin 0");
        top.add(new JScrollPane(body));
        top.setPreferredSize(new java.awt.Dimension(700, 440));
        JSplitPane right = new JSplitPane(JSplitPane.VERTICAL_SPLIT, top, claimsPanel());
        right.setResizeWeight(0.6);
        right.setBorder(null);
        // Give the article text about half of the height once the pane has a size.
        right.addHierarchyListener(e -> {
            if ((e.getChangeFlags() & java.awt.event.HierarchyEvent.SHOWING_CHANGED) != 0
                    && right.isShowing()
                    && !dividerPlaced) {
                dividerPlaced = true;
                javax.swing.SwingUtilities.invokeLater(() -> right.setDividerLocation(0.52));
            }
        });
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

    /** Shows the list and selects {@code selectedId} without asking to load it (the presenter does). */
    void showArticles(List<Article> articles, Long selectedId) {
        updating = true;
        try {
            model.clear();
            articles.forEach(model::addElement);
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

    void showArticle(Article a, List<Claim> claims) {
        title.setText(a.title());
        meta.setText(describe(a));
        body.setText(a.bodyText());
        body.setCaretPosition(0);
        claimModel.setClaims(claims);
        long flagged = claims.stream().filter(c -> !c.flags().isEmpty()).count();
        claimSummary.setText(claims.size() + " claims proposed by the detector, " + flagged
                + " with red flags. Select one to see why it was proposed.");
        claimDetail.setText("");
        highlight(claims);
    }

    private JPanel claimsPanel() {
        claimTable.setName("claimTable");
        claimTable.setAutoCreateRowSorter(true);
        claimTable.setFillsViewportHeight(true);
        claimTable.setPreferredScrollableViewportSize(new java.awt.Dimension(600, 170));
        claimTable.setRowHeight(Math.max(claimTable.getRowHeight(), 22));
        claimTable.getSelectionModel().setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        javax.swing.table.DefaultTableCellRenderer plain = new javax.swing.table.DefaultTableCellRenderer();
        Texts.plain(plain);
        claimTable.setDefaultRenderer(String.class, plain);
        claimTable.setDefaultRenderer(Double.class, new ScoreRenderer());
        int[] widths = {36, 60, 120, 170, 170, 500, 150};
        for (int i = 0; i < widths.length; i++) {
            claimTable.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        claimTable.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showSelectedClaim();
                updateButtons();
            }
        });
        body.addCaretListener(e -> {
            if (!updating && e.getDot() == e.getMark()) {
                int row = claimModel.rowOfOffset(e.getDot());
                if (row >= 0) {
                    int view = claimTable.convertRowIndexToView(row);
                    if (view >= 0 && claimTable.getSelectedRow() != view) {
                        claimTable.setRowSelectionInterval(view, view);
                        claimTable.scrollRectToVisible(claimTable.getCellRect(view, 0, true));
                    }
                }
            }
        });
        claimSummary.setName("claimSummary");
        claimDetail.setName("claimDetail");
        javax.swing.JButton details = new javax.swing.JButton("Edit article details…");
        details.setName("editDetails");
        details.addActionListener(e -> editDetails.run());
        JPanel p = new JPanel(new MigLayout("fill, wrap, insets 8 16 12 16", "[grow, fill]", "[][grow, fill]8[]"));
        p.add(claimSummary, "split 2, wmin 0, growx");
        p.add(details, "growx 0");
        p.add(new JScrollPane(claimTable), "hmin 120");
        JScrollPane detailScroll = new JScrollPane(claimDetail);
        detailScroll.setBorder(null);
        p.add(detailScroll, "hmin 60, hmax 170, split 3");
        acceptButton.setName("acceptClaim");
        acceptButton.setToolTipText("Accept the proposed claim for checking (A)");
        acceptButton.addActionListener(e -> selectedClaim().ifPresent(onAccept));
        dismissButton.setName("dismissClaim");
        dismissButton.setToolTipText("Dismiss the claim, with a reason (D)");
        dismissButton.addActionListener(e -> selectedClaim().ifPresent(onDismiss));
        JPanel proposalButtons = new JPanel(new MigLayout("insets 0, wrap 1", "[fill]"));
        proposalButtons.add(acceptButton);
        proposalButtons.add(dismissButton);
        p.add(proposalButtons, "growx 0, aligny top");
        p.add(verdictPanel, "w 380!, aligny top");
        bindKeys();
        updateButtons();
        return p;
    }

    /** J/K (and the arrows) move through the claims; A accepts, D dismisses. */
    private void bindKeys() {
        javax.swing.InputMap in = claimTable.getInputMap(JComponent.WHEN_FOCUSED);
        javax.swing.ActionMap actions = claimTable.getActionMap();
        in.put(javax.swing.KeyStroke.getKeyStroke('j'), "nextClaim");
        in.put(javax.swing.KeyStroke.getKeyStroke('k'), "previousClaim");
        in.put(javax.swing.KeyStroke.getKeyStroke('a'), "acceptClaim");
        in.put(javax.swing.KeyStroke.getKeyStroke('d'), "dismissClaim");
        in.put(javax.swing.KeyStroke.getKeyStroke('r'), "submitClaim");
        for (char k = '1'; k <= '9'; k++) {
            String key = String.valueOf(k);
            in.put(javax.swing.KeyStroke.getKeyStroke(k), "verdict" + key);
            actions.put("verdict" + key, action(() -> verdictPanel.selectHotkey(key)));
        }
        actions.put("submitClaim", action(() -> {
            if (verdictPanel.claim() != null) {
                javax.swing.JButton submit = findButton(verdictPanel, "submitClaim");
                if (submit != null && submit.isEnabled()) {
                    submit.doClick();
                }
            }
        }));
        actions.put("nextClaim", action(() -> moveSelection(1)));
        actions.put("previousClaim", action(() -> moveSelection(-1)));
        actions.put("acceptClaim", action(acceptButton::doClick));
        actions.put("dismissClaim", action(dismissButton::doClick));
    }

    private static javax.swing.JButton findButton(java.awt.Container c, String name) {
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof javax.swing.JButton b && name.equals(b.getName())) {
                return b;
            }
        }
        return null;
    }

    void setVerdictListener(VerdictPanel.Listener listener) {
        verdictPanel.setListener(listener);
    }

    void showScale(dev.claimdesk.domain.VerdictScale scale) {
        verdictPanel.setScale(scale);
    }

    void reviewerChanged(String name) {
        reviewer = name;
        verdictPanel.show(selectedClaim().orElse(null), reviewer);
    }

    private static javax.swing.Action action(Runnable r) {
        return new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                r.run();
            }
        };
    }

    private void moveSelection(int delta) {
        int rows = claimTable.getRowCount();
        if (rows == 0) {
            return;
        }
        int next = Math.max(0, Math.min(rows - 1, claimTable.getSelectedRow() + delta));
        claimTable.setRowSelectionInterval(next, next);
        claimTable.scrollRectToVisible(claimTable.getCellRect(next, 0, true));
    }

    private java.util.Optional<Claim> selectedClaim() {
        int view = claimTable.getSelectedRow();
        return view < 0
                ? java.util.Optional.empty()
                : java.util.Optional.of(claimModel.claimAt(claimTable.convertRowIndexToModel(view)));
    }

    private void updateButtons() {
        java.util.Optional<Claim> c = selectedClaim();
        verdictPanel.show(c.orElse(null), reviewer);
        acceptButton.setEnabled(c.map(x -> x.state() == dev.claimdesk.domain.ClaimState.PROPOSED)
                .orElse(false));
        dismissButton.setEnabled(c.map(x -> x.state() == dev.claimdesk.domain.ClaimState.PROPOSED
                        || x.state() == dev.claimdesk.domain.ClaimState.OPEN)
                .orElse(false));
    }

    /** One claim changed: its row, its highlight and the buttons follow. */
    void showClaimChanged(Claim changed) {
        claimModel.update(changed);
        highlight(claimModel.claims());
        updateButtons();
        showSelectedClaim();
    }

    private void showSelectedClaim() {
        int view = claimTable.getSelectedRow();
        if (view < 0) {
            return;
        }
        Claim c = claimModel.claimAt(claimTable.convertRowIndexToModel(view));
        StringBuilder sb = new StringBuilder();
        sb.append("Why proposed: ").append(String.join("; ", c.reasons())).append('.');
        if (c.claimant() != null) {
            sb.append("\nSaid by: ").append(c.claimant()).append('.');
        }
        for (dev.claimdesk.domain.RedFlag f : c.flags()) {
            sb.append("\n• ").append(f.message());
        }
        claimDetail.setText(sb.toString());
        claimDetail.setCaretPosition(0);
        updating = true;
        try {
            body.select(c.startOffset(), c.endOffset());
            body.getCaret().setSelectionVisible(true);
            java.awt.geom.Rectangle2D r = body.modelToView2D(c.startOffset());
            if (r != null) {
                body.scrollRectToVisible(r.getBounds());
            }
        } catch (javax.swing.text.BadLocationException e) {
            // the claim lies outside the text: nothing to show
        } finally {
            updating = false;
        }
    }

    /** Marks every claim in the text; flagged claims in a warmer colour. */
    private void highlight(List<Claim> claims) {
        javax.swing.text.Highlighter h = body.getHighlighter();
        h.removeAllHighlights();
        for (Claim c : claims) {
            if (c.state() == dev.claimdesk.domain.ClaimState.DISMISSED) {
                continue; // dismissed claims no longer mark the text
            }
            try {
                h.addHighlight(c.startOffset(), c.endOffset(), c.flags().isEmpty() ? CLAIM : FLAGGED);
            } catch (javax.swing.text.BadLocationException e) {
                // offsets are checked on import; a mismatch only loses the highlight
            }
        }
    }

    private static final javax.swing.text.Highlighter.HighlightPainter CLAIM =
            new javax.swing.text.DefaultHighlighter.DefaultHighlightPainter(new java.awt.Color(64, 140, 255, 60));
    private static final javax.swing.text.Highlighter.HighlightPainter FLAGGED =
            new javax.swing.text.DefaultHighlighter.DefaultHighlightPainter(new java.awt.Color(255, 160, 0, 80));

    /** Scores as two decimals, right-aligned. */
    private static final class ScoreRenderer extends javax.swing.table.DefaultTableCellRenderer {
        ScoreRenderer() {
            setHorizontalAlignment(RIGHT);
        }

        @Override
        protected void setValue(Object value) {
            setText(value == null ? "" : String.format(Locale.ROOT, "%.2f", (Double) value));
        }
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
