package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
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
    private final JTextField title = field("metaTitle", "Headline of the article");
    private final JTextField outlet = field("metaOutlet", "e.g. China Daily");
    private final JTextField author = field("metaAuthor", "Author or authors");
    private final JTextField url = field("metaUrl", "https://…");
    private final JTextField date = field("metaDate", "YYYY-MM-DD");
    private final JLabel problem = Texts.plain(new JLabel(" "));
    private ArticleMetadata result;

    MetadataDialog(Window owner, String heading, ArticleMetadata found) {
        super(owner, "Article details", ModalityType.APPLICATION_MODAL);
        setName("metadataDialog");
        title.setText(nz(found.title()));
        outlet.setText(nz(found.outlet()));
        author.setText(nz(found.author()));
        url.setText(nz(found.url()));
        date.setText(found.publishedOn() == null ? "" : found.publishedOn().toString());
        problem.setName("metaProblem");
        problem.putClientProperty(FlatClientProperties.STYLE, "foreground: $Component.error.focusedBorderColor");

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
        p.add(problem, "span 2, wmin 0");
        DialogButtons.finish(this, p, cancel, ok);
    }

    private static JTextField field(String name, String placeholder) {
        JTextField f = Texts.plain(new JTextField(30));
        f.setName(name);
        f.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, placeholder);
        return f;
    }

    private void accept() {
        String t = title.getText().strip();
        if (t.isEmpty()) {
            show(title, "An article needs a title.");
            return;
        }
        String u = url.getText().strip();
        if (!u.isEmpty() && !u.toLowerCase(Locale.ROOT).matches("https?://\\S+")) {
            show(url, "The URL must start with http:// or https://.");
            return;
        }
        LocalDate d = null;
        if (!date.getText().isBlank()) {
            try {
                d = LocalDate.parse(date.getText().strip());
            } catch (DateTimeParseException e) {
                show(date, "Write the date as YYYY-MM-DD, for example 2025-02-11.");
                return;
            }
        }
        result = new ArticleMetadata(t, blank(outlet.getText()), blank(author.getText()), blank(u), d);
        dispose();
    }

    private void show(JTextField f, String message) {
        f.putClientProperty(FlatClientProperties.OUTLINE, FlatClientProperties.OUTLINE_ERROR);
        f.requestFocusInWindow();
        problem.setText(message);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    Optional<ArticleMetadata> showAndWait() {
        setVisible(true);
        return Optional.ofNullable(result);
    }
}
