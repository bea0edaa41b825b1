package dev.claimdesk.export;

import dev.claimdesk.domain.VerdictRow;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import org.apache.commons.csv.CSVPrinter;

/** The verdict summary: one row per claim, the columns of design.md section 6, in that order. */
public final class VerdictCsv {
    public static final String[] HEADER = {
        "claim_id",
        "article_id",
        "article_title",
        "article_url",
        "claim_text",
        "claimant",
        "kinds",
        "state",
        "verdict",
        "verdict_scale",
        "rationale",
        "evidence_count",
        "supporting",
        "refuting",
        "reviewer",
        "approved_by",
        "updated_at"
    };

    private VerdictCsv() {}

    /** Writes the rows as they come (nothing is held in memory) and returns how many. */
    public static long write(Iterator<VerdictRow> rows, Writer out, CsvOptions o, Cancellation cancel)
            throws IOException {
        long n = 0;
        CSVPrinter p = Csv.printer(out, o, HEADER);
        while (rows.hasNext()) {
            VerdictRow r = rows.next();
            p.printRecord(
                    r.claimId(),
                    r.articleId(),
                    Csv.text(r.articleTitle(), o),
                    Csv.text(r.articleUrl(), o),
                    Csv.text(r.claimText(), o),
                    Csv.text(r.claimant(), o),
                    Csv.text(r.kinds(), o),
                    r.state().name(),
                    Csv.text(r.verdict(), o),
                    Csv.text(r.verdictScale(), o),
                    Csv.text(r.rationale(), o),
                    r.evidenceCount(),
                    r.supporting(),
                    r.refuting(),
                    Csv.text(r.reviewer(), o),
                    Csv.text(r.approvedBy(), o),
                    r.updatedAt());
            if (++n % 4096 == 0) {
                cancel.check();
            }
        }
        p.flush();
        return n;
    }
}
