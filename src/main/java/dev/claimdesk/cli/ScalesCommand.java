package dev.claimdesk.cli;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.domain.VerdictScale;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code claimdesk scales …}: the verdict scales of the database. Without a subcommand, lists them
 * with their labels (the desk's default marked); {@code export}, {@code import}, {@code default} and
 * {@code article} move a desk's scale between databases and choose which one is used.
 */
@Command(
        name = "scales",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = "List the verdict scales with their labels; export, import and choose them.",
        subcommands = {
            ScalesCommand.Export.class,
            ScalesCommand.Import.class,
            ScalesCommand.Default.class,
            ScalesCommand.ForArticle.class
        })
final class ScalesCommand implements Callable<Integer> {
    @ParentCommand
    ClaimDeskCommand parent;

    private final Cli cli;

    ScalesCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        AppServices app = cli.openDatabase(parent.database());
        String deskDefault = app.scales().defaultScale().code();
        for (VerdictScale s : app.scales().list()) {
            cli.out().println(Tsv.row(s.code(), s.name(), s.code().equals(deskDefault) ? "default" : ""));
            for (VerdictLabel l : s.labels()) {
                cli.out()
                        .println(Tsv.row(
                                "",
                                l.code(),
                                l.name(),
                                l.ordinal() == null ? "no rank" : "rank " + l.ordinal(),
                                l.ratingValue() == null ? "" : "rating " + l.ratingValue(),
                                l.colour(),
                                l.hotkey() == null ? "" : "key " + l.hotkey(),
                                l.retired() ? "retired" : ""));
            }
        }
        return ExitCodes.OK;
    }

    /** {@code claimdesk scales export CODE FILE}. */
    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write a scale as a JSON file.")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        ScalesCommand scales;

        @Parameters(index = "0", paramLabel = "CODE")
        String code;

        @Parameters(index = "1", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            scales.cli.openDatabase(scales.parent.database()).scales().export(code, file);
            scales.cli.out().printf("Wrote the scale %s to %s.%n", code, file);
            return ExitCodes.OK;
        }
    }

    /** {@code claimdesk scales import FILE}. */
    @Command(name = "import", mixinStandardHelpOptions = true, description = "Add the scale of a JSON file.")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        ScalesCommand scales;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--as", paramLabel = "NAME", description = "Who imports (default: your login name).")
        String actor = System.getProperty("user.name");

        @Override
        public Integer call() {
            VerdictScale s =
                    scales.cli.openDatabase(scales.parent.database()).scales().importFrom(file, actor);
            scales.cli
                    .out()
                    .printf(
                            "Added the scale %s (%s) with %d labels.%n",
                            s.code(), s.name(), s.labels().size());
            return ExitCodes.OK;
        }
    }

    /** {@code claimdesk scales default CODE}. */
    @Command(
            name = "default",
            mixinStandardHelpOptions = true,
            description = "Make a scale the desk's default (for articles that have not chosen one).")
    static final class Default implements Callable<Integer> {
        @ParentCommand
        ScalesCommand scales;

        @Parameters(paramLabel = "CODE")
        String code;

        @Option(names = "--as", paramLabel = "NAME", description = "Who decides (default: your login name).")
        String actor = System.getProperty("user.name");

        @Override
        public Integer call() {
            scales.cli.openDatabase(scales.parent.database()).scales().setDefault(code, actor);
            scales.cli.out().printf("The desk's default scale is now %s.%n", code);
            return ExitCodes.OK;
        }
    }

    /** {@code claimdesk scales article ARTICLE_ID CODE|default}. */
    @Command(
            name = "article",
            mixinStandardHelpOptions = true,
            description = "Choose the scale of one article, before its first verdict ('default': the desk's).")
    static final class ForArticle implements Callable<Integer> {
        @ParentCommand
        ScalesCommand scales;

        @Parameters(index = "0", paramLabel = "ARTICLE_ID")
        long articleId;

        @Parameters(index = "1", paramLabel = "CODE")
        String code;

        @Option(names = "--as", paramLabel = "NAME", description = "Who decides (default: your login name).")
        String actor = System.getProperty("user.name");

        @Override
        public Integer call() {
            AppServices app = scales.cli.openDatabase(scales.parent.database());
            app.scales().setArticleScale(articleId, "default".equals(code) ? null : code, actor);
            scales.cli
                    .out()
                    .printf(
                            "Article %d now uses the scale %s.%n",
                            articleId, app.scales().scaleFor(articleId).code());
            return ExitCodes.OK;
        }
    }
}
