package dev.claimdesk.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * How large a stream is once unpacked, learnt by unpacking it into a counter that gives up at the
 * limit. PDFBox unpacks a content stream into memory whole before reading it, so a small
 * compressed stream can fill the heap; measuring it first with PDFBox's own filters bounds that.
 */
final class DecodedSize {
    private final PdfBudget budget;
    private final Map<COSStream, Long> known = new IdentityHashMap<>();

    DecodedSize(PdfBudget budget) {
        this.budget = budget;
    }

    /**
     * The unpacked size of the streams together, refused with the budget's message beyond {@link
     * PdfBudget#MAX_STREAM_BYTES}. A stream that cannot be unpacked makes the file damaged.
     */
    long of(List<COSStream> streams) throws IOException {
        long total = 0;
        for (COSStream s : streams) {
            Long size = known.get(s);
            if (size == null) {
                size = measure(s, PdfBudget.MAX_STREAM_BYTES - total);
                known.put(s, size);
            }
            total += size;
            if (total > PdfBudget.MAX_STREAM_BYTES) {
                throw budget.streamTooLarge();
            }
        }
        return total;
    }

    private long measure(COSStream stream, long limit) throws IOException {
        List<COSName> filters = new PDStream(stream).getFilters();
        if (filters.isEmpty()) {
            return stream.getLength();
        }
        InputStream in = stream.createRawInputStream();
        try {
            for (int i = 0; ; i++) {
                boolean last = i == filters.size() - 1;
                Counter out = new Counter(limit, last ? OutputStream.nullOutputStream() : new ByteArrayOutputStream());
                FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(in, out, stream, i);
                if (last) {
                    return out.count;
                }
                in.close();
                in = new ByteArrayInputStream(((ByteArrayOutputStream) out.sink).toByteArray());
            }
        } finally {
            in.close();
        }
    }

    /** Counts what passes through; past the limit, the budget refuses the file. */
    private final class Counter extends OutputStream {
        private final long limit;
        private final OutputStream sink;
        private long count;

        Counter(long limit, OutputStream sink) {
            this.limit = limit;
            this.sink = sink;
        }

        @Override
        public void write(int b) throws IOException {
            add(1);
            sink.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            add(len);
            sink.write(b, off, len);
        }

        private void add(int n) {
            long before = count;
            count += n;
            if (count > limit) {
                throw budget.streamTooLarge();
            }
            if (before >>> 16 != count >>> 16) {
                budget.checkTime(); // every 64 KB: unpacking a large stream can be cancelled too
            }
        }
    }
}
