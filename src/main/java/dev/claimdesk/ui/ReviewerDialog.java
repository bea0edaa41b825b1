package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import dev.claimdesk.domain.Reviewer;
import java.awt.Window;
import java.util.List;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.text.JTextComponent;
import net.miginfocom.swing.MigLayout;

/** "Who are you?": pick a known reviewer or type a new name; initials are suggested. */
final class ReviewerDialog extends JDialog {
    private final JComboBox<String> name = new JComboBox<>();
    private final JTextField initials = new JTextField(6);
    private final List<Reviewer> known;
    private boolean initialsTouched;
    private DialogService.ReviewerInput result;

    ReviewerDialog(Window owner, List<Reviewer> known, String current, boolean firstRun) {
        super(owner, firstRun ? "Welcome to ClaimDesk" : "Switch reviewer", ModalityType.APPLICATION_MODAL);
        this.known = known;
        setName("reviewerDialog");
        known.forEach(r -> name.addItem(r.name()));
        name.setEditable(true);
        name.setName("reviewerName");
        name.setSelectedItem(current == null ? "" : current);
        JTextComponent editor = (JTextComponent) name.getEditor().getEditorComponent();
        editor.setName("reviewerNameField");
        editor.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Your full name");
        initials.setName("reviewerInitials");
        initials.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "e.g. AL");
        editor.getDocument().addDocumentListener(SimpleDocumentListener.of(this::suggestInitials));
        name.addActionListener(e -> suggestInitials());
        initials.getDocument().addDocumentListener(SimpleDocumentListener.of(() -> {
            if (initials.isFocusOwner()) {
                initialsTouched = true;
            }
        }));

        javax.swing.JTextArea intro = Texts.paragraph(
                firstRun
                        ? "Who are you? ClaimDesk records who does what, and a verdict needs a second reviewer to approve it."
                        : "Choose who is working now. Your verdicts need another reviewer's approval.");
        JButton ok = new JButton("OK");
        ok.setName("reviewerOk");
        ok.addActionListener(e -> accept());
        JButton cancel = new JButton("Cancel");
        cancel.setName("reviewerCancel");
        cancel.addActionListener(e -> dispose());

        JPanel p = new JPanel(new MigLayout("insets 16, wrap 2", "[right][grow, fill, 260]", "[]12[][]16[]"));
        p.add(intro, "span 2, w 380!, align left");
        p.add(new JLabel("Name"));
        p.add(name);
        p.add(new JLabel("Initials"));
        p.add(initials, "growx 0, w 80!");
        suggestInitials();
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowOpened(java.awt.event.WindowEvent e) {
                editor.requestFocusInWindow();
                editor.selectAll();
            }
        });
        DialogButtons.finish(this, p, cancel, ok);
        setResizable(false);
    }

    private String typedName() {
        JTextComponent editor = (JTextComponent) name.getEditor().getEditorComponent();
        return editor.getText();
    }

    private void suggestInitials() {
        if (initialsTouched) {
            return;
        }
        String n = typedName().strip();
        String suggestion = known.stream()
                .filter(r -> r.name().equals(n))
                .map(Reviewer::initials)
                .findFirst()
                .orElse(n.isEmpty() ? "" : Reviewer.initialsOf(n));
        if (!suggestion.equals(initials.getText())) {
            initials.setText(suggestion);
        }
    }

    private void accept() {
        result = new DialogService.ReviewerInput(typedName(), initials.getText());
        dispose();
    }

    Optional<DialogService.ReviewerInput> showAndWait() {
        setVisible(true);
        return Optional.ofNullable(result);
    }
}
