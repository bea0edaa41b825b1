package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.util.UIScale;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.ClaimWorkflow;
import dev.claimdesk.domain.GuardRailWarning;
import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.domain.VerdictScale;
import dev.claimdesk.ui.action.ActionCatalogue;
import dev.claimdesk.ui.action.ActionId;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.List;
import java.util.Objects;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import net.miginfocom.swing.MigLayout;

/** The selected claim's verdict: label, rationale, warnings, and the review actions its state allows. */
final class VerdictPanel extends JPanel {
    /** What the panel asks the presenter to do. */
    interface Listener {
        void saveVerdict(Claim claim, VerdictLabel label, String rationale);

        void submit(Claim claim);

        void approve(Claim claim);

        void giveBack(Claim claim);

        void reopen(Claim claim);

        /** The signed-in reviewer's blind verdict (decision 0027). */
        default void submitBlind(Claim claim, VerdictLabel label, String rationale) {}

        /** The adjudicator's final verdict on two differing blind verdicts. */
        default void adjudicate(Claim claim, VerdictLabel label, String rationale) {}

        /** The adjudicator sends the claim back to both reviewers. */
        default void sendBack(Claim claim) {}
    }

    private final JComboBox<VerdictLabel> label = new JComboBox<>();
    /** Every label of the article's scale, retired ones too. */
    private List<VerdictLabel> labels = List.of();

    private final JTextArea rationale = new JTextArea(4, 30);
    private final JButton save = new JButton("Save verdict");
    private final JButton submit = new JButton("Submit for review");
    private final JButton approve = new JButton("Approve");
    private final JButton giveBack = new JButton("Return…");
    private final JButton reopen = new JButton("Reopen…");
    private final JButton blindSubmit = new JButton("Submit blind verdict");
    private final JButton decide = new JButton("Decide");
    private final JButton sendBack = new JButton("Send back to both…");
    private final JTextArea blindVerdicts = Texts.paragraph("");
    private final JPanel blindButtons = new JPanel(new MigLayout("insets 0", "[][][]push", "[]"));
    private JPanel researchButtons;
    private long blindClaimId = -1;
    private dev.claimdesk.app.BlindReviewService.View blindView;
    private final JTextArea warnings = Texts.paragraph("");
    private final JTextArea returned = Texts.paragraph("");
    private final JTextArea status = Texts.paragraph(" ");
    private Claim claim;
    private String reviewer;
    private String hotkeys = "";
    private Listener listener;
    private Runnable onEscape;

    VerdictPanel() {
        super(new MigLayout("fill, insets 0, wrap 2", "[][grow, fill]", ""));
        setName("verdictPanel");
        label.setName("verdictLabel");
        rationale.setName("verdictRationale");
        rationale.setLineWrap(true);
        rationale.setWrapStyleWord(true);
        rationale.putClientProperty(
                FlatClientProperties.PLACEHOLDER_TEXT, "Rationale: what the sources show (Ctrl+Enter saves)");
        // Tab leaves the rationale instead of typing a tab; Ctrl+Enter saves, Escape goes back to the queue.
        rationale.setFocusTraversalKeys(
                java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, java.util.Set.of(KeyStroke.getKeyStroke("TAB")));
        rationale.setFocusTraversalKeys(
                java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS,
                java.util.Set.of(KeyStroke.getKeyStroke("shift TAB")));
        rationale.getInputMap().put(ActionCatalogue.keyStroke(ActionId.SAVE_VERDICT), "saveVerdict");
        rationale.getActionMap().put("saveVerdict", Actions.of("Save", "", null, null, () -> {
            if (!blindShown()) {
                save.doClick();
            } else if (decide.isVisible()) {
                decide.doClick();
            } else {
                blindSubmit.doClick();
            }
        }));
        rationale.getInputMap().put(ActionCatalogue.keyStroke(ActionId.BACK_TO_QUEUE), "backToQueue");
        rationale.getActionMap().put("backToQueue", Actions.of("Back", "", null, null, () -> {
            if (onEscape != null) {
                onEscape.run();
            }
        }));
        save.setName("saveVerdict");
        save.setToolTipText("Save the verdict and its rationale (Ctrl+Enter in the rationale)");
        submit.setName("submitClaim");
        submit.setToolTipText("Send the verdict to a second reviewer (R)");
        approve.setName("approveClaim");
        giveBack.setName("returnClaim");
        reopen.setName("reopenClaim");
        reopen.setToolTipText("Reopen an approved claim, with a reason");
        status.setName("verdictStatus");
        status.setColumns(30);
        warnings.setColumns(30);
        returned.setColumns(30);
        warnings.setName("verdictWarnings");
        warnings.putClientProperty(FlatClientProperties.STYLE, "foreground: $ClaimDesk.warning.foreground");
        returned.setName("verdictReturned");
        returned.setOpaque(true);
        returned.putClientProperty(FlatClientProperties.STYLE, "background: $ClaimDesk.returned.background");
        returned.setBorder(javax.swing.BorderFactory.createEmptyBorder(6, 8, 6, 8));
        label.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(
                    JList<?> list, Object value, int index, boolean selected, boolean focus) {
                super.getListCellRendererComponent(list, value, index, selected, focus);
                if (value instanceof VerdictLabel l) {
                    setText((l.hotkey() == null ? "" : l.hotkey() + "  ") + l.name());
                    setIcon(new Dot(ClaimColours.verdict(l)));
                } else {
                    setIcon(null);
                }
                return this;
            }
        });
        save.addActionListener(e -> {
            if (claim != null && listener != null && label.getSelectedItem() instanceof VerdictLabel l) {
                listener.saveVerdict(claim, l, rationale.getText());
            }
        });
        submit.addActionListener(e -> ifClaim(Listener::submit));
        approve.addActionListener(e -> ifClaim(Listener::approve));
        giveBack.addActionListener(e -> ifClaim(Listener::giveBack));
        reopen.addActionListener(e -> ifClaim(Listener::reopen));
        add(returned, "span 2, hidemode 3, growx, wmin 0");
        add(new JLabel("Verdict"));
        add(label);
        add(new JScrollPane(rationale), "span 2, grow, pushy, hmin 60");
        add(warnings, "span 2, hidemode 3, growx, wmin 0");
        JPanel research = new JPanel(new MigLayout("insets 0", "[][]push", "[]"));
        research.add(save);
        research.add(submit);
        add(research, "span 2, hidemode 3");
        researchButtons = research;
        blindSubmit.setName("submitBlindVerdict");
        blindSubmit.setToolTipText("Give your verdict without seeing the other reviewer's");
        decide.setName("adjudicateClaim");
        decide.setToolTipText("Decide the final verdict of two differing blind verdicts: the claim is approved");
        sendBack.setName("sendBackClaim");
        sendBack.setToolTipText("Send the claim back to both reviewers for new blind verdicts, with a comment");
        blindVerdicts.setName("blindVerdicts");
        blindVerdicts.setColumns(30);
        blindSubmit.addActionListener(e -> {
            if (claim != null && listener != null && label.getSelectedItem() instanceof VerdictLabel l) {
                listener.submitBlind(claim, l, rationale.getText());
            }
        });
        decide.addActionListener(e -> {
            if (claim != null && listener != null && label.getSelectedItem() instanceof VerdictLabel l) {
                listener.adjudicate(claim, l, rationale.getText());
            }
        });
        sendBack.addActionListener(e -> ifClaim(Listener::sendBack));
        blindButtons.add(blindSubmit, "hidemode 3");
        blindButtons.add(decide, "hidemode 3");
        blindButtons.add(sendBack, "hidemode 3");
        add(blindVerdicts, "span 2, hidemode 3, growx, wmin 0");
        add(blindButtons, "span 2, hidemode 3");
        JPanel second = new JPanel(new MigLayout("insets 0", "[][][]push", "[]"));
        second.add(approve);
        second.add(giveBack);
        second.add(reopen);
        add(second, "span 2");
        add(status, "span 2, growx, wmin 0");
        show(null, null);
    }

    /** What Escape in the rationale does (back to the queue). */
    void setOnEscape(Runnable r) {
        onEscape = r;
    }

    /** Who carries out the actions (the main window's presenter, set once it exists). */
    void setListener(Listener l) {
        listener = l;
    }

    private void ifClaim(java.util.function.BiConsumer<Listener, Claim> action) {
        if (claim != null && listener != null) {
            action.accept(listener, claim);
        }
    }

    void setScale(VerdictScale scale) {
        labels = scale.labels();
        offer(claim == null ? null : claim.verdictLabelId());
        hotkeys = hotkeyRange(scale.labels().stream().filter(l -> !l.retired()).toList());
        if (claim != null) {
            status.setText(describe(claim, reviewer));
        }
    }

    /**
     * Fills the verdict choice: the labels that are not retired, and the claim's own verdict even if
     * retired (it stays shown on the claims that have it). Kept as it is when nothing changes.
     */
    private void offer(Long verdictId) {
        List<VerdictLabel> offered = labels.stream()
                .filter(l -> !l.retired() || (verdictId != null && l.id() == verdictId))
                .toList();
        List<VerdictLabel> shown = new java.util.ArrayList<>();
        for (int i = 0; i < label.getItemCount(); i++) {
            shown.add(label.getItemAt(i));
        }
        if (!shown.equals(offered)) {
            label.removeAllItems();
            offered.forEach(label::addItem);
        }
    }

    /** The verdict keys of a scale as the hint names them: "1-8", or "1, 2, 5" when they have gaps. */
    static String hotkeyRange(List<VerdictLabel> labels) {
        List<Integer> keys = labels.stream()
                .map(VerdictLabel::hotkey)
                .filter(k -> k != null && k.matches("[1-9]"))
                .map(Integer::parseInt)
                .sorted()
                .distinct()
                .toList();
        if (keys.isEmpty()) {
            return "";
        }
        boolean contiguous = keys.get(keys.size() - 1) - keys.get(0) == keys.size() - 1;
        if (contiguous && keys.size() > 2) {
            return keys.get(0) + "-" + keys.get(keys.size() - 1);
        }
        return String.join(", ", keys.stream().map(String::valueOf).toList());
    }

    /** Selects the label with this hotkey ("1" … "9"), as the keyboard shortcut does. */
    boolean selectHotkey(String key) {
        if (!label.isEnabled()) {
            return false;
        }
        for (int i = 0; i < label.getItemCount(); i++) {
            if (key.equals(label.getItemAt(i).hotkey())) {
                label.setSelectedIndex(i);
                return true;
            }
        }
        return false;
    }

    /** Puts the caret in the rationale: after choosing a verdict, the reviewer writes why. */
    void focusRationale() {
        rationale.requestFocusInWindow();
    }

    /** Clicks Submit if the claim can be submitted now (the R key). */
    void submitIfPossible() {
        if (blindShown()) {
            if (blindSubmit.isVisible() && blindSubmit.isEnabled()) {
                blindSubmit.doClick();
            }
            return;
        }
        if (submit.isEnabled()) {
            submit.doClick();
        }
    }

    /** Shows a claim (or none) for the current reviewer; buttons follow the workflow's rules. */
    void show(Claim c, String currentReviewer) {
        boolean sameClaim = c != null && claim != null && c.id() == claim.id();
        // What the reviewer typed and has not saved stays, whoever changed the claim meanwhile (a
        // team server's live reload): saving it then meets the plain stale-change refusal.
        boolean edited = sameClaim && !rationale.getText().equals(claim.rationale() == null ? "" : claim.rationale());
        boolean keepTyping =
                sameClaim && (edited || rationale.isFocusOwner() && Objects.equals(c.rationale(), claim.rationale()));
        claim = c;
        reviewer = currentReviewer;
        boolean researchable = c != null && (c.state() == ClaimState.OPEN || c.state() == ClaimState.IN_RESEARCH);
        boolean ready = c != null && c.state() == ClaimState.READY_FOR_REVIEW;
        label.setEnabled(researchable);
        rationale.setEnabled(researchable);
        save.setEnabled(researchable);
        submit.setEnabled(researchable && c.hasVerdict());
        // The four-eyes rule, as the workflow states it: the proposer neither approves nor returns.
        String noApproval = ready ? fourEyes(ClaimAction.APPROVE, c) : null;
        String noReturn = ready ? fourEyes(ClaimAction.RETURN, c) : null;
        approve.setEnabled(ready && noApproval == null);
        approve.setToolTipText(noApproval != null ? noApproval : "Approve the proposed verdict (Ctrl+Shift+P)");
        giveBack.setEnabled(ready && noReturn == null);
        giveBack.setToolTipText(
                noReturn != null ? noReturn : "Send the claim back to its reviewer with a comment (Ctrl+Shift+R)");
        reopen.setEnabled(c != null && c.state() == ClaimState.APPROVED);
        offer(c == null ? null : c.verdictLabelId());
        if (c != null && c.verdictLabelId() != null) {
            for (int i = 0; i < label.getItemCount(); i++) {
                if (label.getItemAt(i).id() == c.verdictLabelId()) {
                    label.setSelectedIndex(i);
                }
            }
        } else if (!sameClaim && label.getItemCount() > 0) {
            label.setSelectedIndex(-1);
        }
        if (!keepTyping) {
            rationale.setText(c == null || c.rationale() == null ? "" : c.rationale());
        }
        status.setText(c == null ? " " : describe(c, reviewer));
        applyBlind();
    }

    /** The signed-in reviewer's view of a claim's blind review, loaded with its detail. */
    void showBlind(long claimId, dev.claimdesk.app.BlindReviewService.View view) {
        blindClaimId = claimId;
        blindView = view;
        applyBlind();
    }

    /** Whether the shown claim is under blind review (for tests and the keyboard). */
    boolean blindShown() {
        return currentBlind() != null;
    }

    private dev.claimdesk.app.BlindReviewService.View currentBlind() {
        return claim != null
                        && claim.id() == blindClaimId
                        && blindView != null
                        && blindView.mode() == dev.claimdesk.domain.ReviewMode.BLIND
                ? blindView
                : null;
    }

    /**
     * Under blind review the verdict tab offers "Submit blind verdict" instead of propose/submit,
     * shows the reviewer's own verdict, both once both are in, and Decide / Send back to an adjudicator.
     */
    private void applyBlind() {
        var v = currentBlind();
        boolean blind = v != null;
        researchButtons.setVisible(!blind);
        blindButtons.setVisible(blind);
        blindVerdicts.setVisible(blind);
        if (!blind) {
            revalidate();
            return;
        }
        boolean researchable = claim.state() == ClaimState.OPEN || claim.state() == ClaimState.IN_RESEARCH;
        boolean canGive = researchable && v.own().isEmpty() && !v.round().complete();
        boolean adjudication = researchable && v.awaitsAdjudication();
        String refusal = adjudication && reviewer != null
                ? v.round().adjudicationProblem(reviewer).orElse(null)
                : null;
        blindSubmit.setVisible(!adjudication);
        blindSubmit.setEnabled(canGive);
        blindSubmit.setToolTipText(
                canGive
                        ? "Give your verdict without seeing the other reviewer's"
                        : v.own().isPresent()
                                ? "You gave your verdict on this claim already; the second reviewer's is awaited."
                                : "Two reviewers have given their verdicts on this claim already.");
        decide.setVisible(adjudication);
        sendBack.setVisible(adjudication);
        decide.setEnabled(adjudication && refusal == null);
        sendBack.setEnabled(adjudication && refusal == null);
        if (refusal != null) {
            decide.setToolTipText(refusal);
            sendBack.setToolTipText(refusal);
        }
        label.setEnabled(canGive || (adjudication && refusal == null));
        rationale.setEnabled(canGive || (adjudication && refusal == null));
        if (!claim.hasVerdict() && !rationale.isFocusOwner()) {
            // The claim has no verdict of its own yet: the fields are for the reviewer's own entry.
            v.own()
                    .ifPresentOrElse(
                            own -> {
                                selectLabel(own.labelId());
                                rationale.setText(own.rationale());
                            },
                            () -> {
                                label.setSelectedIndex(-1);
                                rationale.setText("");
                            });
        }
        StringBuilder text = new StringBuilder(v.progress().isEmpty() ? "" : "Blind review: " + v.progress() + ".");
        if (v.visible().isEmpty()) {
            text.append("\nYour verdict is not given yet; the other reviewer's stays hidden until both are in.");
        } else if (!v.round().complete()) {
            text.append("\nYour blind verdict: ")
                    .append(labelName(v.own().get().labelId()))
                    .append(". The other reviewer's stays hidden until both are in.");
        } else {
            for (var r : v.visible()) {
                text.append("\n")
                        .append(r.reviewer())
                        .append(": ")
                        .append(labelName(r.labelId()))
                        .append(" — ")
                        .append(r.rationale());
            }
        }
        blindVerdicts.setText(text.toString().strip());
        status.setText(
                adjudication
                        ? refusal != null
                                ? refusal
                                : "The two verdicts differ: decide the final verdict or send it back."
                        : canGive
                                ? hotkeys.isEmpty()
                                        ? "Choose your verdict and write why; the other reviewer does not see it."
                                        : "Choose your verdict (" + hotkeys + ") and write why; the other reviewer"
                                                + " does not see it."
                                : describe(claim, reviewer));
        revalidate();
    }

    private void selectLabel(Long id) {
        for (int i = 0; i < label.getItemCount(); i++) {
            if (id != null && label.getItemAt(i).id() == id) {
                label.setSelectedIndex(i);
                return;
            }
        }
        label.setSelectedIndex(-1);
    }

    private String labelName(Long id) {
        for (int i = 0; i < label.getItemCount(); i++) {
            if (id != null && label.getItemAt(i).id() == id) {
                return label.getItemAt(i).name();
            }
        }
        return "(a verdict of another scale)";
    }

    private String fourEyes(ClaimAction action, Claim c) {
        return ClaimWorkflow.fourEyesProblem(action, reviewer, c.verdictBy()).orElse(null);
    }

    /** The guard rails' warnings about the saved verdict, shown under the rationale. */
    void showWarnings(List<GuardRailWarning> list) {
        warnings.setVisible(!list.isEmpty());
        warnings.setText(
                String.join("\n", list.stream().map(w -> "⚠ " + w.message()).toList()));
        revalidate();
    }

    /** The comment of the reviewer who returned the claim, while it is being reworked (or null). */
    void showReturned(String text) {
        returned.setVisible(text != null);
        returned.setText(text == null ? "" : text);
        revalidate();
    }

    private String describe(Claim c, String reviewer) {
        return switch (c.state()) {
            case PROPOSED -> "Proposed by the detector: accept it to research it.";
            case OPEN, IN_RESEARCH ->
                c.hasVerdict()
                        ? "Verdict proposed by " + c.verdictBy() + "; submit it for a second review."
                        : hotkeys.isEmpty()
                                ? "Choose a verdict and write why."
                                : "Choose a verdict (" + hotkeys + ") and write why.";
            case READY_FOR_REVIEW ->
                Objects.equals(c.verdictBy(), reviewer)
                        ? "Waiting for a second reviewer: you cannot approve or return your own verdict."
                        : "Waiting for a second reviewer (verdict by " + c.verdictBy() + ").";
            case APPROVED -> "Approved.";
            case DISMISSED ->
                "Dismissed ("
                        + (c.dismissReason() == null ? "" : c.dismissReason().label()) + ").";
        };
    }

    Claim claim() {
        return claim;
    }

    /** A small filled circle in a verdict's colour, scaled with the user interface. */
    record Dot(java.awt.Color colour) implements javax.swing.Icon {
        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(colour);
            int d = UIScale.scale(10);
            g2.fillOval(x, y + (getIconHeight() - d) / 2, d, d);
            g2.dispose();
        }

        @Override
        public int getIconWidth() {
            return UIScale.scale(10);
        }

        @Override
        public int getIconHeight() {
            return UIScale.scale(12);
        }
    }
}
