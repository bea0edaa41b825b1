package dev.claimdesk.export;

import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.EvidenceRow;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import org.apache.commons.csv.CSVPrinter;

/** One row per evidence item, joined to its claim and article by id. */
public final class EvidenceCsv {
    public static final String[] HEADER = {
        "evidence_id",
        "claim_id",
        "article_id",
        "url",
        "title",
        "publisher",
        "published_on",
        "accessed_on",
        "quote",
        "stance",
        "source_type",
        "reliability",
        "note",
        "attachment_path",
        "attachment_sha256",
        "created_by",
        "created_at"
    };

    private EvidenceCsv() {}

    public static long write(Iterator<EvidenceRow> rows, Writer out, CsvOptions o, Cancellation cancel)
            throws IOException {
        long n = 0;
        CSVPrinter p = Csv.printer(out, o, HEADER);
        while (rows.hasNext()) {
            EvidenceRow row = rows.next();
            Evidence e = row.evidence();
            p.printRecord(
                    e.id(),
                    e.claimId(),
                    row.articleId(),
                    Csv.text(e.url(), o),
                    Csv.text(e.title(), o),
                    Csv.text(e.publisher(), o),
                    Csv.plain(e.publishedOn()),
                    Csv.plain(e.accessedOn()),
                    Csv.text(e.quote(), o),
                    e.stance().name(),
                    e.sourceType() == null ? "" : e.sourceType().name(),
                    e.reliability().name(),
                    Csv.text(e.note(), o),
                    Csv.text(e.attachmentPath(), o),
                    Csv.plain(e.attachmentSha256()),
                    Csv.text(e.createdBy(), o),
                    Csv.seconds(e.createdAt()));
            if (++n % 4096 == 0) {
                cancel.check();
            }
        }
        p.flush();
        return n;
    }
}
