package dev.claimdesk.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real article files made by the tests themselves. */
public final class TestFiles {
    private TestFiles() {}

    public static final String HTML = """
            <!DOCTYPE html>
            <html><head>
              <title>Battery park | Nordhaven Post</title>
              <meta property="og:title" content="Harbour city switches on battery park">
              <meta property="og:site_name" content="Nordhaven Post">
              <meta name="author" content="Marta Kowalczyk">
              <meta property="article:published_time" content="2026-03-03T08:15:00+01:00">
              <link rel="canonical" href="https://post.example/nordhaven-battery">
              <script>var tracking = "The park cost 1 trillion euros.";</script>
              <style>p { color: red }</style>
            </head><body>
              <nav><a href="/">Home</a> <a href="/news">News</a> <p>Subscribe for 1 euro a month!</p></nav>
              <div class="ad-banner advert"><p>Buy 3 batteries, get 1 free.</p></div>
              <article>
                <h1>Harbour city switches on battery park</h1>
                <div class="share-bar"><a>Share on X</a> <a>Share by e-mail</a></div>
                <p>The city of Nordhaven switched on a battery park on Monday that can store 60 GWh of electricity.</p>
                <p>The park cost 4.6 billion euros, according to the city council.</p>
                <p>Mayor Lena Brandt said the share of renewable power rose from 19 percent in 2021 to 64 percent.</p>
                <aside><p>Related: Wind farm opens</p></aside>
              </article>
              <footer><p>© 2026 Nordhaven Post. All rights reserved.</p></footer>
            </body></html>
            """;

    /** A two-page PDF with a running header and page numbers, and a word hyphenated across lines. */
    public static void twoPagePdf(Path file, String password) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            String[][] pages = {
                {
                    "The city of Nordhaven switched on a battery park on Monday that can store",
                    "60 GWh of electricity. The operator called it the largest in Eu-",
                    "rope.",
                    "",
                    "The park cost 4.6 billion euros, according to the city council."
                },
                {
                    "Mayor Lena Brandt said the share of renewable power rose from 19 percent",
                    "to 64 percent.",
                    "",
                    "Critics say the project is a waste of money."
                }
            };
            for (int p = 0; p < pages.length; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    text(cs, font, 9, 50, 800, "NORDHAVEN POST - Energy special");
                    float y = 740;
                    for (String line : pages[p]) {
                        if (line.isEmpty()) {
                            y -= 30;
                            continue;
                        }
                        text(cs, font, 11, 50, y, line);
                        y -= 15;
                    }
                    text(cs, font, 9, 280, 40, "Page " + (p + 1) + " of 2");
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Harbour city switches on battery park");
            info.setAuthor("Marta Kowalczyk");
            if (password != null) {
                doc.protect(new StandardProtectionPolicy(password, password, new AccessPermission()));
            }
            doc.save(file.toFile());
        }
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
