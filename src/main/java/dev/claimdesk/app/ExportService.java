package dev.claimdesk.app;

import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import dev.claimdesk.domain.ClaimFilter;
import dev.claimdesk.domain.EvidenceRow;
import dev.claimdesk.domain.VerdictRow;
import dev.claimdesk.export.Cancellation;
import dev.claimdesk.export.ClaimReviewJson;
import dev.claimdesk.export.CsvOptions;
import dev.claimdesk.export.EvidenceCsv;
import dev.claimdesk.export.Publisher;
import dev.claimdesk.export.Report;
import dev.claimdesk.export.StatsCsv;
import dev.claimdesk.export.VerdictCsv;
import dev.claimdesk.store.Store;
import dev.claimdesk.store.Tx;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Exports, streamed from the database inside one read transaction, so memory does not grow with
 * the number of rows. Files are written to a hidden temporary file beside the target and moved
 * into place: a failed or cancelled export never leaves half a file under the chosen name, and
 * the temporary file is removed (on failure at once; after a kill, at the next start through the
 * {@link ExportJournal}).
 */
public final class ExportService {
    /** What can be exported. */
    public enum Kind {
        CSV("csv"),
        EVIDENCE("csv"),
        CLAIMREVIEW("jsonld"),
        MARKDOWN("md"),
        HTML("html");

        private final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    /** How many rows (claims, evidence items or reviews) were written, and what was left out and why. */
    public record Result(long rows, List<String> problems) {}

    /**
     * What to export and how: {@code articleId} 0 means all articles; {@code bom} and {@code raw} are
     * the CSV options; the organisation fields feed ClaimReview; {@code filter} chooses the claims
     * exactly as the claim queue does (for the evidence CSV: the claims whose evidence is written);
     * {@code claimIds}, when not null, limits the export to those claims (a bulk export of the
     * queue's selection).
     */
    public record Options(
            Kind kind,
            long articleId,
            boolean bom,
            boolean raw,
            String orgName,
            String orgUrl,
            String urlPattern,
            ClaimFilter filter,
            Set<Long> claimIds) {

        public Options {
            filter = filter == null ? ClaimFilter.ALL : filter;
            claimIds = claimIds == null ? null : Set.copyOf(claimIds);
        }

        public Options(
                Kind kind,
                long articleId,
                boolean bom,
                boolean raw,
                String orgName,
                String orgUrl,
                String urlPattern,
                ClaimFilter filter) {
            this(kind, articleId, bom, raw, orgName, orgUrl, urlPattern, filter, null);
        }

        /** The same export of the claims {@code f} lets through. */
        public Options withFilter(ClaimFilter f) {
            return new Options(kind, articleId, bom, raw, orgName, orgUrl, urlPattern, f, claimIds);
        }

        /** Only these claims (the queue's selection), besides the filter; null: no such limit. */
        public Options withClaims(Set<Long> ids) {
            return new Options(kind, articleId, bom, raw, orgName, orgUrl, urlPattern, filter, ids);
        }

        public Options(
                Kind kind, long articleId, boolean bom, boolean raw, String orgName, String orgUrl, String urlPattern) {
            this(kind, articleId, bom, raw, orgName, orgUrl, urlPattern, ClaimFilter.ALL);
        }

        CsvOptions csv() {
            return new CsvOptions(bom, raw);
        }

        Publisher publisher() {
            return new Publisher(orgName, orgUrl, urlPattern);
        }
    }

    /** Exports to a writer (standard output, a test buffer). */
    public Result export(Options o, Writer out) {
        return export(o, out, Cancellation.NEVER);
    }

    /** Exports to a file atomically; an interrupted thread (the Cancel button) stops it, leaving no file. */
    public Result exportToFile(Options o, Path file) {
        return exportToFile(o, file, Cancellation.ON_INTERRUPT);
    }

    private final Store store;
    private final ExportJournal journal;
    private final BlindReviewService blind;

    ExportService(Store store, ExportJournal journal, BlindReviewService blind) {
        this.store = store;
        this.journal = journal;
        this.blind = blind;
    }

    /** Exports to a writer; {@code cancel} is checked between rows. */
    Result export(Options o, Writer out, Cancellation cancel) {
        Kind kind = o.kind();
        long articleId = o.articleId();
        CsvOptions csv = o.csv();
        Publisher publisher = o.publisher();
        ClaimFilter filter = o.filter();
        // SQL answers one state and the search; anything more is decided by the queue's own predicate.
        boolean inSql = filter.onlyStatesAndSearch() && filter.states().size() <= 1;
        String state = inSql && !filter.states().isEmpty()
                ? filter.states().iterator().next().name()
                : null;
        // The report's agreement section: the article's blind verdicts (all articles' for a desk report).
        dev.claimdesk.domain.agreement.AgreementSummary agreement =
                kind == Kind.MARKDOWN || kind == Kind.HTML ? blind.agreement(articleId, null) : null;
        return store.read(tx -> {
            String match = inSql ? tx.search().matchExpression(filter.search()) : null;
            Predicate<Long> filtered = inSql ? id -> true : matchingIds(tx, articleId, filter)::contains;
            Set<Long> chosen = o.claimIds();
            Predicate<Long> keep = chosen == null ? filtered : id -> chosen.contains(id) && filtered.test(id);
            try {
                return switch (kind) {
                    case CSV -> {
                        try (Stream<VerdictRow> rows = tx.exports().verdictCsvRows(articleId, state, match)) {
                            yield new Result(
                                    VerdictCsv.write(
                                            rows.filter(r -> keep.test(r.claimId()))
                                                    .iterator(),
                                            out,
                                            csv,
                                            cancel),
                                    List.of());
                        }
                    }
                    case EVIDENCE -> {
                        try (Stream<EvidenceRow> rows = tx.exports().evidenceRows(articleId, state, match)) {
                            yield new Result(
                                    EvidenceCsv.write(
                                            rows.filter(r -> keep.test(
                                                            r.evidence().claimId()))
                                                    .iterator(),
                                            out,
                                            csv,
                                            cancel),
                                    List.of());
                        }
                    }
                    case CLAIMREVIEW -> {
                        try (Stream<VerdictRow> rows = tx.exports().verdictRows(articleId, true, state, match)) {
                            ClaimReviewJson.Result r = ClaimReviewJson.write(
                                    rows.filter(v -> keep.test(v.claimId())).iterator(), out, publisher, cancel);
                            yield new Result(r.written(), r.problems());
                        }
                    }
                    case MARKDOWN, HTML -> {
                        List<Report.Entry> entries = new ArrayList<>();
                        try (Stream<VerdictRow> rows = tx.exports().verdictRows(articleId, false, state, match)) {
                            rows.filter(r -> keep.test(r.claimId()))
                                    .forEach(r -> entries.add(
                                            new Report.Entry(r, tx.evidence().listByClaim(r.claimId()))));
                        }
                        if (kind == Kind.MARKDOWN) {
                            Report.markdown(entries, agreement, out);
                        } else {
                            Report.html(entries, agreement, out);
                        }
                        out.flush();
                        yield new Result(entries.size(), List.of());
                    }
                };
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The ids of the claims the filter lets through, decided by the claim queue's own predicate. */
    private static Set<Long> matchingIds(Tx tx, long articleId, ClaimFilter filter) {
        Set<Long> hits = filter.search().isEmpty()
                ? null
                : Set.copyOf(tx.search().claimIdsInArticle(articleId, filter.search()));
        try (Stream<Claim> claims = tx.claims().stream(articleId)) {
            return claims.filter(c -> filter.matches(c, hits)).map(Claim::id).collect(Collectors.toSet());
        }
    }

    /** Exports to a file, atomically. */
    Result exportToFile(Options o, Path file, Cancellation cancel) {
        return writeAtomically(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            Result r = export(o, w, cancel);
            w.flush();
            return r;
        });
    }

    /** What goes into a file written by {@link #writeFile}: a chart's PNG or SVG, a table of figures. */
    @FunctionalInterface
    public interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /**
     * Writes a file as an export is written: to a hidden temporary file beside it, on disk, then
     * moved into place, so a failure never leaves half a file under the chosen name.
     */
    public void writeFile(Path file, Content content) {
        writeAtomically(file, out -> {
            content.writeTo(out);
            return null;
        });
    }

    /** The dashboard's numbers of one chart as CSV (formula-safe, as every export). */
    public void writeStatsCsv(dev.claimdesk.domain.DeskStats stats, dev.claimdesk.domain.StatsTable table, Path file) {
        writeFile(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            StatsCsv.write(stats, table, w, CsvOptions.SAFE);
            w.flush();
        });
    }

    private interface Body<T> {
        T writeTo(java.io.OutputStream out) throws IOException;
    }

    private <T> T writeAtomically(Path file, Body<T> body) {
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            try (ExportJournal.Entry entry = journal.begin(target.getParent())) {
                return writeAndMove(body, entry.tempFile(), target);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ClaimDeskException(
                    Problem.IO,
                    "ClaimDesk could not write " + target + ". Check the folder exists and you may write there.",
                    e);
        }
    }

    private static <T> T writeAndMove(Body<T> body, Path tmp, Path target) throws IOException {
        try {
            T r;
            // Default attributes, unlike Files.createTempFile's owner-only 0600: the export gets the
            // permissions of any file the user creates (umask), as a spreadsheet's own save would.
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                java.io.OutputStream out = Channels.newOutputStream(channel);
                r = body.writeTo(new java.io.FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() {
                        // the channel is closed below, after it is forced to disk
                    }
                });
                // On disk before the rename, so a power cut cannot leave an empty file under the name.
                channel.force(false);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return r;
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                org.slf4j.LoggerFactory.getLogger(ExportService.class).warn("Could not delete {}", tmp, e);
            }
        }
    }
}
