package dev.claimdesk.cli;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.MatchingService;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code claimdesk archive import FILE}: adds prior fact-checks (ClaimReview JSON-LD, CSV, TSV). */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = {
            "Import prior fact-checks into the archive: ClaimReview JSON-LD (as publishers, Google's Fact Check",
            "Tools and 'claimdesk export --format claimreview' write it), or CSV/TSV whose header names at least",
            "'claim' and optionally 'id', 'rating', 'url', 'date' (YYYY-MM-DD), 'publisher', 'claimant'.",
            "All of the file or nothing; fact-checks already in the archive are not added twice."
        })
final class ArchiveImportCommand implements Callable<Integer> {
    @ParentCommand
    ArchiveCommand parent;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--as", paramLabel = "NAME", description = "Who imports (default: your login name).")
    String actor = System.getProperty("user.name");

    private final Cli cli;

    ArchiveImportCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        AppServices app = cli.openDatabase(parent.parent.database());
        MatchingService.ArchiveImport r = app.matching().importArchive(file, actor);
        cli.out()
                .printf(
                        "Read %d fact-checks from %s; added %d (%d were in the archive already).%n",
                        r.read(), file.getFileName(), r.added(), r.read() - r.added());
        return ExitCodes.OK;
    }
}
