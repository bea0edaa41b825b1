package dev.claimdesk.cli;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.ArticleService;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.ClaimDeskException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code claimdesk import FILE...}: stores articles with the detector's proposed claims. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = {
            "Import article files (.txt, .md, .html, .pdf) with their proposed claims.",
            "Prints one line per file: the article id (an existing id when the same text was imported before)."
        })
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    ClaimDeskCommand parent;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--title", description = "Title (instead of the one found in the file).")
    String title;

    @Option(names = "--outlet", description = "Outlet or publisher.")
    String outlet;

    @Option(names = "--author", description = "Author.")
    String author;

    @Option(names = "--url", description = "URL of the article.")
    String url;

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date, YYYY-MM-DD.")
    String published;

    @Option(
            names = "--as",
            paramLabel = "NAME",
            description = "Who imports (default: your login name; on a team server always the signed-in login).")
    String actor = System.getProperty("user.name");

    private final Cli cli;

    ImportCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        LocalDate date = parseDate(published);
        ArticleMetadata overrides = new ArticleMetadata(title, outlet, author, url, date);
        AppServices app = cli.openDatabase(parent);
        int failures = 0;
        for (Path file : files) {
            try {
                ArticleService.Imported r = app.articles().importFile(file, overrides, app.reviewerFor(actor));
                cli.out().println(r.article().id());
                if (r.alreadyPresent()) {
                    cli.err()
                            .println("claimdesk: " + file.getFileName() + " was imported before, as article "
                                    + r.article().id() + "; nothing was added.");
                }
            } catch (ClaimDeskException e) {
                if (e.problem().isDatabaseFileProblem()) {
                    throw e;
                }
                cli.err().println("claimdesk: " + e.userMessage());
                failures++;
            }
        }
        return failures == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ClaimDeskException(
                    ClaimDeskException.Problem.INVALID_INPUT,
                    "\"" + text + "\" is not a date: write it as YYYY-MM-DD, for example 2025-02-11.",
                    e);
        }
    }
}
