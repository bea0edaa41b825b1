package dev.claimdesk.export;

import dev.claimdesk.domain.RedFlag;
import dev.claimdesk.domain.VerdictRow;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;

/**
 * The verdict summary: one row per claim, the columns of design.md section 6 in that order, then
 * the columns added later, always at the end so that spreadsheets and scripts reading columns by
 * position keep working: the state in the app's words (beside {@code state}, its stable code), the
 * detector's score, the red flags by the names the app shows, and the dismissal reason; then the
 * article's review mode and, once a blind round is complete, its two verdicts with their
 * reviewers (empty while the round is open, so no rater reads the other's verdict here).
 */
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
        "updated_at",
        "state_label",
        "score",
        "red_flags",
        "dismiss_reason",
        "review_mode",
        "blind_verdict_1",
        "blind_reviewer_1",
        "blind_verdict_2",
        "blind_reviewer_2"
    };

    private VerdictCsv() {}

    /** Writes the rows as they come (nothing is held in memory) and returns how many. */
    public static long write(Iterator<VerdictRow> rows, Writer out, CsvOptions o, Cancellation cancel)
            throws IOException {
        long n = 0;
        CSVPrinter p = Csv.printer(out, o, HEADER);
        Map<String, String> flagNames = new HashMap<>(); // few distinct combinations: each named once
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
                    Csv.seconds(r.updatedAt()),
                    Csv.text(r.state().label(), o),
                    Csv.score(r.checkworthiness()),
                    Csv.text(flagNames.computeIfAbsent(r.flags(), VerdictCsv::flagNames), o),
                    r.dismissReason() == null ? "" : Csv.text(r.dismissReason().label(), o),
                    r.reviewMode() == null ? "" : r.reviewMode().name(),
                    r.blind() == null ? "" : Csv.text(r.blind().first(), o),
                    r.blind() == null ? "" : Csv.text(r.blind().firstBy(), o),
                    r.blind() == null ? "" : Csv.text(r.blind().second(), o),
                    r.blind() == null ? "" : Csv.text(r.blind().secondBy(), o));
            if (++n % 4096 == 0) {
                cancel.check();
            }
        }
        p.flush();
        return n;
    }

    /** "UNIT_MISMATCH; SOURCE_AI" to "unit mismatch; source ai". */
    private static String flagNames(String codes) {
        if (codes == null || codes.isEmpty()) {
            return "";
        }
        return Arrays.stream(codes.split(";"))
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .map(RedFlag::label)
                .collect(Collectors.joining("; "));
    }
}
