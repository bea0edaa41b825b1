package dev.claimdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimdesk.app.AppServices;
import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.Claim;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code claimdesk claims ARTICLE_ID}: an article's claims with state, score, kinds and flags. */
@Command(
        name = "claims",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = "List an article's claims in text order with state, score, kinds and red flags.")
final class ClaimsCommand implements Callable<Integer> {
    @ParentCommand
    ClaimDeskCommand parent;

    @Parameters(paramLabel = "ARTICLE_ID")
    long articleId;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or tsv.")
    OutputFormat format;

    private final Cli cli;

    ClaimsCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        AppServices app = cli.openDatabase(parent);
        Article article = app.articles().get(articleId);
        List<Claim> claims = app.claims().listByArticle(articleId);
        if (format == OutputFormat.json) {
            ObjectNode root = DetectionJson.MAPPER.createObjectNode();
            root.put("article_id", article.id());
            root.put("title", article.title());
            ArrayNode list = root.putArray("claims");
            for (Claim c : claims) {
                ObjectNode n = list.addObject();
                n.put("id", c.id());
                n.put("start", c.startOffset());
                n.put("end", c.endOffset());
                n.put("text", c.text());
                n.put("state", c.state().name());
                n.put("score", Math.round(c.checkworthiness() * 10_000) / 10_000.0);
                n.put("origin", c.origin().name());
                DetectionJson.kinds(n.putArray("kinds"), c.kinds());
                c.reasons().forEach(n.putArray("reasons")::add);
                DetectionJson.flags(n.putArray("flags"), c.flags());
                DetectionJson.quantities(n.putArray("quantities"), c.quantities());
                n.put("claimant", c.claimant());
            }
            cli.out().println(DetectionJson.MAPPER.writeValueAsString(root));
        } else {
            cli.out().println(Tsv.row("id", "start", "end", "state", "score", "kinds", "flags", "claimant", "text"));
            for (Claim c : claims) {
                cli.out()
                        .println(Tsv.row(
                                c.id(),
                                c.startOffset(),
                                c.endOffset(),
                                c.state().name(),
                                String.format(Locale.ROOT, "%.4f", c.checkworthiness()),
                                ExtractCommand.kinds(c.kinds()),
                                ExtractCommand.codes(c.flags()),
                                c.claimant(),
                                c.text()));
            }
        }
        return ExitCodes.OK;
    }
}
