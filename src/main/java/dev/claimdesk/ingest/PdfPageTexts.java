package dev.claimdesk.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper run once over the whole document (one run per page walked the page tree
 * once per page: quadratic), giving each page's text, under a {@link PdfBudget}: pages are counted
 * and checked for missing parts before any text is read, a page's or form's drawing instructions
 * are measured before PDFBox unpacks them, and time, cancellation and characters are checked at
 * every operator and character.
 */
final class PdfPageTexts extends PDFTextStripper {
    private final PdfBudget budget;
    private final DecodedSize sizes;
    private final StringWriter page = new StringWriter();
    private final List<String> pages = new ArrayList<>();

    private PdfPageTexts(PdfBudget budget, DecodedSize sizes) {
        this.budget = budget;
        this.sizes = sizes;
    }

    /** The text of each page with content, in order; lines end in \n, paragraphs in {@code paragraphEnd}. */
    static List<String> of(PDDocument doc, PdfBudget budget, DecodedSize sizes, String paragraphEnd)
            throws IOException {
        PdfPageTexts stripper = new PdfPageTexts(budget, sizes);
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        stripper.setParagraphEnd(paragraphEnd);
        stripper.writeText(doc, stripper.page);
        return stripper.pages;
    }

    @Override
    protected void processPages(PDPageTree tree) throws IOException {
        for (PDPage p : tree) {
            budget.countPage();
            requireParts(p);
        }
        super.processPages(tree);
    }

    @Override
    public void processPage(PDPage p) throws IOException {
        budget.startPage();
        sizes.of(contentStreams(p));
        super.processPage(p);
    }

    @Override
    protected void endPage(PDPage p) throws IOException {
        super.endPage(p);
        pages.add(page.toString());
        page.getBuffer().setLength(0);
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        sizes.of(List.of(form.getCOSObject()));
        super.showForm(form);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.checkTime();
        super.processOperator(operator, operands);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        budget.countChar();
        super.processTextPosition(text);
    }

    private static List<COSStream> contentStreams(PDPage p) {
        COSBase contents = p.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        List<COSStream> streams = new ArrayList<>();
        if (contents instanceof COSStream s) {
            streams.add(s);
        } else if (contents instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSStream s) {
                    streams.add(s);
                }
            }
        }
        return streams;
    }

    /**
     * A page whose text, resources or fonts point at objects that are not in the file is damaged:
     * PDFBox would read it as blank, and the article would be imported in part.
     */
    private static void requireParts(PDPage p) throws IOException {
        COSDictionary dict = p.getCOSObject();
        present(dict.getItem(COSName.CONTENTS));
        if (dict.getDictionaryObject(COSName.CONTENTS) instanceof COSArray array) {
            for (COSBase part : array) {
                present(part);
            }
        }
        present(dict.getItem(COSName.RESOURCES));
        PDResources resources = p.getResources();
        COSDictionary fonts =
                resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts != null) {
            for (COSBase font : fonts.getValues()) {
                present(font);
            }
        }
    }

    private static void present(COSBase item) throws IOException {
        if (item instanceof COSObject ref && (ref.getObject() == null || ref.getObject() instanceof COSNull)) {
            throw new IOException("object " + ref.getKey() + " is referenced but missing");
        }
    }
}
