package dev.claimdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.DeskStats;
import dev.claimdesk.domain.agreement.AgreementSummary;
import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code claimdesk stats}: the dashboard's numbers, as JSON or TSV. */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = "Print the desk's figures: claims by state per article, approved verdicts, approvals per "
                + "day (UTC), each reviewer's open work and throughput, the median time from import to "
                + "approval, agreement of blind verdicts (observed, Krippendorff's alpha with a 95 %% "
                + "interval, Cohen's kappa per pair) and the adjudication backlog.")
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    ClaimDeskCommand parent;

    @Option(names = "--article", paramLabel = "ID", description = "Only this article (default: all).")
    long articleId;

    @Option(
            names = "--since",
            paramLabel = "DATE",
            description = "Count approvals, verdicts and agreement from this day on (YYYY-MM-DD, UTC).")
    String since;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or tsv.")
    OutputFormat format;

    private final Cli cli;

    StatsCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        LocalDate from = since == null ? null : ImportCommand.parseDate(since);
        DeskStats s = cli.openDatabase(parent.database()).stats().stats(articleId, from);
        if (format == OutputFormat.json) {
            cli.out().println(DetectionJson.MAPPER.writeValueAsString(json(s)));
        } else {
            tsv(s);
        }
        return ExitCodes.OK;
    }

    private static ObjectNode json(DeskStats s) {
        ObjectNode root = DetectionJson.MAPPER.createObjectNode();
        root.put("since", s.since() == null ? null : s.since().toString());
        var articles = root.putArray("articles");
        for (DeskStats.ArticleStates a : s.articles()) {
            ObjectNode n = articles.addObject();
            n.put("id", a.articleId());
            n.put("title", a.title());
            n.put("claims", a.total());
            ObjectNode states = n.putObject("states");
            a.claims().forEach((state, count) -> states.put(state.name(), count));
        }
        var verdicts = root.putArray("verdicts");
        s.verdicts()
                .forEach(v -> verdicts.addObject()
                        .put("code", v.code())
                        .put("name", v.name())
                        .put("claims", v.claims()));
        ObjectNode perDay = root.putObject("approved_per_day");
        s.approvedPerDay().forEach((day, n) -> perDay.put(day.toString(), n));
        var reviewers = root.putArray("reviewers");
        s.reviewers()
                .forEach(r -> reviewers
                        .addObject()
                        .put("reviewer", r.reviewer())
                        .put("open", r.open())
                        .put("verdicts", r.verdictsGiven())
                        .put("decisions", r.decisions()));
        if (s.medianImportToApproval().isPresent()) {
            root.put(
                    "median_hours_import_to_approval",
                    hours(s.medianImportToApproval().get()));
        } else {
            root.putNull("median_hours_import_to_approval");
        }
        AgreementSummary g = s.agreement();
        ObjectNode agreement = root.putObject("agreement");
        agreement.put("claims", g.pairableUnits());
        put(agreement, "observed", g.observed());
        put(agreement, "alpha", g.alpha());
        g.alphaInterval()
                .ifPresent(
                        i -> agreement.putArray("alpha_95").add(round(i.low())).add(round(i.high())));
        agreement.put("opposite_ends", g.oppositeEnds());
        var pairs = agreement.putArray("pairs");
        for (AgreementSummary.PairFigures p : g.pairs()) {
            ObjectNode n = pairs.addObject();
            n.put("first", p.pair().first());
            n.put("second", p.pair().second());
            n.put("claims", p.units());
            n.put("observed", round(p.observed()));
            put(n, "kappa", p.kappa());
        }
        root.put("adjudication_backlog", s.adjudicationBacklog());
        return root;
    }

    private void tsv(DeskStats s) {
        var out = cli.out();
        StringBuilder head = new StringBuilder("article_id\ttitle\tclaims");
        for (ClaimState st : ClaimState.values()) {
            head.append('\t').append(st.name().toLowerCase(Locale.ROOT));
        }
        out.println(head);
        for (DeskStats.ArticleStates a : s.articles()) {
            StringBuilder row = new StringBuilder(Tsv.row(a.articleId(), a.title(), a.total()));
            for (ClaimState st : ClaimState.values()) {
                row.append('\t').append(a.claims().get(st));
            }
            out.println(row);
        }
        out.println();
        out.println(Tsv.row("verdict", "name", "claims"));
        s.verdicts().forEach(v -> out.println(Tsv.row(v.code(), v.name(), v.claims())));
        out.println();
        out.println(Tsv.row("day", "approved"));
        s.approvedPerDay().forEach((day, n) -> out.println(Tsv.row(day, n)));
        out.println();
        out.println(Tsv.row("reviewer", "open", "verdicts", "decisions"));
        s.reviewers().forEach(r -> out.println(Tsv.row(r.reviewer(), r.open(), r.verdictsGiven(), r.decisions())));
        out.println();
        AgreementSummary g = s.agreement();
        out.println(Tsv.row("figure", "value"));
        out.println(Tsv.row(
                "median_hours_import_to_approval",
                s.medianImportToApproval().map(d -> String.valueOf(hours(d))).orElse("")));
        out.println(Tsv.row("agreement_claims", g.pairableUnits()));
        out.println(Tsv.row("observed_agreement", text(g.observed())));
        out.println(Tsv.row("krippendorff_alpha", text(g.alpha())));
        out.println(Tsv.row(
                "alpha_95_low",
                g.alphaInterval().map(i -> String.valueOf(round(i.low()))).orElse("")));
        out.println(Tsv.row(
                "alpha_95_high",
                g.alphaInterval().map(i -> String.valueOf(round(i.high()))).orElse("")));
        out.println(Tsv.row("opposite_ends", g.oppositeEnds()));
        out.println(Tsv.row("adjudication_backlog", s.adjudicationBacklog()));
        for (AgreementSummary.PairFigures p : g.pairs()) {
            out.println(Tsv.row("kappa " + p.pair().first() + " / " + p.pair().second(), text(p.kappa())));
        }
    }

    private static double hours(java.time.Duration d) {
        return DeskStats.hours(d);
    }

    private static double round(double v) {
        return DeskStats.round(v);
    }

    private static String text(OptionalDouble v) {
        return v.isPresent() ? String.valueOf(round(v.getAsDouble())) : "";
    }

    private static void put(ObjectNode n, String field, OptionalDouble v) {
        if (v.isPresent()) {
            n.put(field, round(v.getAsDouble()));
        } else {
            n.putNull(field);
        }
    }
}
