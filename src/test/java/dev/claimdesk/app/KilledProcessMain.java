package dev.claimdesk.app;

import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.Reliability;
import dev.claimdesk.domain.SourceType;
import dev.claimdesk.domain.Stance;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The process {@link CrashSafetyTest} kills. It works through the app services, as the GUI and
 * the CLI do, and prints one line after each step has returned, i.e. is committed:
 *
 * <ul>
 *   <li>{@code edit DATA DB ARTICLE TAG}: accepts every proposed claim of the article, adds evidence
 *       and sets a verdict; prints {@code accept ID}, {@code evidence CLAIM EVIDENCE QUOTE},
 *       {@code verdict CLAIM RATIONALE}, where quotes and rationales are unique tokens.
 *   <li>{@code import DATA DB SEED COUNT}: imports COUNT generated articles titled {@code Generated
 *       SEED+i}; prints {@code begin SEED} before and {@code committed SEED ID} after each.
 *   <li>{@code export DATA DB FILE}: exports the verdict CSV to FILE again and again; prints
 *       {@code begin N} and {@code done N}.
 * </ul>
 */
public final class KilledProcessMain {
    /** Large: thousands of claims, so a kill often lands inside the import's one transaction. */
    static final int IMPORT_CHARS = 400_000;

    private KilledProcessMain() {}

    public static void main(String[] args) {
        AppServices app = AppServices.open(new AppPaths(Path.of(args[1]), Path.of(args[2])), Clock.systemUTC());
        say("ready");
        switch (args[0]) {
            case "edit" -> edit(app, Long.parseLong(args[3]), args[4]);
            case "import" ->
                importArticles(
                        app,
                        Long.parseLong(args[3]),
                        Integer.parseInt(args[4]),
                        args.length > 5 ? Integer.parseInt(args[5]) : IMPORT_CHARS);
            case "export" -> export(app, Path.of(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
        say("finished");
    }

    static String articleText(long seed, int chars) {
        return dev.claimdesk.bench.DetectionBenchmark.generate(chars, new java.util.Random(seed));
    }

    private static void edit(AppServices app, long articleId, String tag) {
        long label =
                app.scales().defaultScale().labelByCode("FALSE").orElseThrow().id();
        int n = 0;
        for (Claim c : app.claims().listByArticle(articleId)) {
            if (c.state() != ClaimState.PROPOSED) {
                continue;
            }
            app.claims().act(c.id(), ClaimAction.ACCEPT, null, null, "Ada");
            say("accept " + c.id());
            String quote = tag + "-" + ++n;
            Evidence e = app.evidence().add(evidence(c.id(), quote), "Ada");
            say("evidence " + c.id() + " " + e.id() + " " + quote);
            String rationale = tag + "-" + ++n;
            app.claims().setVerdict(c.id(), label, rationale, "Ada");
            say("verdict " + c.id() + " " + rationale);
        }
    }

    private static Evidence evidence(long claimId, String quote) {
        LocalDate day = LocalDate.of(2025, 1, 1);
        return new Evidence(
                0,
                claimId,
                "https://source.example/" + quote,
                "Source " + quote,
                "Publisher",
                day,
                day,
                quote,
                Stance.REFUTES,
                SourceType.PRIMARY,
                Reliability.B,
                null,
                null,
                null,
                "Ada",
                Instant.EPOCH);
    }

    private static void importArticles(AppServices app, long seed, int count, int chars) {
        for (long s = seed; s < seed + count; s++) {
            String text = articleText(s, chars);
            ArticleMetadata meta = new ArticleMetadata("Generated " + s, null, null, null, null);
            say("begin " + s);
            long id = app.articles()
                    .importText(text, ArticleFormat.PASTE, meta, "en", "Ada")
                    .article()
                    .id();
            say("committed " + s + " " + id);
        }
    }

    private static void export(AppServices app, Path file) {
        ExportService.Options csv =
                new ExportService.Options(ExportService.Kind.CSV, 0, false, false, null, null, null);
        for (int n = 0; ; n++) {
            say("begin " + n);
            app.exports().exportToFile(csv, file);
            say("done " + n);
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
