package dev.claimdesk.ui;

import dev.claimdesk.app.BlindReviewService.Mode;
import dev.claimdesk.domain.ReviewMode;
import dev.claimdesk.domain.ReviewMode.OnAgreement;
import java.awt.Component;
import java.util.Optional;
import javax.swing.ButtonGroup;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import net.miginfocom.swing.MigLayout;

/** Article > Review mode…: four-eyes or blind double review, and what agreement leads to (decision 0027). */
final class ReviewModeDialog {
    private ReviewModeDialog() {}

    static Optional<Mode> ask(Component owner, Mode current) {
        JRadioButton fourEyes = new JRadioButton("Four-eyes: one reviewer proposes, a second approves");
        JRadioButton blind = new JRadioButton("Blind double review: two reviewers rate independently");
        JRadioButton toReview = new JRadioButton("Agreeing verdicts go to a third person for approval");
        JRadioButton approve = new JRadioButton("Agreeing verdicts are approved at once");
        fourEyes.setName("modeFourEyes");
        blind.setName("modeBlind");
        toReview.setName("agreementToReview");
        approve.setName("agreementApproves");
        ButtonGroup modes = new ButtonGroup();
        modes.add(fourEyes);
        modes.add(blind);
        ButtonGroup agreement = new ButtonGroup();
        agreement.add(toReview);
        agreement.add(approve);
        (current.mode() == ReviewMode.BLIND ? blind : fourEyes).setSelected(true);
        (current.onAgreement() == OnAgreement.APPROVE ? approve : toReview).setSelected(true);
        Runnable follow = () -> {
            toReview.setEnabled(blind.isSelected());
            approve.setEnabled(blind.isSelected());
        };
        fourEyes.addActionListener(e -> follow.run());
        blind.addActionListener(e -> follow.run());
        follow.run();
        JPanel p = new JPanel(new MigLayout("wrap, insets 0", "[grow, fill]"));
        javax.swing.JTextArea about = Texts.paragraph(
                "How this article's claims are reviewed. It can be changed" + " only before the first verdict.");
        about.setColumns(36);
        p.add(about);
        p.add(fourEyes);
        p.add(blind);
        p.add(toReview, "gapleft 24");
        p.add(approve, "gapleft 24");
        int answer = JOptionPane.showConfirmDialog(
                owner, p, "Review mode", JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
        if (answer != JOptionPane.OK_OPTION) {
            return Optional.empty();
        }
        return Optional.of(new Mode(
                blind.isSelected() ? ReviewMode.BLIND : ReviewMode.FOUR_EYES,
                approve.isSelected() ? OnAgreement.APPROVE : OnAgreement.REVIEW));
    }
}
