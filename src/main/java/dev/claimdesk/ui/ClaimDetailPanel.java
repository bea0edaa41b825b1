package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimDetail;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.HistoryEntry;
import dev.claimdesk.domain.SimilarClaim;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/** The selected claim: what it says and why it was proposed, its evidence, its verdict, its history. */
final class ClaimDetailPanel extends JTabbedPane {
    static final int CLAIM_TAB = 0;
    static final int EVIDENCE_TAB = 1;
    static final int VERDICT_TAB = 2;
    static final int HISTORY_TAB = 3;
    static final int SIMILAR_TAB = 4;

    /** What the detail asks the presenter (or the article view) to do. */
    interface Listener {
        void accept(Claim claim);

        void dismiss(Claim claim);

        void addEvidence(Claim claim);

        void editEvidence(Claim claim, Evidence evidence);

        void deleteEvidence(Claim claim, Evidence evidence);

        void openLink(String url);

        /** Saves the evidence item's local copy, as the database keeps it, where the reviewer chooses. */
        default void saveLocalCopy(Evidence evidence) {}

        /** A checklist question ticked or unticked. */
        void setChecked(Claim claim, String item, boolean checked);

        /**
         * "Checked before": the claim is the same claim as a desk claim of another article, linked in
         * its history; with {@code reuse}, that claim's verdict, rationale and evidence are copied as
         * a start.
         */
        void linkSimilar(Claim claim, SimilarClaim earlier, boolean reuse);

        /** Shows a similar desk claim in its article, or a fact-check's page. */
        void openSimilar(SimilarClaim match);
    }

    private final JTextArea about = Texts.paragraph("");
    private final JTextArea returned = Texts.paragraph("");
    private final JPanel checklist = new JPanel(new MigLayout("insets 0, wrap 2, gap 4 2", "[][grow, fill]"));
    private final Map<String, javax.swing.JCheckBox> checkBoxes = new LinkedHashMap<>();
    private long checklistClaimId = -1;
    private final JButton accept = new JButton("Accept");
    private final JButton dismiss = new JButton("Dismiss…");
    private final ListTableModel<Evidence> evidenceModel = new ListTableModel<>(
            ClaimText::evidenceCell, "Stance", "Source", "Publisher", "Type", "Grade", "Published");
    private final JTable evidenceTable = new JTable(evidenceModel);
    private final JButton addEvidence = new JButton("Add…");
    private final JButton editEvidence = new JButton("Edit…");
    private final JButton deleteEvidence = new JButton("Delete");
    private final JButton openLink = new JButton("Open link");
    private final JButton saveCopy = new JButton("Save local copy…");
    private final VerdictPanel verdictPanel = new VerdictPanel();
    private final ListTableModel<HistoryEntry> historyModel =
            new ListTableModel<>(ClaimText::historyCell, "When", "Who", "What", "From", "To", "Detail");
    private final JTable historyTable = new JTable(historyModel);
    private final JTextArea checkedBefore = Texts.paragraph("");
    private final JTextArea similarState = Texts.paragraph(" ");
    private final ListTableModel<SimilarClaim> similarModel =
            new ListTableModel<>(ClaimText::similarCell, "Claim", "Verdict", "Where", "What differs");
    private final JTable similarTable = new JTable(similarModel);
    private final JButton sameClaim = new JButton("Same claim");
    private final JButton reuseVerdict = new JButton("Same claim, reuse its verdict");
    private final JButton openSimilar = new JButton("Show");
    private List<SimilarClaim> similar = List.of();
    private Listener listener;
    private Claim claim;
    private ClaimDetail detail;

    ClaimDetailPanel() {
        setName("claimTabs");
        addTab("Claim", claimTab());
        addTab("Evidence", evidenceTab());
        addTab("Verdict", verdictTab());
        addTab("History", historyTab());
        addTab("Checked before", similarTab());
        setToolTipTextAt(CLAIM_TAB, "What the claim says and why it was proposed (Ctrl+1)");
        setToolTipTextAt(EVIDENCE_TAB, "Sources for and against the claim (Ctrl+2)");
        setToolTipTextAt(VERDICT_TAB, "The verdict, its rationale and the second review (Ctrl+3)");
        setToolTipTextAt(HISTORY_TAB, "Every change to the claim: who, when, what (Ctrl+4)");
        setToolTipTextAt(
                SIMILAR_TAB, "Claims of other articles and fact-checks of the archive that say much the same (Ctrl+5)");
        show(null, null);
    }

    private JPanel claimTab() {
        about.setName("claimDetail");
        returned.setName("returnComment");
        returned.setColumns(30);
        returned.setOpaque(true);
        returned.putClientProperty(FlatClientProperties.STYLE, "background: $ClaimDesk.returned.background");
        returned.setBorder(javax.swing.BorderFactory.createEmptyBorder(6, 8, 6, 8));
        accept.setName("acceptClaim");
        accept.setToolTipText("Accept the proposed claim for checking (A)");
        accept.addActionListener(e -> ifClaim(l -> l.accept(claim)));
        dismiss.setName("dismissClaim");
        dismiss.setToolTipText("Dismiss the claim, with a reason (D)");
        dismiss.addActionListener(e -> ifClaim(l -> l.dismiss(claim)));
        // One column that scrolls as a whole: the description and the checklist wrap at its width,
        // and no line is ever cut by a second, smaller scroll area.
        ScrollableColumn column = new ScrollableColumn(new MigLayout("wrap, insets 8", "[grow, fill]", "[]8[]8[]"));
        column.add(returned, "hidemode 3, growx, wmin 0");
        checkedBefore.setName("checkedBefore");
        checkedBefore.setOpaque(true);
        checkedBefore.putClientProperty(FlatClientProperties.STYLE, "background: $ClaimDesk.checkedBefore.background");
        checkedBefore.setBorder(javax.swing.BorderFactory.createEmptyBorder(6, 8, 6, 8));
        checkedBefore.setVisible(false);
        checkedBefore.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                setSelectedIndex(SIMILAR_TAB);
            }
        });
        column.add(checkedBefore, "hidemode 3, growx, wmin 0");
        about.setFocusable(true);
        column.add(about, "wmin 0");
        checklist.setName("checklist");
        column.add(checklist, "hidemode 3, growx, wmin 0");
        JScrollPane scroll = new JScrollPane(column);
        scroll.setBorder(null);
        scroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        JPanel p = new JPanel(new MigLayout("fill, wrap, insets 0", "[grow, fill]", "[grow, fill][]"));
        p.add(scroll, "wmin 0");
        JPanel buttons = new JPanel(new MigLayout("insets 4 8 8 8", "[][]push", "[]"));
        buttons.add(accept);
        buttons.add(dismiss);
        p.add(buttons);
        return p;
    }

    private JPanel evidenceTab() {
        evidenceTable.setName("evidenceTable");
        evidenceTable.setFillsViewportHeight(true);
        evidenceTable.getSelectionModel().setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        DetailTables.evidence(evidenceTable);
        evidenceTable.getSelectionModel().addListSelectionListener(e -> updateEvidenceButtons());
        evidenceTable.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                if (e.getClickCount() == 2 && editEvidence.isEnabled()) {
                    editEvidence.doClick();
                }
            }
        });
        evidenceTable.getInputMap().put(javax.swing.KeyStroke.getKeyStroke("ENTER"), "editEvidence");
        evidenceTable.getActionMap().put("editEvidence", Actions.of("Edit", "", null, null, editEvidence::doClick));
        addEvidence.setName("addEvidence");
        addEvidence.setToolTipText("Add a source for or against the claim (E)");
        addEvidence.addActionListener(e -> ifClaim(l -> l.addEvidence(claim)));
        editEvidence.setName("editEvidence");
        editEvidence.setToolTipText("Edit the selected evidence item (Enter or double-click)");
        editEvidence.addActionListener(e ->
                selectedEvidence().ifPresent(ev -> ifClaim(l -> l.editEvidence(claim, ev))));
        deleteEvidence.setName("deleteEvidence");
        deleteEvidence.setToolTipText("Delete the selected evidence item (Ctrl+Z brings it back)");
        deleteEvidence.addActionListener(e ->
                selectedEvidence().ifPresent(ev -> ifClaim(l -> l.deleteEvidence(claim, ev))));
        openLink.setName("openEvidenceLink");
        openLink.setToolTipText("Open the source in the browser (web addresses only; otherwise it is copied)");
        openLink.addActionListener(e -> selectedEvidence()
                .map(Evidence::url)
                .filter(u -> u != null && !u.isBlank())
                .ifPresent(u -> {
                    if (listener != null) {
                        listener.openLink(u);
                    }
                }));
        JPanel p = new JPanel(new MigLayout("fill, wrap, insets 8", "[grow, fill]", "[grow, fill][]"));
        p.add(new JScrollPane(evidenceTable), "hmin 60");
        saveCopy.setName("saveLocalCopy");
        saveCopy.setToolTipText(
                "Save the file attached to the selected evidence, as the database keeps it for the desk");
        saveCopy.addActionListener(e -> selectedEvidence()
                .filter(ev -> ev.attachmentSha256() != null)
                .ifPresent(ev -> {
                    if (listener != null) {
                        listener.saveLocalCopy(ev);
                    }
                }));
        saveCopy.setEnabled(false);
        evidenceTable
                .getSelectionModel()
                .addListSelectionListener(e -> saveCopy.setEnabled(selectedEvidence()
                        .map(ev -> ev.attachmentSha256() != null)
                        .orElse(false)));
        JPanel buttons = new JPanel(new MigLayout("insets 0", "[][][][][]push", "[]"));
        buttons.add(addEvidence);
        buttons.add(editEvidence);
        buttons.add(deleteEvidence);
        buttons.add(openLink);
        buttons.add(saveCopy);
        p.add(buttons);
        return p;
    }

    private JPanel verdictTab() {
        JPanel p = new JPanel(new MigLayout("fill, insets 8", "[grow, fill]", "[grow, fill]"));
        p.add(verdictPanel);
        return p;
    }

    private JPanel historyTab() {
        historyTable.setName("historyTable");
        historyTable.setFillsViewportHeight(true);
        DetailTables.history(historyTable);
        JPanel p = new JPanel(new MigLayout("fill, insets 8", "[grow, fill]", "[grow, fill]"));
        p.add(new JScrollPane(historyTable));
        return p;
    }

    private JPanel similarTab() {
        similarState.setName("similarState");
        similarTable.setName("similarTable");
        similarTable.setFillsViewportHeight(true);
        similarTable.getSelectionModel().setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        DetailTables.similar(similarTable);
        similarTable.getSelectionModel().addListSelectionListener(e -> updateSimilarButtons());
        similarTable.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                if (e.getClickCount() == 2 && openSimilar.isEnabled()) {
                    openSimilar.doClick();
                }
            }
        });
        sameClaim.setName("sameClaim");
        sameClaim.setToolTipText("Record that this is the same claim as the selected one (in both histories)");
        sameClaim.addActionListener(e ->
                selectedSimilar().ifPresent(m -> ifClaim(l -> l.linkSimilar(claim, m, false))));
        reuseVerdict.setName("reuseVerdict");
        reuseVerdict.setToolTipText(
                "Link them and start from its verdict, rationale and evidence;" + " a second reviewer still approves");
        reuseVerdict.addActionListener(e ->
                selectedSimilar().ifPresent(m -> ifClaim(l -> l.linkSimilar(claim, m, true))));
        openSimilar.setName("openSimilar");
        openSimilar.setToolTipText("Show the claim in its article, or open the fact-check (Enter or double-click)");
        openSimilar.addActionListener(e -> selectedSimilar().ifPresent(m -> {
            if (listener != null) {
                listener.openSimilar(m);
            }
        }));
        similarTable.getInputMap().put(javax.swing.KeyStroke.getKeyStroke("ENTER"), "openSimilar");
        similarTable.getActionMap().put("openSimilar", Actions.of("Show", "", null, null, openSimilar::doClick));
        JPanel p = new JPanel(new MigLayout("fill, wrap, insets 8", "[grow, fill]", "[][grow, fill][]"));
        p.add(similarState, "wmin 0");
        p.add(new JScrollPane(similarTable), "hmin 60");
        JPanel buttons = new JPanel(new MigLayout("insets 0", "[][][]push", "[]"));
        buttons.add(sameClaim);
        buttons.add(reuseVerdict);
        buttons.add(openSimilar);
        p.add(buttons);
        updateSimilarButtons();
        return p;
    }

    /** The search for similar claims of the claim shown has started (the model may be loading). */
    void similarLoading(long claimId) {
        if (claim == null || claim.id() != claimId) {
            return;
        }
        similarState.setText("Looking for claims checked before\u2026");
    }

    /**
     * The claims and fact-checks most like the claim shown, best first; those close enough in
     * meaning are listed, the best of them with a verdict also on the Claim tab.
     */
    void showSimilar(long claimId, List<SimilarClaim> found) {
        if (claim == null || claim.id() != claimId) {
            return; // the reviewer moved on meanwhile
        }
        similar = found.stream().filter(SimilarClaim::closeEnough).toList();
        similarModel.set(similar);
        setTitleAt(SIMILAR_TAB, similar.isEmpty() ? "Checked before" : "Checked before (" + similar.size() + ")");
        similarState.setText(
                similar.isEmpty()
                        ? "Nothing like this claim has been checked before, in this database or its fact-check archive."
                        : similar.size() == 1
                                ? "1 claim says much the same. Similar is not the same: compare the figures, names and direction."
                                : similar.size()
                                        + " claims say much the same. Similar is not the same: compare the figures, names and"
                                        + " direction.");
        SimilarClaim best =
                similar.stream().filter(m -> m.verdict() != null).findFirst().orElse(null);
        checkedBefore.setVisible(best != null);
        if (best != null) {
            checkedBefore.setText(best.line() + (best.figuresAgree() ? "" : "\n" + best.agreement()));
            checkedBefore.setCaretPosition(0);
            // The description's caret scrolled the column to it: bring the box above it into view.
            javax.swing.SwingUtilities.invokeLater(
                    () -> checkedBefore.scrollRectToVisible(new java.awt.Rectangle(0, 0, 1, 1)));
        }
        updateSimilarButtons();
    }

    private Optional<SimilarClaim> selectedSimilar() {
        int row = similarTable.getSelectedRow();
        return row < 0 ? Optional.empty() : Optional.of(similarModel.rowAt(similarTable.convertRowIndexToModel(row)));
    }

    private void updateSimilarButtons() {
        Optional<SimilarClaim> m = selectedSimilar();
        boolean desk = m.map(SimilarClaim::isDeskClaim).orElse(false);
        boolean linkable = desk && claim != null && claim.state() != ClaimState.DISMISSED;
        sameClaim.setEnabled(linkable);
        sameClaim.setToolTipText(
                desk
                        ? "Record that this is the same claim as the selected one (in its history)"
                        : "Select a claim of another article first");
        boolean sameFigures = m.map(SimilarClaim::figuresAgree).orElse(false);
        reuseVerdict.setEnabled(linkable && researchable(claim) && m.get().verdict() != null && sameFigures);
        reuseVerdict.setToolTipText(
                m.isEmpty() || !desk
                        ? "Select a claim of another article first (a fact-check's verdict is read, not copied)"
                        : m.get().verdict() == null
                                ? "That claim has no verdict yet"
                                : !sameFigures
                                        ? "The figures differ, so its verdict may not hold here: link them with"
                                                + " Same claim and check this one on its own evidence"
                                        : !researchable(claim)
                                                ? "Accept this claim first: a verdict is reused while the claim is open or in"
                                                        + " research"
                                                : "Link them and start from its verdict, rationale and evidence;"
                                                        + " a second reviewer still approves");
        openSimilar.setEnabled(m.isPresent()
                && (desk || m.get().url() != null && !m.get().url().isBlank()));
        openSimilar.setText(m.isPresent() && !desk ? "Open fact-check" : "Show");
    }

    void setListener(Listener l, VerdictPanel.Listener verdictListener) {
        listener = l;
        verdictPanel.setListener(verdictListener);
    }

    VerdictPanel verdictPanel() {
        return verdictPanel;
    }

    private void ifClaim(java.util.function.Consumer<Listener> action) {
        if (claim != null && listener != null) {
            action.accept(listener);
        }
    }

    private Optional<Evidence> selectedEvidence() {
        int row = evidenceTable.getSelectedRow();
        return row < 0 ? Optional.empty() : Optional.of(evidenceModel.rowAt(evidenceTable.convertRowIndexToModel(row)));
    }

    /** Shows a claim at once (from the queue); its evidence and history follow with {@link #showDetail}. */
    void show(Claim c, String reviewer) {
        boolean same = c != null && claim != null && c.id() == claim.id();
        claim = c;
        if (!same) {
            detail = null;
            evidenceModel.set(List.of());
            historyModel.set(List.of());
            similar = List.of();
            similarModel.set(similar);
            checkedBefore.setVisible(false);
            setTitleAt(SIMILAR_TAB, "Checked before");
            similarState.setText(c == null ? "" : "Looking for claims checked before\u2026");
        }
        verdictPanel.show(c, reviewer);
        verdictPanel.showWarnings(same && detail != null ? detail.warnings() : List.of());
        about.setText(c == null ? "Select a claim in the queue or in the text." : ClaimText.describe(c));
        about.setCaretPosition(0);
        showChecklist();
        updateReturned();
        boolean proposed = c != null && c.state() == ClaimState.PROPOSED;
        accept.setEnabled(proposed);
        dismiss.setEnabled(c != null && (proposed || c.state() == ClaimState.OPEN));
        addEvidence.setEnabled(researchable(c));
        // The same claim shown again (another reviewer, a search) keeps its loaded evidence count.
        setTitleAt(EVIDENCE_TAB, evidenceTitle(same ? detail : null));
        updateEvidenceButtons();
        updateSimilarButtons();
    }

    private static String evidenceTitle(ClaimDetail d) {
        return d == null || d.evidence().isEmpty()
                ? "Evidence"
                : "Evidence (" + d.evidence().size() + ")";
    }

    /** The loaded evidence, history, warnings and return comment of the claim shown. */
    void showDetail(ClaimDetail d, String reviewer) {
        if (claim == null || d.claim().id() != claim.id()) {
            return; // the reviewer moved on meanwhile
        }
        detail = d;
        claim = d.claim();
        verdictPanel.show(claim, reviewer);
        verdictPanel.showWarnings(d.warnings());
        int keep = evidenceTable.getSelectedRow();
        evidenceModel.set(d.evidence());
        if (keep >= 0 && keep < evidenceModel.getRowCount()) {
            evidenceTable.setRowSelectionInterval(keep, keep);
        }
        historyModel.set(d.history());
        setTitleAt(EVIDENCE_TAB, evidenceTitle(d));
        about.setText(ClaimText.describe(claim));
        about.setCaretPosition(0);
        showChecklist();
        updateReturned();
        addEvidence.setEnabled(researchable(claim));
        updateEvidenceButtons();
        updateSimilarButtons();
    }

    /**
     * The questions for the claim's kinds as check boxes, ticked as stored (once the detail is
     * loaded). The same questions for the same claim are updated in place, so the focus stays.
     */
    private void showChecklist() {
        List<String> items = claim == null ? List.of() : ClaimText.checklist(claim);
        long id = claim == null ? -1 : claim.id();
        if (id != checklistClaimId || !items.equals(new ArrayList<>(checkBoxes.keySet()))) {
            checklistClaimId = id;
            checklist.removeAll();
            checkBoxes.clear();
            if (!items.isEmpty()) {
                checklist.add(new JLabel("Before the verdict:"), "span 2");
            }
            for (String item : items) {
                // The question wraps beside its box (a check box's own text would be cut off).
                javax.swing.JCheckBox box = new javax.swing.JCheckBox();
                box.setName("check: " + item);
                box.getAccessibleContext().setAccessibleName(item);
                box.addActionListener(e -> {
                    if (listener != null && claim != null) {
                        listener.setChecked(claim, item, box.isSelected());
                    }
                });
                JTextArea question = Texts.paragraph(item);
                question.setName("question: " + item);
                question.addMouseListener(new java.awt.event.MouseAdapter() {
                    @Override
                    public void mouseClicked(java.awt.event.MouseEvent e) {
                        if (box.isEnabled()) {
                            box.doClick();
                        }
                    }
                });
                checkBoxes.put(item, box);
                checklist.add(box, "aligny top");
                checklist.add(question, "wmin 0, growx");
            }
            checklist.setVisible(!items.isEmpty());
            checklist.revalidate();
            checklist.repaint();
        }
        boolean editable = detail != null && researchable(claim);
        checkBoxes.forEach((item, box) -> {
            box.setSelected(detail != null && detail.checked().contains(item));
            box.setEnabled(editable);
            box.setToolTipText(
                    researchable(claim)
                            ? "Tick when done; it is recorded in the claim's history"
                            : "The checklist can be ticked while the claim is researched");
        });
    }

    private void updateReturned() {
        dev.claimdesk.domain.Review r = detail == null ? null : detail.lastReturn();
        boolean show = r != null
                && claim != null
                && (claim.state() == ClaimState.IN_RESEARCH || claim.state() == ClaimState.OPEN);
        returned.setVisible(show);
        if (show) {
            returned.setText("Returned by " + r.reviewer() + ": " + (r.rationale() == null ? "" : r.rationale()));
        }
        verdictPanel.showReturned(show ? returned.getText() : null);
    }

    private void updateEvidenceButtons() {
        boolean one = evidenceTable.getSelectedRow() >= 0;
        boolean editable = researchable(claim);
        editEvidence.setEnabled(one && editable);
        deleteEvidence.setEnabled(one && editable);
        openLink.setEnabled(one
                && selectedEvidence()
                        .map(Evidence::url)
                        .filter(u -> !u.isBlank())
                        .isPresent());
    }

    private static boolean researchable(Claim c) {
        return c != null && (c.state() == ClaimState.OPEN || c.state() == ClaimState.IN_RESEARCH);
    }

    Claim claim() {
        return claim;
    }
}
