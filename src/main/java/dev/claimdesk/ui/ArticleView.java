package dev.claimdesk.ui;

import static dev.claimdesk.ui.action.ActionCatalogue.typedKey;

import com.formdev.flatlaf.FlatClientProperties;
import dev.claimdesk.app.Settings;
import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleProgress;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimDetail;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.domain.VerdictScale;
import dev.claimdesk.ui.action.ActionCatalogue;
import dev.claimdesk.ui.action.ActionId;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.swing.AbstractAction;
import javax.swing.ActionMap;
import javax.swing.DefaultListModel;
import javax.swing.InputMap;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.Highlighter;
import javax.swing.text.JTextComponent;
import javax.swing.text.View;
import net.miginfocom.swing.MigLayout;

/**
 * The review workspace: the article list, the article text with every claim highlighted, the claim
 * queue and the selected claim's detail. Selecting a claim in the text selects it in the queue and
 * the other way round.
 */
final class ArticleView extends JSplitPane {
    /** Everything the workspace asks of the presenter. */
    interface Listener extends ClaimDetailPanel.Listener, VerdictPanel.Listener {
        void selectArticle(long articleId);

        void editDetails();

        void claimSelected(Claim claim);

        void search(String query);

        void markClaim(int start, int end);

        void split(Claim claim, int at);

        void merge(Claim first, Claim second);

        void markDuplicate(Claim claim, List<Claim> candidates);
    }

    private final DefaultListModel<Article> model = new DefaultListModel<>();
    private final JList<Article> list = new JList<>(model);
    private final JTextField articleSearch = new JTextField();
    private List<Article> allArticles = List.of();
    private Map<Long, ArticleProgress> progress = Map.of();
    private final JLabel title = new JLabel();
    private final JLabel meta = new JLabel();
    private final JTextArea body = new JTextArea();
    private final ClaimQueue queue;
    private final ClaimDetailPanel detail = new ClaimDetailPanel();
    private final Map<Long, Object> highlightTags = new HashMap<>();
    private Object selectedTag;
    private final Settings settings;
    private final JSplitPane textAndWork;
    private final JSplitPane queueAndDetail;
    private Map<Long, VerdictLabel> labels = Map.of();
    private Listener listener;
    private String reviewer;
    private boolean updating;
    private Article article;
    private Long shownClaimId;

    ArticleView(Settings settings) {
        super(JSplitPane.HORIZONTAL_SPLIT);
        this.settings = settings;
        setName("articleView");
        queue = new ClaimQueue(q -> {
            if (listener != null) {
                listener.search(q);
            }
        });
        list.setName("articleList");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new ArticleRenderer());
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !updating && list.getSelectedValue() != null && listener != null) {
                listener.selectArticle(list.getSelectedValue().id());
            }
        });
        articleSearch.setName("articleSearch");
        articleSearch.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Find an article");
        articleSearch.putClientProperty(FlatClientProperties.TEXT_FIELD_SHOW_CLEAR_BUTTON, true);
        articleSearch.getDocument().addDocumentListener(SimpleDocumentListener.of(this::filterArticles));
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
        body.getCaret().setVisible(true);
        body.setComponentPopupMenu(textMenu());
        // A theme switch installs a new highlighter: mark the claims again.
        body.addPropertyChangeListener(
                "highlighter",
                e -> SwingUtilities.invokeLater(() -> highlightAll(queue.model().claims())));
        body.addCaretListener(e -> {
            if (!updating && e.getDot() == e.getMark()) {
                int row = queue.model().rowOfOffset(e.getDot());
                if (row >= 0) {
                    queue.select(queue.model().claimAt(row).id());
                }
            }
        });
        queue.table().getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                claimSelectionChanged();
            }
        });
        detail.setMinimumSize(new java.awt.Dimension(380, 200));

        JButton details = new JButton("Edit details…");
        details.setName("editDetails");
        details.setToolTipText("Title, outlet, author, URL and date of the article");
        details.addActionListener(e -> {
            if (listener != null) {
                listener.editDetails();
            }
        });
        JPanel top = new JPanel(new MigLayout("fill, wrap, insets 10 16 6 16", "[grow, fill]", "[][]6[grow, fill]"));
        top.add(title, "split 2, wmin 0, growx");
        top.add(details, "growx 0");
        top.add(meta, "wmin 0");
        top.add(new JScrollPane(body), "hmin 80");
        JPanel queuePanel = new JPanel(new MigLayout("fill, insets 6 16 8 8", "[grow, fill]", "[grow, fill]"));
        queuePanel.add(queue);
        queueAndDetail = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, queuePanel, detail);
        queueAndDetail.setResizeWeight(0.52);
        queueAndDetail.setBorder(null);
        textAndWork = new JSplitPane(JSplitPane.VERTICAL_SPLIT, top, queueAndDetail);
        textAndWork.setResizeWeight(0.45);
        textAndWork.setBorder(null);

        list.setFixedCellWidth(100);
        JScrollPane listScroll =
                new JScrollPane(list, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        JPanel left = new JPanel(new MigLayout("fill, wrap, insets 8 8 8 0", "[grow, fill]", "[][grow, fill]"));
        left.add(articleSearch);
        left.add(listScroll);
        left.setMinimumSize(new java.awt.Dimension(180, 100));
        setLeftComponent(left);
        setRightComponent(textAndWork);
        setResizeWeight(0.0);
        remember(
                new Divider(this, "split.articles", 260),
                new Divider(textAndWork, "split.text", -1),
                new Divider(queueAndDetail, "split.queue", -1));
        bindKeys(queue.table());
        bindKeys(body);
        detail.verdictPanel().setOnEscape(queue::focusTable);
    }

    /** A split pane whose divider is remembered under a settings key. */
    private record Divider(JSplitPane pane, String key, int fallback) {}

    /**
     * Restores the dividers from the settings once the workspace is shown (outer pane first, each
     * laid out before the next, so a nested pane gets its final size before its divider is set), and
     * saves every move afterwards.
     */
    private void remember(Divider... dividers) {
        addHierarchyListener(new java.awt.event.HierarchyListener() {
            private boolean placed;

            @Override
            public void hierarchyChanged(java.awt.event.HierarchyEvent e) {
                if ((e.getChangeFlags() & java.awt.event.HierarchyEvent.SHOWING_CHANGED) != 0
                        && isShowing()
                        && !placed) {
                    placed = true;
                    SwingUtilities.invokeLater(() -> {
                        for (Divider d : dividers) {
                            Optional<Integer> saved = settings.get(d.key()).flatMap(ArticleView::parseInt);
                            if (saved.isPresent()) {
                                d.pane().setDividerLocation(saved.get());
                            } else if (d.fallback() > 0) {
                                d.pane().setDividerLocation(d.fallback());
                            } else {
                                d.pane().setDividerLocation(d.pane().getResizeWeight());
                            }
                            d.pane().validate();
                        }
                        for (Divider d : dividers) {
                            d.pane()
                                    .addPropertyChangeListener(
                                            JSplitPane.DIVIDER_LOCATION_PROPERTY,
                                            ev -> settings.put(
                                                    d.key(),
                                                    Integer.toString(d.pane().getDividerLocation())));
                        }
                    });
                }
            }
        });
    }

    private static Optional<Integer> parseInt(String s) {
        try {
            return Optional.of(Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    void setListener(Listener l) {
        listener = l;
        detail.setListener(l, l);
    }

    /** Shows the list and selects {@code selectedId} without asking to load it (the presenter does). */
    void showArticles(List<Article> articles, Map<Long, ArticleProgress> byArticle, Long selectedId) {
        allArticles = List.copyOf(articles);
        progress = Map.copyOf(byArticle);
        fillList(selectedId);
    }

    private void filterArticles() {
        fillList(
                list.getSelectedValue() == null ? null : list.getSelectedValue().id());
    }

    private void fillList(Long selectedId) {
        updating = true;
        try {
            String q = articleSearch.getText().strip().toLowerCase(Locale.ROOT);
            model.clear();
            for (Article a : allArticles) {
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

    /** The progress of one article changed (a claim was approved, accepted …). */
    void showProgress(Map<Long, ArticleProgress> byArticle) {
        progress = Map.copyOf(byArticle);
        list.repaint();
    }

    void showArticle(Article a, List<Claim> claims) {
        boolean sameArticle = article != null && article.id() == a.id();
        Long keep = sameArticle ? queue.selected().map(Claim::id).orElse(null) : null;
        article = a;
        if (!sameArticle) {
            shownClaimId = null;
        }
        title.setText(a.title());
        meta.setText(describe(a));
        updating = true;
        try {
            if (!sameArticle || !body.getText().equals(a.bodyText())) {
                body.setText(a.bodyText());
                body.setCaretPosition(0);
            }
        } finally {
            updating = false;
        }
        queue.setClaims(claims);
        highlightAll(claims);
        if (keep != null) {
            queue.select(keep);
        } else if (!claims.isEmpty()) {
            queue.move(0);
        } else {
            detail.show(null, reviewer);
        }
        java.awt.Component focus =
                java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        if (!sameArticle && !(focus instanceof JTextComponent)) {
            queue.focusTable(); // a new article: the keyboard is ready for J/K/A/D
        }
    }

    /** Claims changed or were added (accept, split, merge …): their rows and highlights follow. */
    void showClaimsChanged(List<Claim> changed) {
        for (Claim c : changed) {
            queue.update(c);
            highlight(c);
        }
        Optional<Claim> sel = queue.selected();
        sel.ifPresent(c -> {
            detail.show(c, reviewer);
            outline(c);
        });
    }

    void showClaimDetail(ClaimDetail d) {
        detail.showDetail(d, reviewer);
    }

    void showSearchResult(Set<Long> ids) {
        queue.showSearchResult(ids);
    }

    /** Selects the claim in the queue (clearing filters that hide it) and scrolls the text to it. */
    void selectClaim(long claimId) {
        if (!queue.select(claimId)) {
            queue.clearFilters();
            queue.select(claimId);
        }
    }

    void showScale(VerdictScale scale) {
        detail.verdictPanel().setScale(scale);
        labels = scale.labels().stream().collect(Collectors.toMap(VerdictLabel::id, l -> l));
        queue.setScaleLabels(scale.labels());
        highlightAll(queue.model().claims());
    }

    void reviewerChanged(String name) {
        reviewer = name;
        detail.show(queue.selected().orElse(null), reviewer);
    }

    private void claimSelectionChanged() {
        Optional<Claim> c = queue.selected();
        Long id = c.map(Claim::id).orElse(null);
        if (id != null && id.equals(shownClaimId)) {
            // The same claim, re-selected by a filter or a sort: nothing to scroll or load again.
            detail.show(c.get(), reviewer);
            return;
        }
        shownClaimId = id;
        detail.show(c.orElse(null), reviewer);
        c.ifPresent(claim -> {
            outline(claim);
            scrollTextTo(claim);
            if (listener != null) {
                listener.claimSelected(claim);
            }
        });
    }

    /** J/K (and the arrows in the queue) move; A, D, E, R and 1-9 act on the selected claim. */
    private void bindKeys(JComponent on) {
        InputMap in = on.getInputMap(JComponent.WHEN_FOCUSED);
        ActionMap actions = on.getActionMap();
        bind(in, actions, typedKey(ActionId.NEXT_CLAIM), "nextClaim", () -> queue.move(1));
        bind(in, actions, typedKey(ActionId.PREVIOUS_CLAIM), "previousClaim", () -> queue.move(-1));
        bind(in, actions, typedKey(ActionId.ACCEPT), "acceptClaim", () -> onSelected(listener::accept));
        bind(in, actions, typedKey(ActionId.DISMISS), "dismissClaim", () -> onSelected(listener::dismiss));
        bind(in, actions, typedKey(ActionId.NEW_EVIDENCE), "newEvidence", this::newEvidence);
        bind(
                in,
                actions,
                typedKey(ActionId.SUBMIT),
                "submitClaim",
                () -> detail.verdictPanel().submitIfPossible());
        for (char k : ActionCatalogue.typedKeys(ActionId.CHOOSE_VERDICT)) {
            String key = String.valueOf(k);
            bind(in, actions, k, "verdict" + key, () -> chooseVerdict(key));
        }
    }

    /**
     * Binds the typed character (so the character is used up and never reaches the field that gets
     * the focus next, as the rationale after a verdict key), and ignores it when Ctrl, Alt or Meta
     * is held: Ctrl+1 also types "1" on some systems, and must switch the tab, not choose a verdict.
     */
    private static void bind(InputMap in, ActionMap actions, char key, String name, Runnable work) {
        in.put(KeyStroke.getKeyStroke(key), name);
        actions.put(name, new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                java.awt.AWTEvent current = java.awt.EventQueue.getCurrentEvent();
                if (current instanceof java.awt.event.KeyEvent k
                        && (k.isControlDown() || k.isAltDown() || k.isMetaDown())) {
                    return;
                }
                work.run();
            }
        });
    }

    private void onSelected(java.util.function.Consumer<Claim> work) {
        if (listener != null) {
            queue.selected().ifPresent(work);
        }
    }

    /** E: a new evidence item for the selected claim (shows the evidence tab). */
    void newEvidence() {
        queue.selected().ifPresent(c -> {
            if (c.state() == ClaimState.OPEN || c.state() == ClaimState.IN_RESEARCH) {
                detail.setSelectedIndex(ClaimDetailPanel.EVIDENCE_TAB);
            }
            listener.addEvidence(c); // the presenter explains when the claim cannot take evidence
        });
    }

    /** 1-9: picks the verdict with that hotkey and puts the caret in the rationale. */
    private void chooseVerdict(String key) {
        if (queue.selected().isPresent() && detail.verdictPanel().selectHotkey(key)) {
            detail.setSelectedIndex(ClaimDetailPanel.VERDICT_TAB);
            detail.verdictPanel().focusRationale();
        }
    }

    void showTab(int index) {
        detail.setSelectedIndex(index);
    }

    /** Ctrl+F: the claim search. */
    void focusSearch() {
        queue.searchField().requestFocusInWindow();
        queue.searchField().selectAll();
    }

    void focusQueue() {
        queue.focusTable();
    }

    Optional<Claim> selectedClaim() {
        return queue.selected();
    }

    ClaimDetailPanel detail() {
        return detail;
    }

    /** The text selection becomes a claim. */
    void markSelection() {
        int start = body.getSelectionStart();
        int end = body.getSelectionEnd();
        if (listener != null) {
            listener.markClaim(start, end);
        }
    }

    /** Splits the selected claim at the caret in the text. */
    void splitAtCaret() {
        queue.selected().ifPresent(c -> listener.split(c, body.getCaretPosition()));
    }

    void mergeWithNext() {
        queue.selected()
                .ifPresent(c -> queue.nextInText(c)
                        .ifPresentOrElse(next -> listener.merge(c, next), () -> listener.merge(c, null)));
    }

    void markDuplicate() {
        queue.selected()
                .ifPresent(c -> listener.markDuplicate(
                        c,
                        queue.model().claims().stream()
                                .filter(o -> o.id() != c.id() && o.state() != ClaimState.DISMISSED)
                                .toList()));
    }

    private javax.swing.JPopupMenu textMenu() {
        javax.swing.JPopupMenu menu = new javax.swing.JPopupMenu();
        menu.add(Actions.of(ActionId.MARK_CLAIM, this::markSelection)).setName("popupMarkClaim");
        menu.add(Actions.of(ActionId.SPLIT, this::splitAtCaret));
        menu.add(Actions.of("Copy", "Copy the selected text", KeyStroke.getKeyStroke("ctrl C"), null, body::copy));
        return menu;
    }

    JTextArea body() {
        return body;
    }

    ClaimQueue queue() {
        return queue;
    }

    private void scrollTextTo(Claim c) {
        updating = true;
        try {
            if (c.endOffset() <= body.getDocument().getLength()) {
                body.setCaretPosition(c.startOffset());
                java.awt.geom.Rectangle2D r = body.modelToView2D(c.startOffset());
                if (r != null) {
                    Rectangle visible = body.getVisibleRect();
                    Rectangle target = r.getBounds();
                    if (!visible.contains(target)) {
                        target.y = Math.max(0, target.y - visible.height / 3);
                        target.height = visible.height;
                        body.scrollRectToVisible(target);
                    }
                }
            }
        } catch (BadLocationException e) {
            // the claim lies outside the text: nothing to scroll to
        } finally {
            updating = false;
        }
    }

    /** Marks every claim in the text in its state's or verdict's colour. */
    private void highlightAll(List<Claim> claims) {
        Highlighter h = body.getHighlighter();
        h.removeAllHighlights();
        highlightTags.clear();
        selectedTag = null;
        for (Claim c : claims) {
            highlight(c);
        }
        queue.selected().ifPresent(this::outline);
    }

    private void highlight(Claim c) {
        Highlighter h = body.getHighlighter();
        Object old = highlightTags.remove(c.id());
        if (old != null) {
            h.removeHighlight(old);
        }
        if (c.state() == ClaimState.DISMISSED
                || c.endOffset() > body.getDocument().getLength()) {
            return; // dismissed claims no longer mark the text
        }
        try {
            highlightTags.put(c.id(), h.addHighlight(c.startOffset(), c.endOffset(), painter(c)));
        } catch (BadLocationException e) {
            // offsets are checked on import; a mismatch only loses the highlight
        }
    }

    private void outline(Claim c) {
        Highlighter h = body.getHighlighter();
        if (selectedTag != null) {
            h.removeHighlight(selectedTag);
            selectedTag = null;
        }
        if (c.endOffset() <= body.getDocument().getLength()) {
            try {
                selectedTag = h.addHighlight(c.startOffset(), c.endOffset(), OUTLINE);
            } catch (BadLocationException e) {
                // nothing to outline
            }
        }
    }

    private final Map<String, Highlighter.HighlightPainter> painters = new HashMap<>();

    /** Verdict colour when there is a verdict; else blue for proposals, amber for claims in research. */
    private Highlighter.HighlightPainter painter(Claim c) {
        Color colour;
        VerdictLabel l = c.verdictLabelId() == null ? null : labels.get(c.verdictLabelId());
        if (l != null) {
            colour = Colors.withAlpha(Colors.parse(l.colour()), 70);
        } else if (c.state() == ClaimState.PROPOSED) {
            colour = new Color(64, 140, 255, 55);
        } else {
            colour = new Color(255, 170, 0, 80);
        }
        boolean flagged = !c.flags().isEmpty();
        String key = colour.getRGB() + ":" + flagged;
        return painters.computeIfAbsent(key, k -> new ClaimPainter(colour, flagged));
    }

    private static final Highlighter.HighlightPainter OUTLINE = new OutlinePainter();

    /** A translucent background; flagged claims also get a red wavy underline. */
    private static final class ClaimPainter extends DefaultHighlighter.DefaultHighlightPainter {
        private final boolean flagged;

        ClaimPainter(Color colour, boolean flagged) {
            super(colour);
            this.flagged = flagged;
        }

        @Override
        public Shape paintLayer(Graphics g, int p0, int p1, Shape bounds, JTextComponent c, View view) {
            Shape s = super.paintLayer(g, p0, p1, bounds, c, view);
            if (flagged && s != null) {
                Rectangle r = s.getBounds();
                Graphics2D g2 = (Graphics2D) g.create();
                g2.setColor(new Color(220, 50, 40));
                int y = r.y + r.height - 2;
                for (int x = r.x; x < r.x + r.width - 2; x += 4) {
                    g2.drawLine(x, y, x + 2, y - 2);
                    g2.drawLine(x + 2, y - 2, x + 4, y);
                }
                g2.dispose();
            }
            return s;
        }
    }

    /** The selected claim: a frame around its text. */
    private static final class OutlinePainter extends DefaultHighlighter.DefaultHighlightPainter {
        OutlinePainter() {
            super(new Color(0, 0, 0, 0));
        }

        @Override
        public Shape paintLayer(Graphics g, int p0, int p1, Shape bounds, JTextComponent c, View view) {
            try {
                Shape shape = view.modelToView(
                        p0,
                        javax.swing.text.Position.Bias.Forward,
                        p1,
                        javax.swing.text.Position.Bias.Backward,
                        bounds);
                Rectangle r = shape.getBounds();
                Graphics2D g2 = (Graphics2D) g.create();
                g2.setColor(
                        javax.swing.UIManager.getColor("Component.focusColor") == null
                                ? new Color(40, 110, 230)
                                : javax.swing.UIManager.getColor("Component.focusColor"));
                g2.setStroke(new BasicStroke(1.5f));
                g2.drawRect(r.x, r.y, Math.max(1, r.width - 1), r.height - 1);
                g2.dispose();
                return r;
            } catch (BadLocationException e) {
                return null;
            }
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

    /** Title over outlet and date and the review progress, cut with an ellipsis; never HTML. */
    private final class ArticleRenderer extends JPanel implements javax.swing.ListCellRenderer<Article> {
        private final JLabel titleLabel = new JLabel();
        private final JLabel detailLabel = new JLabel();
        private final JProgressBar bar = new JProgressBar();
        private final JLabel progressLabel = new JLabel();

        ArticleRenderer() {
            super(new MigLayout("insets 6 8 6 8, wrap, gap 2", "[grow, fill]"));
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
            String outlet = a.outlet() == null ? "" : a.outlet();
            String date = a.publishedOn() == null ? "" : a.publishedOn().toString();
            ArticleProgress p = progress.getOrDefault(a.id(), ArticleProgress.none(a.id()));
            List<String> parts = new ArrayList<>();
            if (!outlet.isEmpty()) {
                parts.add(outlet);
            }
            if (!date.isEmpty()) {
                parts.add(date);
            }
            detailLabel.setText(parts.isEmpty() ? "No source details" : String.join("  ·  ", parts));
            progressLabel.setText(
                    p.accepted() == 0 ? "none accepted" : p.decided() + " of " + p.accepted() + " decided");
            progressLabel.setForeground(selected ? l.getSelectionForeground() : l.getForeground());
            bar.setMaximum(Math.max(1, p.accepted()));
            bar.setValue(p.decided());
            setBackground(selected ? l.getSelectionBackground() : l.getBackground());
            titleLabel.setForeground(selected ? l.getSelectionForeground() : l.getForeground());
            detailLabel.setForeground(selected ? l.getSelectionForeground() : l.getForeground());
            return this;
        }
    }
}
