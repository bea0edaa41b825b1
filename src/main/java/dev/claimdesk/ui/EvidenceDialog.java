package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import dev.claimdesk.app.EvidenceService;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.Reliability;
import dev.claimdesk.domain.SourceType;
import dev.claimdesk.domain.Stance;
import java.awt.Component;
import java.awt.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import net.miginfocom.swing.MigLayout;

/**
 * One evidence item: every field of the design (source, dates, quoted passage, stance, source
 * type, reliability grade, note, attached local copy). Checked with the service's own rules before
 * it closes, so a mistake is explained next to the fields and nothing is lost.
 */
final class EvidenceDialog extends JDialog {
    private final JTextField url = Forms.field("evidenceUrl", "https://… (web address of the source)");
    private final JTextField title = Forms.field("evidenceTitle", "Title of the document or page");
    private final JTextField publisher = Forms.field("evidencePublisher", "Who published it");
    private final JTextField published = Forms.field("evidencePublished", "YYYY-MM-DD");
    private final JTextField accessed = Forms.field("evidenceAccessed", "YYYY-MM-DD");
    private final JTextArea quote = area("evidenceQuote", "The passage that bears on the claim");
    private final JComboBox<Stance> stance = new JComboBox<>(Stance.values());
    private final JComboBox<SourceType> sourceType = new JComboBox<>(SourceType.values());
    private final JComboBox<Reliability> reliability = new JComboBox<>(Reliability.values());
    private final JTextArea note = area("evidenceNote", "Your note (not exported to readers)");
    private final JTextField attachment =
            Forms.field("evidenceAttachment", "A local copy (PDF, screenshot…): kept in the database");
    private final JLabel hash = new JLabel(" ");
    private final JLabel problem = Forms.problemLabel("evidenceProblem");
    private final Evidence original;
    private final long claimId;
    private final String reviewer;
    private Evidence result;

    EvidenceDialog(Window owner, long claimId, Evidence existing, String reviewer, LocalDate today) {
        this(owner, claimId, null, existing, reviewer, today);
    }

    /** The editor for evidence of {@code claim}: its number in the title, its text at the top. */
    EvidenceDialog(
            Window owner, dev.claimdesk.domain.Claim claim, Evidence existing, String reviewer, LocalDate today) {
        this(owner, claim.id(), claim, existing, reviewer, today);
    }

    private EvidenceDialog(
            Window owner,
            long claimId,
            dev.claimdesk.domain.Claim claim,
            Evidence existing,
            String reviewer,
            LocalDate today) {
        super(owner, heading(claim, existing), ModalityType.APPLICATION_MODAL);
        setName("evidenceDialog");
        this.original = existing;
        this.claimId = claimId;
        this.reviewer = reviewer;
        stance.setName("evidenceStance");
        sourceType.setName("evidenceSourceType");
        reliability.setName("evidenceReliability");
        stance.setRenderer(labels());
        sourceType.setRenderer(labels());
        reliability.setRenderer(labels());
        hash.setName("evidenceHash");
        hash.putClientProperty(FlatClientProperties.STYLE, "foreground: $ClaimDesk.emptyState.foreground; font: -1");
        if (existing != null) {
            url.setText(Forms.orEmpty(existing.url()));
            title.setText(Forms.orEmpty(existing.title()));
            publisher.setText(Forms.orEmpty(existing.publisher()));
            published.setText(
                    existing.publishedOn() == null ? "" : existing.publishedOn().toString());
            accessed.setText(
                    existing.accessedOn() == null ? "" : existing.accessedOn().toString());
            quote.setText(Forms.orEmpty(existing.quote()));
            stance.setSelectedItem(existing.stance());
            sourceType.setSelectedItem(existing.sourceType() == null ? SourceType.SECONDARY : existing.sourceType());
            reliability.setSelectedItem(existing.reliability());
            note.setText(Forms.orEmpty(existing.note()));
            attachment.setText(Forms.orEmpty(existing.attachmentPath()));
            hash.setText(existing.attachmentSha256() == null ? " " : "SHA-256 " + existing.attachmentSha256());
        } else {
            accessed.setText(today.toString());
            stance.setSelectedItem(Stance.CONTEXT);
            sourceType.setSelectedItem(SourceType.SECONDARY);
            reliability.setSelectedItem(Reliability.C);
        }
        attachment
                .getDocument()
                .addDocumentListener(SimpleDocumentListener.of(() -> hash.setText(
                        original != null
                                        && attachment.getText().strip().equals(Forms.orEmpty(original.attachmentPath()))
                                ? "SHA-256 " + original.attachmentSha256()
                                : attachment.getText().isBlank()
                                        ? " "
                                        : "The SHA-256 of the file is computed when you save.")));

        JButton choose = new JButton("Choose…");
        choose.setName("evidenceChooseFile");
        choose.addActionListener(e -> chooseFile());
        JButton ok = new JButton(existing == null ? "Add evidence" : "Save");
        ok.setName("evidenceOk");
        ok.addActionListener(e -> accept(today));
        JButton cancel = new JButton("Cancel");
        cancel.setName("evidenceCancel");
        cancel.addActionListener(e -> dispose());

        JPanel p = new JPanel(new MigLayout("insets 16, wrap 2", "[right][grow, fill, 460]", ""));
        if (claim != null) {
            JTextArea about = Texts.paragraph("\u201c" + shortened(claim.text(), 280) + "\u201d");
            about.setName("evidenceClaim");
            p.add(new JLabel("Claim " + claim.position()), "aligny top");
            p.add(about, "wmin 0, gapbottom 8");
        }
        row(p, "URL", url);
        row(p, "Title", title);
        row(p, "Publisher", publisher);
        p.add(new JLabel("Published"));
        JPanel dates = new JPanel(new MigLayout("insets 0", "[120!]16[][120!]push", "[]"));
        dates.add(published, "growx");
        dates.add(new JLabel("Accessed"));
        dates.add(accessed, "growx");
        p.add(dates);
        p.add(new JLabel("Quoted passage"), "aligny top");
        p.add(new JScrollPane(quote), "h 70:90");
        p.add(new JLabel("Stance"));
        JPanel grades = new JPanel(new MigLayout("insets 0", "[]12[][]12[][]push", "[]"));
        grades.add(stance);
        grades.add(new JLabel("Source"));
        grades.add(sourceType);
        grades.add(new JLabel("Reliability"));
        grades.add(reliability);
        p.add(grades);
        p.add(new JLabel("Note"), "aligny top");
        p.add(new JScrollPane(note), "h 50:60");
        p.add(new JLabel("Attached file"));
        p.add(attachment, "split 2");
        p.add(choose, "growx 0");
        p.add(new JLabel());
        p.add(hash, "wmin 0");
        p.add(problem, "span 2, wmin 0, align left");
        DialogButtons.finish(this, p, cancel, ok);
        // Ctrl+Enter saves from anywhere in the dialog, also from the multi-line fields.
        getRootPane()
                .registerKeyboardAction(
                        e -> accept(today), KeyStroke.getKeyStroke("ctrl ENTER"), JComponent.WHEN_IN_FOCUSED_WINDOW);
    }

    private static void row(JPanel p, String label, JComponent field) {
        p.add(new JLabel(label));
        p.add(field);
    }

    private static DefaultListCellRenderer labels() {
        return new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(
                    JList<?> list, Object value, int index, boolean selected, boolean focus) {
                super.getListCellRendererComponent(list, value, index, selected, focus);
                if (value instanceof Stance s) {
                    setText(s.label());
                } else if (value instanceof SourceType t) {
                    setText(t.label());
                } else if (value instanceof Reliability r) {
                    setText(r.label());
                }
                return this;
            }
        };
    }

    /** A multi-line field where Tab moves on (it does not type a tab). */
    private static JTextArea area(String name, String placeholder) {
        JTextArea a = new JTextArea(3, 30);
        a.setName(name);
        a.setLineWrap(true);
        a.setWrapStyleWord(true);
        a.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, placeholder);
        a.setFocusTraversalKeys(
                java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, java.util.Set.of(KeyStroke.getKeyStroke("TAB")));
        a.setFocusTraversalKeys(
                java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS,
                java.util.Set.of(KeyStroke.getKeyStroke("shift TAB")));
        return a;
    }

    private void chooseFile() {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("Attach a local copy of the source");
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            attachment.setText(chooser.getSelectedFile().getAbsolutePath());
        }
    }

    private void accept(LocalDate today) {
        LocalDate pub;
        LocalDate acc;
        try {
            pub = date(published);
        } catch (DateTimeParseException e) {
            Forms.showProblem(published, problem, "Write the publication date as YYYY-MM-DD, for example 2025-02-11.");
            return;
        }
        try {
            acc = date(accessed);
        } catch (DateTimeParseException e) {
            Forms.showProblem(accessed, problem, "Write the access date as YYYY-MM-DD, for example " + today + ".");
            return;
        }
        String path = Forms.orNull(attachment.getText());
        boolean sameFile = original != null && path != null && path.equals(original.attachmentPath());
        Evidence draft = new Evidence(
                original == null ? 0 : original.id(),
                claimId,
                Forms.orNull(url.getText()),
                Forms.orNull(title.getText()),
                Forms.orNull(publisher.getText()),
                pub,
                acc,
                Forms.orNull(quote.getText()),
                (Stance) stance.getSelectedItem(),
                (SourceType) sourceType.getSelectedItem(),
                (Reliability) reliability.getSelectedItem(),
                Forms.orNull(note.getText()),
                path,
                sameFile ? original.attachmentSha256() : null,
                original == null ? reviewer : original.createdBy(),
                original == null ? Instant.now() : original.createdAt(),
                original == null ? 0 : original.version());
        Optional<String> wrong = EvidenceService.problemWith(draft, today);
        if (wrong.isPresent()) {
            String m = wrong.get();
            JComponent where = m.contains("URL")
                    ? url
                    : m.contains("access") ? accessed : m.contains("publication") ? published : title;
            Forms.showProblem(where, problem, m);
            return;
        }
        result = draft;
        dispose();
    }

    private static LocalDate date(JTextField f) {
        String text = f.getText().strip();
        return text.isEmpty() ? null : LocalDate.parse(text);
    }

    Optional<Evidence> showAndWait() {
        setVisible(true);
        return Optional.ofNullable(result);
    }

    private static String heading(dev.claimdesk.domain.Claim claim, Evidence existing) {
        String base = existing == null ? "New evidence" : "Edit evidence";
        return claim == null ? base : base + " for claim " + claim.position();
    }

    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
