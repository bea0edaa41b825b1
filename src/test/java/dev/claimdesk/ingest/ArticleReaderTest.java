package dev.claimdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ClaimDeskException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    @Test
    void htmlKeepsTheArticleBodyAndItsMetadataAndDropsThePageFurniture() throws IOException {
        Path f = dir.resolve("battery.html");
        Files.writeString(f, TestFiles.HTML, StandardCharsets.UTF_8);

        IngestedText t = ArticleReader.read(f);

        assertThat(t.format()).isEqualTo(ArticleFormat.HTML);
        assertThat(t.body())
                .isEqualTo(
                        "Harbour city switches on battery park\n\n"
                                + "The city of Nordhaven switched on a battery park on Monday that can store 60 GWh of electricity.\n\n"
                                + "The park cost 4.6 billion euros, according to the city council.\n\n"
                                + "Mayor Lena Brandt said the share of renewable power rose from 19 percent in 2021 to 64 percent.");
        assertThat(t.metadata().title()).isEqualTo("Harbour city switches on battery park");
        assertThat(t.metadata().outlet()).isEqualTo("Nordhaven Post");
        assertThat(t.metadata().author()).isEqualTo("Marta Kowalczyk");
        assertThat(t.metadata().url()).isEqualTo("https://post.example/nordhaven-battery");
        assertThat(t.metadata().publishedOn()).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void aPageWithoutArticleMarkupUsesItsLargestTextBlock() throws IOException {
        Path f = dir.resolve("plain.htm");
        Files.writeString(
                f,
                "<html><body><div id=menu><p>Home</p><p>About</p></div><div id=story>"
                        + "<p>First paragraph of the story, long enough to be the story.</p>"
                        + "<p>Second paragraph says 278 companies joined.</p></div></body></html>");
        assertThat(ArticleReader.read(f).body())
                .isEqualTo("First paragraph of the story, long enough to be the story.\n\n"
                        + "Second paragraph says 278 companies joined.");
    }

    @Test
    void pdfTextComesInReadingOrderWithoutRunningHeadersAndWithMendedHyphens() throws IOException {
        Path f = dir.resolve("battery.pdf");
        TestFiles.twoPagePdf(f, null);

        IngestedText t = ArticleReader.read(f);

        assertThat(t.format()).isEqualTo(ArticleFormat.PDF);
        assertThat(t.body())
                .isEqualTo("The city of Nordhaven switched on a battery park on Monday that can store"
                        + " 60 GWh of electricity. The operator called it the largest in Europe.\n\n"
                        + "The park cost 4.6 billion euros, according to the city council.\n\n"
                        + "Mayor Lena Brandt said the share of renewable power rose from 19 percent to 64 percent.\n\n"
                        + "Critics say the project is a waste of money.");
        assertThat(t.body()).doesNotContain("NORDHAVEN POST").doesNotContain("Page 1");
        assertThat(t.metadata().title()).isEqualTo("Harbour city switches on battery park");
        assertThat(t.metadata().author()).isEqualTo("Marta Kowalczyk");
    }

    @Test
    void windows1252TextIsRecognised() throws IOException {
        Path f = dir.resolve("legacy.txt");
        String text = "Caf\u00e9 owners said prices rose 5 % \u2013 \u201cunbearable\u201d, says the \u20ac-zone.";
        Files.write(f, text.getBytes(Charset.forName("windows-1252")));
        assertThat(ArticleReader.read(f).body()).isEqualTo(text);
    }

    @Test
    void utf16WithBomAndUtf8WithBomAreRecognised() throws IOException {
        String text = "王小明 said 16 robots danced.\nSecond line.";
        Path le = dir.resolve("le.txt");
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Files.write(le, withBom);
        assertThat(ArticleReader.read(le).body()).isEqualTo(text);

        Path u8 = dir.resolve("bom.txt");
        Files.writeString(u8, "\uFEFF" + text + "\r\n", StandardCharsets.UTF_8);
        assertThat(ArticleReader.read(u8).body()).isEqualTo(text);
    }

    @Test
    void markdownBecomesTheTextAReaderSees() throws IOException {
        Path f = dir.resolve("story.md");
        Files.writeString(
                f,
                "# Battery park opens\n\nThe **park** cost [4.6 billion euros](https://x.example).\n\n"
                        + "- It stores *60 GWh*.\n");
        IngestedText t = ArticleReader.read(f);
        assertThat(t.body()).isEqualTo("Battery park opens\n\nThe park cost 4.6 billion euros.\n\nIt stores 60 GWh.");
        assertThat(t.metadata().title()).isEqualTo("Battery park opens");
        assertThat(t.format()).isEqualTo(ArticleFormat.MARKDOWN);
    }

    @Test
    void badInputIsRefusedInPlainWords() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertRefused(empty, "is empty");

        Path binary = dir.resolve("photo.txt");
        byte[] png = new byte[2048];
        Arrays.fill(png, (byte) 0);
        png[0] = (byte) 0x89;
        Files.write(binary, png);
        assertRefused(binary, "binary data");

        Path huge = dir.resolve("huge.txt");
        Files.write(huge, new byte[(int) ArticleReader.MAX_TEXT_BYTES + 1]);
        assertRefused(huge, "too large");

        Path encrypted = dir.resolve("locked.pdf");
        TestFiles.twoPagePdf(encrypted, "secret");
        assertRefused(encrypted, "password-protected");

        Path whole = dir.resolve("whole.pdf");
        TestFiles.twoPagePdf(whole, null);
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = dir.resolve("truncated.pdf");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 3));
        assertRefused(truncated, "damaged or incomplete");

        Path undecodable = dir.resolve("bad.txt");
        Files.write(undecodable, new byte[] {'O', 'K', ' ', (byte) 0x81, (byte) 0x8D, ' ', 'x'});
        assertRefused(undecodable, "neither UTF-8 nor Windows-1252");

        Path blankHtml = dir.resolve("blank.html");
        Files.writeString(blankHtml, "<html><body><nav>Home</nav></body></html>");
        assertRefused(blankHtml, "contains no text");
    }

    private static void assertRefused(Path f, String expected) {
        assertThatThrownBy(() -> ArticleReader.read(f))
                .isInstanceOf(ClaimDeskException.class)
                .satisfies(
                        e -> assertThat(((ClaimDeskException) e).userMessage()).contains(expected));
    }
}
