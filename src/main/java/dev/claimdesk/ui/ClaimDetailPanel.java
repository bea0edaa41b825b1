package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimDetail;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.HistoryEntry;
import dev.claimdesk.domain.Quantity;
import dev.claimdesk.domain.RedFlag;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;

/** The selected claim: what it says and why it was proposed, its evidence, its verdict, its history. */
final class ClaimDetailPanel extends JTabbedPane {
    static final int CLAIM_TAB = 0;
    static final int EVIDENCE_TAB = 1;
    static final int VERDICT_TAB = 2;
    static final int HISTORY_TAB = 3;

    /** What the detail asks the presenter (or the article view) to do. */
    interface Listener {
        void accept(Claim claim);

        void dismiss(Claim claim);

        void addEvidence(Claim claim);

        void editEvidence(Claim claim, Evidence evidence);

        void deleteEvidence(Claim claim, Evidence evidence);

        void openLink(String url);

        /** A checklist question ticked or unticked. */
        void setChecked(Claim claim, String item, boolean checked);
    }

    private final JTextArea about = Texts.paragraph("");
    private final JTextArea returned = Texts.paragraph("");
    private final JPanel checklist = new JPanel(new MigLayout("insets 0, wrap, gap 0 2", "[grow, fill]"));
    private final Map<String, javax.swing.JCheckBox> checkBoxes = new LinkedHashMap<>();
    private long checklistClaimId = -1;
    private final JButton accept = new JButton("Accept");
    private final JButton dismiss = new JButton("Dismiss…");
    private final ListTableModel<Evidence> evidenceModel = new ListTableModel<>(
            ClaimDetailPanel::evidenceCell, "Stance", "Source", "Publisher", "Type", "Grade", "Published");
    private final JTable evidenceTable = new JTable(evidenceModel);
    private final JButton addEvidence = new JButton("Add…");
    private final JButton editEvidence = new JButton("Edit…");
    private final JButton deleteEvidence = new JButton("Delete");
    private final JButton openLink = new JButton("Open link");
    private final VerdictPanel verdictPanel = new VerdictPanel();
    private final ListTableModel<HistoryEntry> historyModel =
            new ListTableModel<>(ClaimDetailPanel::historyCell, "When", "Who", "What", "From", "To", "Detail");
    private final JTable historyTable = new JTable(historyModel);
    private Listener listener;
    private Claim claim;
    private ClaimDetail detail;

    ClaimDetailPanel() {
        setName("claimTabs");
        addTab("Claim", claimTab());
        addTab("Evidence", evidenceTab());
        addTab("Verdict", verdictTab());
        addTab("History", historyTab());
        setToolTipTextAt(CLAIM_TAB, "What the claim says and why it was proposed (Ctrl+1)");
        setToolTipTextAt(EVIDENCE_TAB, "Sources for and against the claim (Ctrl+2)");
        setToolTipTextAt(VERDICT_TAB, "The verdict, its rationale and the second review (Ctrl+3)");
        setToolTipTextAt(HISTORY_TAB, "Every change to the claim: who, when, what (Ctrl+4)");
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
        JPanel p = new JPanel(new MigLayout("fill, wrap, insets 8", "[grow, fill]", "[][grow, fill][][]"));
        p.add(returned, "hidemode 3, growx, wmin 0");
        JScrollPane scroll = new JScrollPane(about);
        scroll.setBorder(null);
        about.setFocusable(true);
        p.add(scroll, "wmin 0");
        checklist.setName("checklist");
        p.add(checklist, "hidemode 3, growx, wmin 0");
        JPanel buttons = new JPanel(new MigLayout("insets 0", "[][]push", "[]"));
        buttons.add(accept);
        buttons.add(dismiss);
        p.add(buttons);
        return p;
    }

    private JPanel evidenceTab() {
        evidenceTable.setName("evidenceTable");
        evidenceTable.setFillsViewportHeight(true);
        evidenceTable.getSelectionModel().setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        DefaultTableCellRenderer plain = new DefaultTableCellRenderer();
        evidenceTable.setDefaultRenderer(String.class, plain);
        evidenceTable.setRowHeight(Math.max(evidenceTable.getRowHeight(), 22));
        int[] widths = {70, 220, 110, 100, 50, 80};
        for (int i = 0; i < widths.length; i++) {
            evidenceTable.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
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
        JPanel buttons = new JPanel(new MigLayout("insets 0", "[][][][]push", "[]"));
        buttons.add(addEvidence);
        buttons.add(editEvidence);
        buttons.add(deleteEvidence);
        buttons.add(openLink);
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
        DefaultTableCellRenderer plain = new DefaultTableCellRenderer();
        historyTable.setDefaultRenderer(String.class, plain);
        // The history is read across: the columns keep their widths and the table scrolls sideways.
        historyTable.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        int[] widths = {135, 170, 150, 105, 115, 520};
        for (int i = 0; i < widths.length; i++) {
            historyTable.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        historyTable.setRowHeight(Math.max(historyTable.getRowHeight(), 22));
        JPanel p = new JPanel(new MigLayout("fill, insets 8", "[grow, fill]", "[grow, fill]"));
        p.add(new JScrollPane(historyTable));
        return p;
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
        }
        verdictPanel.show(c, reviewer);
        verdictPanel.showWarnings(same && detail != null ? detail.warnings() : List.of());
        about.setText(c == null ? "Select a claim in the queue or in the text." : describe(c));
        about.setCaretPosition(0);
        showChecklist();
        updateReturned();
        boolean proposed = c != null && c.state() == ClaimState.PROPOSED;
        accept.setEnabled(proposed);
        dismiss.setEnabled(c != null && (proposed || c.state() == ClaimState.OPEN));
        addEvidence.setEnabled(researchable(c));
        setTitleAt(EVIDENCE_TAB, "Evidence");
        updateEvidenceButtons();
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
        setTitleAt(
                EVIDENCE_TAB,
                d.evidence().isEmpty()
                        ? "Evidence"
                        : "Evidence (" + d.evidence().size() + ")");
        about.setText(describe(claim));
        about.setCaretPosition(0);
        showChecklist();
        updateReturned();
        addEvidence.setEnabled(researchable(claim));
        updateEvidenceButtons();
    }

    /**
     * The questions for the claim's kinds as check boxes, ticked as stored (once the detail is
     * loaded). The same questions for the same claim are updated in place, so the focus stays.
     */
    private void showChecklist() {
        List<String> items = claim == null ? List.of() : checklist(claim);
        long id = claim == null ? -1 : claim.id();
        if (id != checklistClaimId || !items.equals(new ArrayList<>(checkBoxes.keySet()))) {
            checklistClaimId = id;
            checklist.removeAll();
            checkBoxes.clear();
            if (!items.isEmpty()) {
                checklist.add(new JLabel("Before the verdict:"));
            }
            for (String item : items) {
                javax.swing.JCheckBox box = new javax.swing.JCheckBox(item);
                box.setName("check: " + item);
                box.addActionListener(e -> {
                    if (listener != null && claim != null) {
                        listener.setChecked(claim, item, box.isSelected());
                    }
                });
                checkBoxes.put(item, box);
                checklist.add(box, "wmin 0");
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

    /** The claim in words: text, who said it, why it was proposed, figures, red flags, the checklist. */
    static String describe(Claim c) {
        StringBuilder sb = new StringBuilder();
        sb.append(c.text().strip()).append("\n");
        if (c.claimant() != null) {
            sb.append("\nSaid by: ").append(c.claimant());
        }
        sb.append("\nState: ").append(c.state().label());
        if (c.dismissReason() != null) {
            sb.append(" (").append(c.dismissReason().label()).append(')');
        }
        if (c.duplicateOf() != null) {
            sb.append(", a duplicate of another claim");
        }
        if (!c.reasons().isEmpty()) {
            sb.append("\n\nWhy proposed (score ")
                    .append(String.format(Locale.ROOT, "%.2f", c.checkworthiness()))
                    .append("): ")
                    .append(String.join("; ", c.reasons()))
                    .append('.');
        }
        if (!c.quantities().isEmpty()) {
            sb.append("\n\nFigures:");
            for (Quantity q : c.quantities()) {
                boolean year = "year".equals(q.dimension());
                sb.append("\n  • ")
                        .append(q.raw())
                        .append(" = ")
                        .append(year ? String.valueOf((long) q.value()) : number(q.value()));
                if (q.unit() != null && !q.unit().isBlank()) {
                    sb.append(' ').append(q.unit());
                }
                if (q.dimension() != null && !q.dimension().isBlank()) {
                    sb.append(" (").append(q.dimension()).append(')');
                }
                if (q.approximate()) {
                    sb.append(", approximate: \"").append(q.approximation()).append('"');
                }
            }
            for (String line : arithmetic(c.quantities())) {
                sb.append("\n  ").append(line);
            }
        }
        if (!c.flags().isEmpty()) {
            sb.append("\n\nRed flags:");
            for (RedFlag f : c.flags()) {
                sb.append("\n  ⚠ ").append(f.message());
            }
        }
        return sb.toString();
    }

    /** From the first to the last figure of each unit: the change in points (or units) and as a ratio. */
    static List<String> arithmetic(List<Quantity> quantities) {
        Map<String, List<Quantity>> byUnit = new LinkedHashMap<>();
        for (Quantity q : quantities) {
            String unit = q.unit() == null ? "" : q.unit();
            byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(q);
        }
        List<String> out = new ArrayList<>();
        byUnit.forEach((unit, list) -> {
            if (list.size() >= 2) {
                Quantity a = list.get(0);
                Quantity b = list.get(list.size() - 1);
                double diff = b.value() - a.value();
                String pointWord =
                        unit.equals("%") || unit.startsWith("percent") ? " points" : unit.isEmpty() ? "" : " " + unit;
                String ratio = a.value() == 0 ? "" : String.format(Locale.ROOT, ", ×%.2f", b.value() / a.value());
                out.add("From " + a.raw() + " to " + b.raw() + ": " + (diff >= 0 ? "+" : "") + number(diff) + pointWord
                        + ratio);
            }
        });
        return out;
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    /** The questions a careful checker asks for the claim's kinds. */
    static List<String> checklist(Claim c) {
        return dev.claimdesk.domain.Checklist.questionsFor(c);
    }

    private static Object evidenceCell(Evidence e, int column) {
        return switch (column) {
            case 0 -> e.stance().label();
            case 1 -> firstOf(e.title(), e.url(), e.attachmentPath(), e.quote());
            case 2 -> firstOf(e.publisher());
            case 3 -> e.sourceType() == null ? "" : e.sourceType().label();
            case 4 -> e.reliability().name();
            default -> e.publishedOn() == null ? "" : e.publishedOn().toString();
        };
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

    private static Object historyCell(HistoryEntry e, int column) {
        return switch (column) {
            case 0 -> WHEN.format(e.at());
            case 1 -> e.actor();
            case 2 -> e.action();
            case 3 -> stateName(e.fromState());
            case 4 -> stateName(e.toState());
            default -> e.detail() == null ? "" : e.detail();
        };
    }

    private static String stateName(String state) {
        if (state == null) {
            return "";
        }
        try {
            return ClaimState.valueOf(state).label();
        } catch (IllegalArgumentException e) {
            return state;
        }
    }
}
