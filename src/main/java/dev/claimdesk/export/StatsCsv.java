package dev.claimdesk.export;

import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.DeskStats;
import dev.claimdesk.domain.StatsTable;
import dev.claimdesk.domain.agreement.AgreementSummary;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVPrinter;

/**
 * The dashboard's numbers as CSV, one table per chart (what a desk pastes into its own
 * spreadsheet). Figures are rounded as {@code claimdesk stats} prints them ({@link DeskStats#round}).
 */
public final class StatsCsv {
    private StatsCsv() {}

    /** Writes one table with its header row; returns the number of data rows. */
    public static long write(DeskStats s, StatsTable table, Writer out, CsvOptions o) throws IOException {
        return switch (table) {
            case STATES -> states(s, out, o);
            case VERDICTS -> {
                CSVPrinter p = Csv.printer(out, o, "verdict", "name", "claims");
                for (DeskStats.VerdictCount v : s.verdicts()) {
                    p.printRecord(Csv.text(v.code(), o), Csv.text(v.name(), o), v.claims());
                }
                p.flush();
                yield s.verdicts().size();
            }
            case APPROVED_PER_DAY -> {
                CSVPrinter p = Csv.printer(out, o, "day", "approved");
                for (var e : s.approvedPerDay().entrySet()) {
                    p.printRecord(e.getKey(), e.getValue());
                }
                p.flush();
                yield s.approvedPerDay().size();
            }
            case REVIEWERS -> {
                CSVPrinter p = Csv.printer(out, o, "reviewer", "open", "verdicts", "decisions");
                for (DeskStats.ReviewerWork r : s.reviewers()) {
                    p.printRecord(Csv.text(r.reviewer(), o), r.open(), r.verdictsGiven(), r.decisions());
                }
                p.flush();
                yield s.reviewers().size();
            }
            case FIGURES -> figures(s, out, o);
        };
    }

    private static long states(DeskStats s, Writer out, CsvOptions o) throws IOException {
        List<String> header = new ArrayList<>(List.of("article_id", "title", "claims"));
        for (ClaimState st : ClaimState.values()) {
            header.add(st.name().toLowerCase(Locale.ROOT));
        }
        CSVPrinter p = Csv.printer(out, o, header.toArray(String[]::new));
        for (DeskStats.ArticleStates a : s.articles()) {
            List<Object> row = new ArrayList<>(List.of(a.articleId(), Csv.text(a.title(), o), a.total()));
            for (ClaimState st : ClaimState.values()) {
                row.add(a.claims().get(st));
            }
            p.printRecord(row);
        }
        p.flush();
        return s.articles().size();
    }

    private static long figures(DeskStats s, Writer out, CsvOptions o) throws IOException {
        CSVPrinter p = Csv.printer(out, o, "figure", "value");
        AgreementSummary g = s.agreement();
        p.printRecord("claims_now", s.totalClaims());
        p.printRecord("approved_now", s.claimsIn(ClaimState.APPROVED));
        p.printRecord(
                "median_hours_import_to_approval",
                s.medianImportToApproval().map(d -> text(DeskStats.hours(d))).orElse(""));
        p.printRecord("agreement_claims", g.pairableUnits());
        p.printRecord("observed_agreement", text(g.observed()));
        p.printRecord("krippendorff_alpha", text(g.alpha()));
        p.printRecord("alpha_95_low", g.alphaInterval().map(i -> text(i.low())).orElse(""));
        p.printRecord(
                "alpha_95_high", g.alphaInterval().map(i -> text(i.high())).orElse(""));
        p.printRecord("opposite_ends", g.oppositeEnds());
        p.printRecord("adjudication_backlog", s.adjudicationBacklog());
        for (AgreementSummary.PairFigures pair : g.pairs()) {
            String who = pair.pair().first() + " / " + pair.pair().second();
            p.printRecord(Csv.text("pair_claims " + who, o), pair.units());
            p.printRecord(Csv.text("pair_observed " + who, o), text(pair.observed()));
            p.printRecord(Csv.text("kappa " + who, o), text(pair.kappa()));
        }
        p.flush();
        return 10L + 3L * g.pairs().size();
    }

    private static String text(double v) {
        return String.valueOf(DeskStats.round(v));
    }

    private static String text(OptionalDouble v) {
        return v.isPresent() ? text(v.getAsDouble()) : "";
    }
}
