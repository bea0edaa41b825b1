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
import java.awt.BorderLayout;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.swing.AbstractAction;
import javax.swing.ActionMap;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import net.miginfocom.swing.MigLayout;

/**
 * The review workspace: the article list, the article text with every claim highlighted, the claim
 * queue and the selected claim's detail. Selecting a claim in the text selects it in the queue and
 * the other way round. The parts are {@link ArticleList}, {@link ArticleText} (marked by
 * {@link ClaimHighlights}), {@link ClaimQueue} and {@link ClaimDetailPanel}, placed by
 * {@link WorkspaceLayout}; this class keeps them in step and holds the one-letter keys.
 */
final class ArticleView extends JPanel {
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

        /** A bulk accept of the claims selected in the queue (one undo step). */
        void acceptMany(List<Claim> claims);

        /** A bulk dismissal of the claims selected in the queue, with one reason. */
        void dismissMany(List<Claim> claims);
    }

    private final ArticleList articles;
    private final ArticleText text;
    private final JTextArea body;
    private final ClaimHighlights highlights;
    private final ClaimQueue queue;
    private final ClaimDetailPanel detail = new ClaimDetailPanel();
    private final WorkspaceLayout layout;
    private final JToggleButton listToggle = new JToggleButton(Icons.get("article-list"));
    private Runnable listShown = () -> {};
    private Map<Long, VerdictLabel> labels = Map.of();
    private Listener listener;
    private String reviewer;
    private boolean updating;
    private Article article;
    private Long shownClaimId;

    ArticleView(Settings settings) {
        super(new BorderLayout());
        setName("articleView");
        articles = new ArticleList(id -> {
            if (listener != null) {
                listener.selectArticle(id);
            }
        });
        queue = new ClaimQueue(q -> {
            if (listener != null) {
                listener.search(q);
            }
        });
        text = new ArticleText(listToggle, () -> {
            if (listener != null) {
                listener.editDetails();
            }
        });
        body = text.body();
        highlights = new ClaimHighlights(body, id -> labels.get(id));
        body.setComponentPopupMenu(textMenu());
        // A theme switch installs a new highlighter: mark the claims again.
        body.addPropertyChangeListener("highlighter", e -> SwingUtilities.invokeLater(this::markAll));
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
        detail.setMinimumSize(new java.awt.Dimension(340, 200));
        JPanel queuePanel = new JPanel(new MigLayout("fill, insets 6 12 8 12", "[grow, fill]", "[grow, fill]"));
        queuePanel.add(queue);
        layout = new WorkspaceLayout(settings, articles, text, detail, queuePanel);
        add(layout);
        listToggle.setName("toggleArticleList");
        listToggle.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_TOOLBAR_BUTTON);
        listToggle.setToolTipText("Show or hide the article list (its width goes to the text and the queue)");
        listToggle.setSelected(layout.isListShown());
        listToggle.addActionListener(e -> {
            layout.setListShown(listToggle.isSelected());
            listShown.run();
        });
        bindKeys(queue.table());
        bindKeys(body);
        detail.verdictPanel().setOnEscape(queue::focusTable);
    }

    void setListener(Listener l) {
        listener = l;
        detail.setListener(l, l);
    }

    /** Shows the list and selects {@code selectedId} without asking to load it (the presenter does). */
    void showArticles(List<Article> list, Map<Long, ArticleProgress> byArticle, Long selectedId) {
        articles.show(list, byArticle, selectedId);
    }

    /** The progress of one article changed (a claim was approved, accepted …). */
    void showProgress(Map<Long, ArticleProgress> byArticle) {
        articles.showProgress(byArticle);
    }

    /** Whether the article list is shown (remembered in the settings). */
    boolean isArticleListShown() {
        return layout.isListShown();
    }

    /** Told when the article list's button shows or hides it (the View menu's check follows). */
    void onArticleListToggled(Runnable r) {
        listShown = r;
    }

    /** Shows or hides the article list, as its toggle button does. */
    void setArticleListShown(boolean shown) {
        layout.setListShown(shown);
        listToggle.setSelected(shown);
    }

    void showArticle(Article a, List<Claim> claims) {
        boolean sameArticle = article != null && article.id() == a.id();
        Long keep = sameArticle ? queue.selected().map(Claim::id).orElse(null) : null;
        article = a;
        if (!sameArticle) {
            shownClaimId = null;
        }
        updating = true;
        try {
            text.show(a, sameArticle);
        } finally {
            updating = false;
        }
        queue.setClaims(claims);
        markAll();
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
            highlights.mark(c);
        }
        queue.selected().ifPresent(c -> {
            detail.show(c, reviewer);
            highlights.select(c);
        });
    }

    void showClaimDetail(ClaimDetail d) {
        detail.showDetail(d, reviewer);
    }

    /** The signed-in reviewer's view of a claim's blind review (decision 0027). */
    void showBlindView(long claimId, dev.claimdesk.app.BlindReviewService.View view) {
        detail.verdictPanel().showBlind(claimId, view);
    }

    /** Blind progress per claim in the queue's state column, never whose verdicts. */
    void showBlindProgress(Map<Long, String> progress) {
        queue.model().setBlindProgress(progress);
    }

    /** The claims the search found are filtered in the queue and marked in the text (null: no search). */
    void showSearchResult(Set<Long> ids) {
        queue.showSearchResult(ids);
        highlights.showHits(queue.model().claims(), ids);
    }

    /** The text's search markers (for tests). */
    ClaimHighlights highlights() {
        return highlights;
    }

    /** Selects the claim in the queue (clearing filters that hide it) and scrolls the text to it. */
    void selectClaim(long claimId) {
        if (!queue.select(claimId)) {
            queue.clearFilters();
            highlights.showHits(queue.model().claims(), null);
            queue.select(claimId);
        }
    }

    void showScale(VerdictScale scale) {
        detail.verdictPanel().setScale(scale);
        labels = scale.labels().stream().collect(Collectors.toMap(VerdictLabel::id, l -> l));
        queue.setScaleLabels(scale.labels());
        markAll();
    }

    void reviewerChanged(String name) {
        reviewer = name;
        detail.show(queue.selected().orElse(null), reviewer);
    }

    private void markAll() {
        highlights.markAll(queue.model().claims(), queue.selected().orElse(null), queue.searchHits());
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
            highlights.select(claim);
            updating = true;
            try {
                text.scrollTo(claim);
            } finally {
                updating = false;
            }
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
        bind(
                in,
                actions,
                typedKey(ActionId.ACCEPT),
                "acceptClaim",
                () -> onSelection(listener::accept, listener::acceptMany));
        bind(
                in,
                actions,
                typedKey(ActionId.DISMISS),
                "dismissClaim",
                () -> onSelection(listener::dismiss, listener::dismissMany));
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

    /** One claim selected: {@code one}; several (Shift/Ctrl-click, Ctrl+A): {@code many}, on all of them. */
    private void onSelection(java.util.function.Consumer<Claim> one, java.util.function.Consumer<List<Claim>> many) {
        if (listener == null) {
            return;
        }
        List<Claim> selected = queue.selectedAll();
        if (selected.size() > 1) {
            many.accept(selected);
        } else {
            queue.selected().ifPresent(one);
        }
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

    /** The claims selected in the queue (several for a bulk action). */
    java.util.List<Claim> selectedClaims() {
        return queue.selectedAll();
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
}
