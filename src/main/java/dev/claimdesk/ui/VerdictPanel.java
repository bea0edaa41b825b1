package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.domain.VerdictScale;
import java.awt.Component;
import java.util.Objects;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;

/** The selected claim's verdict: label, rationale, and the review actions its state allows. */
final class VerdictPanel extends JPanel {
    /** What the panel asks the presenter to do. */
    interface Listener {
        void saveVerdict(Claim claim, VerdictLabel label, String rationale);

        void submit(Claim claim);

        void approve(Claim claim);

        void giveBack(Claim claim);

        void history(Claim claim);
    }

    private final JComboBox<VerdictLabel> label = new JComboBox<>();
    private final JTextArea rationale = Texts.plain(new JTextArea(2, 30));
    private final JButton save = new JButton("Save verdict");
    private final JButton submit = new JButton("Submit for review");
    private final JButton approve = new JButton("Approve");
    private final JButton giveBack = new JButton("Return…");
    private final JButton history = new JButton("History…");
    private final JLabel status = Texts.plain(new JLabel(" "));
    private Claim claim;
    private String reviewer;
    private Listener listener;

    VerdictPanel() {
        super(new MigLayout("insets 0, wrap 2", "[][grow, fill]", "[][grow, fill][][][]"));
        setName("verdictPanel");
        label.setName("verdictLabel");
        rationale.setName("verdictRationale");
        rationale.setLineWrap(true);
        rationale.setWrapStyleWord(true);
        rationale.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Rationale: what the sources show");
        save.setName("saveVerdict");
        submit.setName("submitClaim");
        approve.setName("approveClaim");
        giveBack.setName("returnClaim");
        status.setName("verdictStatus");
        label.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(
                    JList<?> list, Object value, int index, boolean selected, boolean focus) {
                super.getListCellRendererComponent(list, value, index, selected, focus);
                if (value instanceof VerdictLabel l) {
                    setText((l.hotkey() == null ? "" : l.hotkey() + "  ") + l.name());
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
        history.setName("claimHistory");
        history.addActionListener(e -> ifClaim(Listener::history));
        add(new JLabel("Verdict"));
        add(label);
        add(new JScrollPane(rationale), "span 2, hmin 40");
        add(save, "span 2, split 2, growx 0");
        add(submit, "growx 0");
        add(approve, "span 2, split 3, growx 0");
        add(giveBack, "growx 0");
        add(history, "growx 0");
        add(status, "span 2, wmin 0");
        show(null, null);
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
        label.removeAllItems();
        scale.labels().forEach(label::addItem);
    }

    /** Selects the label with this hotkey ("1" … "9"), as the keyboard shortcut does. */
    boolean selectHotkey(String key) {
        for (int i = 0; i < label.getItemCount(); i++) {
            if (key.equals(label.getItemAt(i).hotkey())) {
                label.setSelectedIndex(i);
                return true;
            }
        }
        return false;
    }

    /** Shows a claim (or none) for the current reviewer; buttons follow the workflow's rules. */
    void show(Claim c, String currentReviewer) {
        claim = c;
        reviewer = currentReviewer;
        boolean researchable = c != null && (c.state() == ClaimState.OPEN || c.state() == ClaimState.IN_RESEARCH);
        boolean ready = c != null && c.state() == ClaimState.READY_FOR_REVIEW;
        label.setEnabled(researchable);
        rationale.setEnabled(researchable);
        save.setEnabled(researchable);
        submit.setEnabled(researchable && c.hasVerdict());
        boolean ownVerdict = ready && Objects.equals(c.verdictBy(), reviewer);
        approve.setEnabled(ready && !ownVerdict);
        approve.setToolTipText(
                ownVerdict
                        ? "You proposed this verdict: a second reviewer must approve it (four-eyes rule)."
                        : "Approve the proposed verdict");
        giveBack.setEnabled(ready);
        history.setEnabled(c != null);
        if (c != null && c.verdictLabelId() != null) {
            for (int i = 0; i < label.getItemCount(); i++) {
                if (label.getItemAt(i).id() == c.verdictLabelId()) {
                    label.setSelectedIndex(i);
                }
            }
        }
        rationale.setText(c == null || c.rationale() == null ? "" : c.rationale());
        status.setText(c == null ? " " : describe(c));
    }

    private static String describe(Claim c) {
        return switch (c.state()) {
            case PROPOSED -> "Proposed by the detector: accept it to research it.";
            case OPEN, IN_RESEARCH ->
                c.hasVerdict()
                        ? "Verdict proposed by " + c.verdictBy() + "; submit it for a second review."
                        : "Choose a verdict and write why.";
            case READY_FOR_REVIEW -> "Waiting for a second reviewer (verdict by " + c.verdictBy() + ").";
            case APPROVED -> "Approved.";
            case DISMISSED ->
                "Dismissed ("
                        + (c.dismissReason() == null ? "" : c.dismissReason().label()) + ").";
        };
    }

    Claim claim() {
        return claim;
    }
}
