package dev.claimdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.HistoryEntry;
import dev.claimdesk.domain.Reliability;
import dev.claimdesk.domain.SimilarClaim;
import dev.claimdesk.domain.SourceType;
import dev.claimdesk.domain.Stance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchingServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-02T10:00:00Z"), ZoneOffset.UTC);

    static final String FIRST =
            "Freedonia's unemployment rate rose to 7.5 percent in March, the statistics office said.";
    static final String SECOND =
            "According to the statistics office, joblessness in Freedonia climbed to 7.5 percent in March.";

    @TempDir
    Path dir;

    AppServices app;

    @BeforeEach
    void setUp() {
        app = AppServices.open(dir.resolve("m.db"), CLOCK);
    }

    /** Imports a one-paragraph article and returns the claim made of {@code sentence}. */
    Claim importWith(String title, String sentence) {
        Claim c = found(title, sentence);
        return c.state() == ClaimState.PROPOSED
                ? app.claims().act(c.id(), dev.claimdesk.domain.ClaimAction.ACCEPT, null, null, "Ada")
                : c;
    }

    private Claim found(String title, String sentence) {
        String body = title + "\n\n" + sentence + " The minister did not comment on the figures on Tuesday.\n";
        Article a = app.articles()
                .importText(body, ArticleFormat.TEXT, new ArticleMetadata(title, null, null, null, null), "en", "Ada")
                .article();
        return app.claims().listByArticle(a.id()).stream()
                .filter(c -> c.text().contains("7.5 percent"))
                .findFirst()
                .orElseGet(() -> {
                    int start = body.indexOf(sentence);
                    return app.claims().addManual(a.id(), start, start + sentence.length(), "Ada");
                });
    }

    @Test
    void theSecondArticleFindsTheFirstClaimWithItsVerdictAndReusesIt() {
        Claim first = importWith("Jobs report", FIRST);
        long falseLabel =
                app.scales().defaultScale().labelByCode("FALSE").orElseThrow().id();
        app.claims().setVerdict(first.id(), falseLabel, "The office said 6.1 percent.", "Ada");
        app.evidence()
                .add(
                        new Evidence(
                                0,
                                first.id(),
                                "https://stats.example/march",
                                "March labour report",
                                "Statistics office",
                                LocalDate.parse("2026-04-01"),
                                LocalDate.parse("2026-10-01"),
                                "6.1 percent",
                                Stance.REFUTES,
                                SourceType.PRIMARY,
                                Reliability.A,
                                null,
                                null,
                                null,
                                "Ada",
                                CLOCK.instant()),
                        "Ada");
        Claim second = importWith("Another paper", SECOND);
        app.matching().fillMissing(() -> false);

        List<SimilarClaim> found = app.matching().similarTo(second.id(), 3);

        assertThat(found).isNotEmpty();
        SimilarClaim top = found.get(0);
        assertThat(top.claimId()).isEqualTo(first.id());
        assertThat(top.verdict()).isEqualTo("False");
        assertThat(top.source()).isEqualTo("Jobs report");
        assertThat(top.figuresAgree()).isTrue();
        assertThat(top.checkedBy()).isEqualTo("Ada (not approved yet)");
        assertThat(top.line()).startsWith("Checked before: " + first.text() + " — False, 2 Oct 2026 (Jobs report)");
        assertThat(found).noneMatch(s -> second.id() == (s.claimId() == null ? -1 : s.claimId()));

        Claim linked = app.matching().linkSameAs(second.id(), first.id(), true, "Bea");

        assertThat(linked.duplicateOf()).isEqualTo(first.id());
        assertThat(linked.verdictLabelId()).isEqualTo(falseLabel);
        assertThat(linked.rationale()).isEqualTo("The office said 6.1 percent.");
        assertThat(linked.state()).isEqualTo(ClaimState.IN_RESEARCH);
        assertThat(linked.verdictBy()).isEqualTo("Bea");
        assertThat(app.evidence().listByClaim(second.id()))
                .singleElement()
                .satisfies(e -> assertThat(e.url()).isEqualTo("https://stats.example/march"));
        assertThat(app.claims().historyEntries(second.id()))
                .extracting(HistoryEntry::action)
                .anyMatch(a -> a.startsWith("link as the same claim as claim"))
                .anyMatch(a -> a.startsWith("reuse the verdict of"));
    }

    @Test
    void anApprovedEarlierClaimNamesWhoProposedAndWhoApprovedItsVerdict() {
        Claim first = importWith("Jobs report", FIRST);
        long falseLabel =
                app.scales().defaultScale().labelByCode("FALSE").orElseThrow().id();
        app.reviewers().findOrCreate("Grace", "G");
        app.claims().setVerdict(first.id(), falseLabel, "The office said 6.1 percent.", "Ada");
        app.claims().act(first.id(), dev.claimdesk.domain.ClaimAction.SUBMIT_FOR_REVIEW, null, null, "Ada");
        app.claims().act(first.id(), dev.claimdesk.domain.ClaimAction.APPROVE, "Agreed.", null, "Grace");
        Claim second = importWith("Another paper", SECOND);
        app.matching().fillMissing(() -> false);

        SimilarClaim top = app.matching().similarTo(second.id(), 3).get(0);

        assertThat(top.claimId()).isEqualTo(first.id());
        assertThat(top.checkedBy()).isEqualTo("Ada, approved by Grace");
    }

    @Test
    void aVerdictIsNotReusedForAClaimWhoseFigureDiffersAndNothingChanges() {
        Claim first = importWith("Jobs report", FIRST);
        long falseLabel =
                app.scales().defaultScale().labelByCode("FALSE").orElseThrow().id();
        app.claims().setVerdict(first.id(), falseLabel, "The office said 6.1 percent.", "Ada");
        Claim other = importWith(
                "Another paper",
                "Freedonia's unemployment rate rose to 8.5 percent in March, the statistics office said.");
        Claim before = app.claims().get(other.id());

        assertThatThrownBy(() -> app.matching().linkSameAs(other.id(), first.id(), true, "Bea"))
                .isInstanceOf(dev.claimdesk.domain.ClaimDeskException.class)
                .hasMessageContaining("The figures differ: 8.5 percent here, 7.5 percent there.")
                .hasMessageContaining("Same claim");
        Claim after = app.claims().get(other.id());
        assertThat(after).isEqualTo(before); // not linked either: the whole step was refused
        assertThat(app.claims().historyEntries(other.id()))
                .extracting(HistoryEntry::action)
                .noneMatch(a -> a.startsWith("link as the same claim"));

        // Linking without the verdict stays possible: the reviewer decides it is the same claim.
        assertThat(app.matching()
                        .linkSameAs(other.id(), first.id(), false, "Bea")
                        .duplicateOf())
                .isEqualTo(first.id());
    }

    @Test
    void claimsGetTheirEmbeddingAtImportAndOlderOnesAreFilledIn() {
        importWith("Jobs report", FIRST);
        assertThat(app.matching().missingCount()).isZero();

        ArticleService withoutModel =
                new ArticleService(dev.claimdesk.store.Store.open(dir.resolve("m.db")), CLOCK, false);
        withoutModel.importText(
                "Old article\n\nThe dam cost 4.6 billion euros in 2019, twice the plan.\n",
                ArticleFormat.TEXT,
                new ArticleMetadata("Old", null, null, null, null),
                "en",
                "Ada");
        assertThat(app.matching().missingCount()).isPositive();

        assertThat(app.matching().fillMissing(() -> true)).isZero();
        int filled = app.matching().fillMissing(() -> false);

        assertThat(filled).isPositive();
        assertThat(app.matching().missingCount()).isZero();
    }

    @Test
    void archiveImportsCsvAndClaimReviewAndSaysWhenFiguresDiffer() throws IOException {
        Path csv = dir.resolve("checks.csv");
        Files.writeString(csv, """
                id,claim,rating,date,publisher,url
                fc-1,"The company holds a 60 percent share of the global drone market.",False,2026-09-14,Desk Check,https://check.example/1
                fc-2,Freedonia's central bank printed 3 trillion dollars in 2025.,Mostly false,2026-08-01,Desk Check,https://check.example/2
                """);
        Path json = dir.resolve("reviews.json");
        Files.writeString(json, """
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "ClaimReview", "url": "https://other.example/fc/9",
                   "claimReviewed": "Freedonia's parliament has 612 members.", "datePublished": "2026-07-03",
                   "author": {"@type": "Organization", "name": "Other Checks"},
                   "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1,
                                    "alternateName": "False"},
                   "itemReviewed": {"@type": "Claim", "author": {"@type": "Thing", "name": "A senator"}}}]}
                """);

        assertThat(app.matching().importArchive(csv, "Ada")).isEqualTo(new MatchingService.ArchiveImport(2, 2));
        assertThat(app.matching().importArchive(json, "Ada")).isEqualTo(new MatchingService.ArchiveImport(1, 1));
        assertThat(app.matching().importArchive(csv, "Ada")).isEqualTo(new MatchingService.ArchiveImport(2, 0));
        assertThat(app.matching().archiveSize()).isEqualTo(3);

        SimilarClaim share = app.matching()
                .similar("The company holds a 40 percent share of the global drone market.", 1)
                .get(0);
        assertThat(share.archiveId()).isNotNull();
        assertThat(share.verdict()).isEqualTo("False");
        assertThat(share.date()).isEqualTo(LocalDate.parse("2026-09-14"));
        assertThat(share.source()).isEqualTo("Desk Check");
        assertThat(share.figuresAgree()).isFalse();
        assertThat(share.agreement()).startsWith("The figures differ: 40 percent here, 60 percent there.");
        assertThat(app.matching().archiveKey(share.archiveId())).isEqualTo("fc-1");

        SimilarClaim members = app.matching()
                .similar("Freedonia has a parliament of 612 members.", 1)
                .get(0);
        assertThat(members.verdict()).isEqualTo("False");
        assertThat(members.source()).isEqualTo("Other Checks");
        assertThat(members.url()).isEqualTo("https://other.example/fc/9");
    }

    @Test
    void badArchiveFilesAreRefusedInPlainWordsAndAddNothing() throws IOException {
        Path noClaim = dir.resolve("no-claim.csv");
        Files.writeString(noClaim, "id,text,rating\n1,Something,False\n");
        Path halfBad = dir.resolve("half.csv");
        Files.writeString(halfBad, "claim,date\nA fine claim of 5 percent.,2026-01-01\nAnother claim.,last Tuesday\n");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"@type\": \"ClaimReview\", \"claimReviewed\": ");
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        Path binary = dir.resolve("image.csv");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});

        assertThatThrownBy(() -> app.matching().importArchive(noClaim, "Ada"))
                .isInstanceOfSatisfying(
                        ClaimDeskException.class,
                        e -> assertThat(e.userMessage()).startsWith("no-claim.csv has no \"claim\" column."));
        assertThatThrownBy(() -> app.matching().importArchive(halfBad, "Ada"))
                .isInstanceOfSatisfying(
                        ClaimDeskException.class,
                        e -> assertThat(e.userMessage())
                                .isEqualTo(
                                        "The date \"last Tuesday\" of line 3 of half.csv is not a date like 2026-10-02."
                                                + " Nothing was imported."));
        assertThatThrownBy(() -> app.matching().importArchive(broken, "Ada"))
                .isInstanceOfSatisfying(
                        ClaimDeskException.class,
                        e -> assertThat(e.userMessage()).startsWith("broken.json is not valid JSON"));
        assertThatThrownBy(() -> app.matching().importArchive(empty, "Ada"))
                .isInstanceOfSatisfying(
                        ClaimDeskException.class,
                        e -> assertThat(e.userMessage())
                                .isEqualTo("empty.csv is empty: there are no fact-checks to import."));
        assertThatThrownBy(() -> app.matching().importArchive(binary, "Ada"))
                .isInstanceOfSatisfying(
                        ClaimDeskException.class,
                        e -> assertThat(e.userMessage()).contains("image.csv is not"));
        assertThat(app.matching().archiveSize()).isZero();
    }
}
