package dev.claimdesk.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

    /** An instant to the second, as editors read it: {@code 2026-12-01T19:26:13Z}. */
    static String seconds(Instant at) {
        return at == null ? "" : at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * A stored timestamp (the text of {@link Instant#toString()}, as the store writes it) to the
     * second. The fraction is cut from the text: parsing and printing a million timestamps costs
     * more than the rest of a row (docs/benchmarks.md). Text of another shape goes through
     * {@link Instant}, which refuses what is not a timestamp.
     */
    static String seconds(String stored) {
        if (stored == null || stored.isEmpty()) {
            return "";
        }
        int n = stored.length();
        if (n > 20 && stored.charAt(19) == '.' && stored.charAt(n - 1) == 'Z' && stored.charAt(10) == 'T') {
            return stored.substring(0, 19) + "Z";
        }
        if (n == 20 && stored.charAt(19) == 'Z' && stored.charAt(10) == 'T') {
            return stored;
        }
        return seconds(Instant.parse(stored));
    }

    /** The detector's score with four decimals, as the CLI prints it: {@code 0.8734}. */
    static String score(double checkworthiness) {
        return BigDecimal.valueOf(Math.round(checkworthiness * 10_000), 4).toPlainString();
    }
}
