package dev.claimdesk.app;

import static dev.claimdesk.app.CrashFixtures.exportTempFiles;
import static dev.claimdesk.app.CrashFixtures.journalEntries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.export.Cancellation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export files: the user's usual permissions, and no temporary file left behind, even after a kill. */
class ExportFilesTest {
    static final ExportService.Options CSV =
            new ExportService.Options(ExportService.Kind.CSV, 0, false, false, null, null, null);

    @TempDir
    Path dir;

    AppPaths paths;
    AppServices app;
    Path out;

    @BeforeEach
    void openDatabaseWithClaims() throws IOException {
        paths = new AppPaths(dir.resolve("data"), dir.resolve("export.db"));
        app = AppServices.open(paths, Clock.systemUTC());
        app.articles()
                .importText(
                        "Sales rose from 19 percent in 2022 to 64 percent in 2024. The park cost 2.5 billion euros.",
                        ArticleFormat.PASTE,
                        new ArticleMetadata("Park", null, null, null, null),
                        "en",
                        "Ada");
        out = Files.createDirectories(dir.resolve("out"));
    }

    @Test
    void anExportOfTheQueuesSelectionHoldsThoseClaimsOnly() throws IOException {
        long article = app.articles().list().get(0).id();
        var claims = app.claims().listByArticle(article);
        assertThat(claims).hasSizeGreaterThanOrEqualTo(2);
        long chosen = claims.get(1).id();
        Path all = out.resolve("all.csv");
        Path selection = out.resolve("selection.csv");
        app.exports().exportToFile(CSV, all);
        var result = app.exports().exportToFile(CSV.withClaims(java.util.Set.of(chosen)), selection);
        assertThat(result.rows()).isEqualTo(1);
        assertThat(claimIds(all)).hasSize(claims.size());
        assertThat(claimIds(selection)).containsExactly(String.valueOf(chosen));
        // With a filter the selection is narrowed further, never widened.
        var none = app.exports()
                .exportToFile(
                        CSV.withClaims(java.util.Set.of(chosen))
                                .withFilter(dev.claimdesk.domain.ClaimFilter.ALL.withState(
                                        dev.claimdesk.domain.ClaimState.APPROVED)),
                        out.resolve("none.csv"));
        assertThat(none.rows()).isZero();
    }

    private static java.util.List<String> claimIds(Path csv) throws IOException {
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(Files.newBufferedReader(csv))) {
            return parser.getRecords().stream().map(r -> r.get("claim_id")).toList();
        }
    }

    @Test
    void anExportedFileHasThePermissionsOfAnyNewFileOfTheUser() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path exported = out.resolve("claims.csv");
        app.exports().exportToFile(CSV, exported);
        Path ordinary = Files.createFile(out.resolve("ordinary.txt"));
        assertThat(Files.getPosixFilePermissions(exported)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    @Test
    void aCancelledExportLeavesNoFileNoTemporaryFileAndNoJournalEntry() throws Exception {
        CrashFixtures.largeDatabase(paths, 10_000); // the first check for a cancel comes after 4,096 rows
        Path target = out.resolve("claims.csv");
        AtomicInteger checks = new AtomicInteger();
        Cancellation cancelNow = () -> {
            checks.incrementAndGet();
            throw new ClaimDeskException(ClaimDeskException.Problem.CANCELLED, "The export was cancelled.");
        };
        assertThatThrownBy(() -> app.exports().exportToFile(CSV, target, cancelNow))
                .isInstanceOf(ClaimDeskException.class);
        assertThat(checks).as("cancelled half-way, not before the start").hasValue(1);
        assertThat(target).doesNotExist();
        assertThat(exportTempFiles(out)).isEmpty();
        assertThat(journalEntries(paths)).isEmpty();
    }

    @Test
    void anExportThatCannotTakeItsNameLeavesNoTemporaryFile() throws IOException {
        Path target = Files.createDirectories(out.resolve("claims.csv"));
        Files.writeString(target.resolve("keep.txt"), "a folder is in the way");
        assertThatThrownBy(() -> app.exports().exportToFile(CSV, target))
                .isInstanceOf(ClaimDeskException.class)
                .hasMessageContaining("could not write");
        assertThat(exportTempFiles(out)).isEmpty();
        assertThat(journalEntries(paths)).isEmpty();
        assertThat(target.resolve("keep.txt")).hasContent("a folder is in the way");
    }

    @Test
    void theNextStartRemovesTheTemporaryFileOfAKilledExport() throws IOException {
        Path leftover = out.resolve(".claimdesk-export-0b6f3c1e-8d2a-4f5e-9a7b-3c4d5e6f7a8b.tmp");
        Files.writeString(leftover, "claim_id,article_id\r\n1,1\r\n"); // half an export
        writeEntryOfADeadProcess(out.toString(), leftover.getFileName().toString());

        AppServices.open(paths, Clock.systemUTC());

        assertThat(leftover).doesNotExist();
        assertThat(journalEntries(paths)).isEmpty();
    }

    @Test
    void aStartLeavesTheTemporaryFileOfARunningExportAlone() throws IOException {
        try (ExportJournal.Entry running = new ExportJournal(paths.exportJournalDir()).begin(out)) {
            Files.writeString(running.tempFile(), "claim_id\r\n");

            AppServices.open(paths, Clock.systemUTC()); // another window opening a database meanwhile

            assertThat(running.tempFile()).exists();
            assertThat(journalEntries(paths)).hasSize(1);
            Files.delete(running.tempFile());
        }
        assertThat(journalEntries(paths)).isEmpty();
    }

    @Test
    void aJournalEntryNamingAnyOtherFileDeletesNothing() throws IOException {
        Path precious = Files.writeString(out.resolve("notes.txt"), "mine");
        for (String name : List.of("notes.txt", "../export.db", ".claimdesk-export-../../notes.txt")) {
            writeEntryOfADeadProcess(out.toString(), name);
        }
        writeEntryOfADeadProcess("relative/folder", ".claimdesk-export-0b6f3c1e-8d2a-4f5e-9a7b-3c4d5e6f7a8b.tmp");

        AppServices.open(paths, Clock.systemUTC());

        assertThat(precious).hasContent("mine");
        assertThat(paths.database()).exists();
        assertThat(journalEntries(paths)).isEmpty();
    }

    /** What a process killed during an export leaves in the journal: an entry nobody holds locked. */
    private void writeEntryOfADeadProcess(String folder, String temp) throws IOException {
        Files.createDirectories(paths.exportJournalDir());
        java.util.Properties p = new java.util.Properties();
        p.setProperty("folder", folder);
        p.setProperty("temp", temp);
        Path entry = Files.createTempFile(paths.exportJournalDir(), "entry", ".properties");
        try (var w = Files.newBufferedWriter(entry, StandardCharsets.UTF_8)) {
            p.store(w, null);
        }
    }
}
