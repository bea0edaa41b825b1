package dev.claimdesk.ui;

import dev.claimdesk.domain.ArticleMetadata;
import java.awt.Window;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/** The article's source details, prefilled with what import found; checked before it closes. */
final class MetadataDialog extends JDialog {
    private final JTextField title = Forms.field("metaTitle", "Headline of the article");
    private final JTextField outlet = Forms.field("metaOutlet", "e.g. China Daily");
    private final JTextField author = Forms.field("metaAuthor", "Author or authors");
    private final JTextField url = Forms.field("metaUrl", "https://…");
    private final JTextField date = Forms.field("metaDate", "YYYY-MM-DD");
    private final JLabel problem = Forms.problemLabel("metaProblem");
    private ArticleMetadata result;

    MetadataDialog(Window owner, String heading, ArticleMetadata found) {
        super(owner, "Article details", ModalityType.APPLICATION_MODAL);
        setName("metadataDialog");
        title.setText(Forms.orEmpty(found.title()));
        outlet.setText(Forms.orEmpty(found.outlet()));
        author.setText(Forms.orEmpty(found.author()));
        url.setText(Forms.orEmpty(found.url()));
        date.setText(found.publishedOn() == null ? "" : found.publishedOn().toString());

        JButton ok = new JButton("Save");
        ok.setName("metaOk");
        ok.addActionListener(e -> accept());
        JButton cancel = new JButton("Keep as found");
        cancel.setName("metaCancel");
        cancel.addActionListener(e -> dispose());

        JPanel p = new JPanel(new MigLayout("insets 16, wrap 2", "[right][grow, fill, 420]", "[]12[][][][][]8[]16[]"));
        p.add(Texts.paragraph(heading), "span 2, w 500!, align left");
        p.add(new JLabel("Title"));
        p.add(title);
        p.add(new JLabel("Outlet"));
        p.add(outlet);
        p.add(new JLabel("Author"));
        p.add(author);
        p.add(new JLabel("URL"));
        p.add(url);
        p.add(new JLabel("Published"));
        p.add(date, "growx 0, w 140!");
        p.add(problem, "span 2, wmin 0, align left");
        DialogButtons.finish(this, p, cancel, ok);
    }

    private void accept() {
        String t = title.getText().strip();
        if (t.isEmpty()) {
            Forms.showProblem(title, problem, "An article needs a title.");
            return;
        }
        String u = url.getText().strip();
        if (!u.isEmpty() && !u.toLowerCase(Locale.ROOT).matches("https?://\\S+")) {
            Forms.showProblem(url, problem, "The URL must start with http:// or https://.");
            return;
        }
        LocalDate d = null;
        if (!date.getText().isBlank()) {
            try {
                d = LocalDate.parse(date.getText().strip());
            } catch (DateTimeParseException e) {
                Forms.showProblem(date, problem, "Write the date as YYYY-MM-DD, for example 2025-02-11.");
                return;
            }
        }
        result = new ArticleMetadata(
                t, Forms.orNull(outlet.getText()), Forms.orNull(author.getText()), Forms.orNull(u), d);
        dispose();
    }

    Optional<ArticleMetadata> showAndWait() {
        setVisible(true);
        return Optional.ofNullable(result);
    }
}
