package dev.claimdesk.export;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/** RFC 4180 CSV through commons-csv: UTF-8, CRLF, a header row, quotes only where needed. */
final class Csv {
    private Csv() {}

    static CSVPrinter printer(Writer out, CsvOptions options, String... header) throws IOException {
        if (options.bom()) {
            out.write('\uFEFF');
        }
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(header)
                .setRecordSeparator("\r\n")
                .setQuoteMode(QuoteMode.MINIMAL)
                .get();
        return new CSVPrinter(out, format);
    }

    /** A free-text cell: neutralised unless the export is raw. */
    static String text(String value, CsvOptions options) {
        if (value == null) {
            return "";
        }
        return options.raw() ? value : FormulaGuard.protect(value);
    }

    static String plain(Object value) {
        return value == null ? "" : value.toString();
    }
}
