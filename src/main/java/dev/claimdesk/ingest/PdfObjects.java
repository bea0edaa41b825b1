package dev.claimdesk.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;

/**
 * Every object the cross-reference data lists must be readable. PDFBox logs an object it cannot
 * read and goes on as if it were empty, so a damaged file would be imported with parts missing;
 * reading them all first (a cost in proportion to the file's size) refuses it instead. An object
 * stream is measured before PDFBox unpacks it, as content streams are.
 */
final class PdfObjects {
    private PdfObjects() {}

    static void requireAll(COSDocument doc, PdfBudget budget, DecodedSize sizes) throws IOException {
        List<COSObjectKey> packed = new ArrayList<>();
        for (Map.Entry<COSObjectKey, Long> entry : doc.getXrefTable().entrySet()) {
            budget.checkTime();
            if (entry.getValue() < 0) {
                packed.add(entry.getKey()); // inside object stream number -offset: after the streams
                measure(doc, -entry.getValue(), sizes);
            } else {
                read(doc, entry.getKey());
            }
        }
        for (COSObjectKey key : packed) {
            budget.checkTime();
            read(doc, key);
        }
    }

    private static void measure(COSDocument doc, long streamNumber, DecodedSize sizes) throws IOException {
        if (read(doc, new COSObjectKey(streamNumber, 0)) instanceof COSStream stream) {
            sizes.of(List.of(stream));
        } else {
            throw new IOException("object stream " + streamNumber + " is not a stream");
        }
    }

    private static COSBase read(COSDocument doc, COSObjectKey key) throws IOException {
        COSBase object = doc.getObjectFromPool(key).getObject();
        if (object == null) {
            throw new IOException("object " + key + " cannot be read");
        }
        return object;
    }
}
