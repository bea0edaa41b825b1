package dev.claimdesk.cli;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.ExportService;
import dev.claimdesk.domain.ClaimFilter;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.SearchQuery;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code claimdesk export KIND}: verdict CSV, evidence CSV, ClaimReview JSON-LD, Markdown or HTML report. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = {
            "Export verdicts: csv (one row per claim), evidence (one row per evidence item), claimreview"
                    + " (schema.org JSON-LD of approved claims), markdown or html (a report).",
            "Writes to standard output unless --out is given; the row count goes to standard error."
        })
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    ClaimDeskCommand parent;

    @Parameters(paramLabel = "KIND", description = "csv, evidence, claimreview, markdown or html.")
    ExportService.Kind kind;

    @Option(names = "--article", paramLabel = "ID", description = "Only this article (default: all).")
    long articleId;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (replaced atomically).")
    Path out;

    @Option(
            names = "--state",
            paramLabel = "STATE",
            description = "Only claims in this state: ${COMPLETION-CANDIDATES} (any case).")
    ClaimState state;

    @Option(
            names = "--search",
            paramLabel = "WORDS",
            description = "Only claims whose text, rationale or evidence"
                    + " contain all these words (as the claim queue's search box).")
    String search;

    @Option(
            names = "--claim",
            paramLabel = "ID",
            split = ",",
            description = "Only these claims (ids as `claims` prints them; repeat or separate with commas),"
                    + " as the window's export of the queue's selection.")
    java.util.List<Long> claimIds;

    @Option(names = "--bom", description = "Start CSV with a UTF-8 byte order mark (for Excel).")
    boolean bom;

    @Option(
            names = "--raw",
            description = "Write cells exactly as stored: no apostrophe before cells starting with = + - @."
                    + " Unsafe to open in a spreadsheet, which may run such cells as formulas; for scripts only.")
    boolean raw;

    @Option(names = "--org-name", paramLabel = "NAME", description = "ClaimReview: the publishing organisation.")
    String orgName;

    @Option(names = "--org-url", paramLabel = "URL", description = "ClaimReview: the organisation's web site.")
    String orgUrl;

    @Option(
            names = "--url-pattern",
            paramLabel = "PATTERN",
            description = "ClaimReview: fact-check page URL with {claim_id} and {article_id},"
                    + " e.g. https://example.org/checks/{claim_id}.")
    String urlPattern;

    @Spec
    CommandSpec spec;

    private final Cli cli;

    /** The claims to export, read by the same parser and filter as the claim queue. */
    private ClaimFilter filter() {
        SearchQuery words = SearchQuery.parse(search);
        if (search != null && words.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--search needs at least one word (letters or digits); punctuation alone matches nothing.");
        }
        return ClaimFilter.ALL.withState(state).withSearch(words);
    }

    ExportCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        ExportService.Kind k = kind;
        AppServices app = cli.openDatabase(parent);
        if (articleId != 0) {
            app.articles().get(articleId); // a clear message when the article does not exist
        }
        ExportService.Options options = new ExportService.Options(
                        k, articleId, bom, raw, orgName, orgUrl, urlPattern, filter())
                .withClaims(claimIds == null ? null : java.util.Set.copyOf(claimIds));
        ExportService.Result r;
        if (out == null) {
            Writer w = new BufferedWriter(new OutputStreamWriter(cli.stdout(), StandardCharsets.UTF_8), 1 << 16);
            r = app.exports().export(options, w);
            w.flush();
        } else {
            r = app.exports().exportToFile(options, out);
        }
        r.problems().forEach(p -> cli.err().println("claimdesk: " + p));
        cli.err()
                .println("claimdesk: exported " + r.rows()
                        + (k == ExportService.Kind.EVIDENCE ? " evidence items" : " claims")
                        + (out == null ? "." : " to " + out + "."));
        return r.problems().isEmpty() ? ExitCodes.OK : ExitCodes.INCOMPLETE;
    }
}
