package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Window;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * "Approve this verdict?": what the second reviewer approves (the claim, the verdict and its
 * rationale, who proposed it, the evidence by stance, the unticked checklist questions and the
 * warnings), with an optional comment. Enter approves, Escape cancels.
 */
final class ApprovalDialog extends JDialog {
    private static final int TEXT_WIDTH = 480;
    private final JTextField comment = new JTextField(40);
    private String result;

    ApprovalDialog(Window owner, ApprovalSummary s) {
        super(owner, "Approve the verdict of claim " + s.position(), ModalityType.APPLICATION_MODAL);
        setName("approvalDialog");
        comment.setName("approvalComment");
        comment.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Optional: a note for the history");

        JPanel p = new JPanel(
                new MigLayout("insets 16, wrap 2", "[right][grow, fill, " + TEXT_WIDTH + "]", "[]8[]8[]8[]8[]"));
        p.add(new JLabel("Claim"), "aligny top");
        p.add(text("approvalClaim", "\u201c" + s.claimText() + "\u201d"), "wmin 0");
        p.add(new JLabel("Verdict"), "aligny top");
        JLabel verdict = new JLabel(s.verdict() + (s.proposer() == null ? "" : ", proposed by " + s.proposer()));
        verdict.setName("approvalVerdict");
        verdict.putClientProperty(FlatClientProperties.STYLE, "font: bold");
        p.add(verdict);
        p.add(new JLabel("Rationale"), "aligny top");
        p.add(text("approvalRationale", s.rationale().isBlank() ? "(none written)" : s.rationale()), "wmin 0");
        p.add(new JLabel("Evidence"), "aligny top");
        p.add(text("approvalEvidence", s.evidenceWords()), "wmin 0");
        if (!s.unticked().isEmpty() || !s.warnings().isEmpty() || !s.redFlags().isEmpty()) {
            StringBuilder b = new StringBuilder();
            s.redFlags()
                    .forEach(f -> b.append(b.length() == 0 ? "" : "\n")
                            .append("\u26a0 ")
                            .append(f));
            if (!s.unticked().isEmpty()) {
                b.append(b.length() == 0 ? "" : "\n");
                b.append(s.unticked().size() == 1 ? "This check was never ticked:" : "These checks were never ticked:");
                s.unticked().forEach(q -> b.append("\n\u2022 ").append(q));
            }
            s.warnings()
                    .forEach(w -> b.append(b.length() == 0 ? "" : "\n")
                            .append("\u26a0 ")
                            .append(w));
            JTextArea attention = text("approvalAttention", b.toString());
            attention.setForeground(javax.swing.UIManager.getColor("ClaimDesk.warning.foreground"));
            p.add(new JLabel("Look again"), "aligny top");
            p.add(attention, "wmin 0");
        }
        p.add(new JLabel("Comment"));
        p.add(comment);

        JButton ok = new JButton("Approve");
        ok.setName("approvalOk");
        ok.addActionListener(e -> {
            result = comment.getText().strip();
            dispose();
        });
        JButton cancel = new JButton("Cancel");
        cancel.setName("approvalCancel");
        cancel.addActionListener(e -> dispose());
        DialogButtons.finish(this, p, cancel, ok);
        // Once laid out, the paragraphs know their width and so their height: fit the dialog to them.
        pack();
        setLocationRelativeTo(owner);
    }

    private static JTextArea text(String name, String value) {
        JTextArea area = Texts.paragraph(value);
        area.setName(name);
        area.setSize(TEXT_WIDTH, 1); // wrap at the column's width, so the dialog's height fits the text
        return area;
    }

    /** Empty when cancelled; else the comment ("" for none). */
    Optional<String> showAndWait() {
        setVisible(true);
        return Optional.ofNullable(result);
    }
}
