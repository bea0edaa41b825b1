package dev.claimdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimdesk.app.AppServices;
import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleProgress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code claimdesk articles}: the articles of the database with their ids, for {@code claims ARTICLE_ID}. */
@Command(
        name = "articles",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = "List the articles, newest first, with the id 'claimdesk claims' takes, their source details"
                + " and how many of their claims are accepted and decided.")
final class ArticlesCommand implements Callable<Integer> {
    @ParentCommand
    ClaimDeskCommand parent;

    @Option(names = "--format", defaultValue = "tsv", description = "tsv (default) or json.")
    OutputFormat format;

    private final Cli cli;

    ArticlesCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        AppServices app = cli.openDatabase(parent);
        List<Article> articles = app.articles().list();
        Map<Long, ArticleProgress> progress = app.articles().progress();
        if (format == OutputFormat.json) {
            ArrayNode list = DetectionJson.MAPPER.createArrayNode();
            for (Article a : articles) {
                ArticleProgress p = progress.getOrDefault(a.id(), ArticleProgress.none(a.id()));
                ObjectNode n = list.addObject();
                n.put("id", a.id());
                n.put("title", a.title());
                n.put("outlet", a.outlet());
                n.put("author", a.author());
                n.put(
                        "published",
                        a.publishedOn() == null ? null : a.publishedOn().toString());
                n.put(
                        "imported_at",
                        a.importedAt() == null ? null : a.importedAt().toString());
                n.put("accepted", p.accepted());
                n.put("decided", p.decided());
            }
            cli.out().println(DetectionJson.MAPPER.writeValueAsString(list));
        } else {
            cli.out().println(Tsv.row("id", "published", "outlet", "author", "accepted", "decided", "title"));
            for (Article a : articles) {
                ArticleProgress p = progress.getOrDefault(a.id(), ArticleProgress.none(a.id()));
                cli.out()
                        .println(Tsv.row(
                                a.id(),
                                a.publishedOn() == null ? "" : a.publishedOn().toString(),
                                a.outlet(),
                                a.author(),
                                p.accepted(),
                                p.decided(),
                                a.title()));
            }
        }
        return ExitCodes.OK;
    }
}
