package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.Claim;
import java.awt.Rectangle;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.text.BadLocationException;
import net.miginfocom.swing.MigLayout;

/** The article: its title and source details over its text, in which the claims are marked. */
final class ArticleText extends JPanel {
    private final JTextArea title = Texts.heading("");
    private final JTextArea meta = Texts.note("");
    private final JTextArea body = new JTextArea();
    private final JButton details = new JButton("Edit details…");

    /**
     * @param before a control shown before the title (the article list's toggle)
     * @param editDetails what "Edit details…" does
     */
    ArticleText(JComponent before, Runnable editDetails) {
        super(new MigLayout("fill, wrap, insets 10 12 6 12", "[grow, fill]", "[][]6[grow, fill]"));
        title.setName("articleTitle");
        meta.setName("articleMeta");
        body.setName("articleBody");
        body.setEditable(false);
        body.setLineWrap(true);
        body.setWrapStyleWord(true);
        body.setMargin(new java.awt.Insets(12, 16, 12, 16));
        body.putClientProperty(FlatClientProperties.STYLE, "background: $ClaimDesk.articleText.background");
        body.getCaret().setVisible(true);
        details.setName("editDetails");
        details.setToolTipText("Title, outlet, author, URL and date of the article");
        details.addActionListener(e -> editDetails.run());
        add(before, "split 3, growx 0, aligny top");
        add(title, "wmin 0, growx");
        add(details, "growx 0, aligny top");
        add(meta, "wmin 0");
        add(new JScrollPane(body), "hmin 80");
    }

    JTextArea body() {
        return body;
    }

    /** Shows the title and source details; the text is replaced only when it differs (keeping the caret). */
    void show(Article a, boolean sameArticle) {
        title.setText(a.title());
        title.setToolTipText(a.title());
        meta.setText(describe(a));
        meta.setToolTipText(a.url() == null || a.url().isBlank() ? null : a.url());
        if (!sameArticle || !body.getText().equals(a.bodyText())) {
            body.setText(a.bodyText());
            body.setCaretPosition(0);
        }
    }

    /** Puts the caret at the claim and scrolls it into view, a third down the visible text. */
    void scrollTo(Claim c) {
        if (c.endOffset() > body.getDocument().getLength()) {
            return;
        }
        body.setCaretPosition(c.startOffset());
        try {
            java.awt.geom.Rectangle2D r = body.modelToView2D(c.startOffset());
            if (r != null) {
                Rectangle visible = body.getVisibleRect();
                Rectangle target = r.getBounds();
                if (!visible.contains(target)) {
                    target.y = Math.max(0, target.y - visible.height / 3);
                    target.height = visible.height;
                    body.scrollRectToVisible(target);
                }
            }
        } catch (BadLocationException e) {
            // the claim lies outside the text: nothing to scroll to
        }
    }

    /** Outlet, author, date and the web site (the whole address is the tooltip and in Edit details). */
    static String describe(Article a) {
        StringBuilder sb = new StringBuilder();
        append(sb, a.outlet());
        append(sb, a.author());
        if (a.publishedOn() != null) {
            append(sb, a.publishedOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
        }
        append(sb, site(a.url()));
        return sb.length() == 0 ? "No source details yet" : sb.toString();
    }

    /** The host of a web address ("www." dropped), or the text itself when it is not one. */
    static String site(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = java.net.URI.create(url.strip()).getHost();
            if (host != null && !host.isBlank()) {
                return host.startsWith("www.") ? host.substring(4) : host;
            }
        } catch (IllegalArgumentException e) {
            // not a web address: shown as it is
        }
        return url;
    }

    private static void append(StringBuilder sb, String part) {
        if (part != null && !part.isBlank()) {
            if (sb.length() > 0) {
                sb.append("  ·  ");
            }
            sb.append(part);
        }
    }
}
