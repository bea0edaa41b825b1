package dev.claimdesk.app;

import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/** A second process for {@link ConcurrentProcessesTest}: waits for a start signal, then writes. */
public final class ConcurrentWriterMain {
    private ConcurrentWriterMain() {}

    public static void main(String[] args) throws InterruptedException, java.io.IOException {
        Path db = Path.of(args[0]);
        String who = args[1];
        int count = Integer.parseInt(args[2]);
        Path go = Path.of(args[3]);
        AppServices app = AppServices.open(db, Clock.systemUTC());
        Files.createFile(go.resolveSibling(who + ".ready"));
        while (!Files.exists(go)) {
            TimeUnit.MILLISECONDS.sleep(5);
        }
        ArticleMetadata meta = new ArticleMetadata(null, null, null, null, null);
        for (int i = 0; i < count; i++) {
            var a = app.articles()
                    .importText(
                            who + " article " + i + ": 60 percent of claims are checked.",
                            ArticleFormat.PASTE,
                            meta,
                            "en",
                            who)
                    .article();
            app.claims().addManual(a.id(), 0, a.bodyText().length(), who);
        }
    }
}
