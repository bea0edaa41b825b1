package dev.claimdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.ArticleMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/** Databases and checks shared by the crash-safety tests. */
final class CrashFixtures {
    private CrashFixtures() {}

    /** A database with one short article and {@code claims} generated claims (as scripts/bench.sh does). */
    static void largeDatabase(AppPaths paths, int claims) throws SQLException {
        AppServices app = AppServices.open(paths, Clock.systemUTC());
        app.articles()
                .importText(
                        "The park cost 2.5 billion euros, the council said.",
                        ArticleFormat.PASTE,
                        new ArticleMetadata("Park", null, null, null, null),
                        "en",
                        "Ada");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + paths.database());
                Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.executeUpdate("""
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d)
                    INSERT INTO claim (article_id, start_offset, end_offset, text, kinds, checkworthiness, reasons,
                                       quantities, flags, state, origin, claimant, position, verdict_label_id,
                                       rationale, verdict_by, created_by, created_at, updated_at)
                    SELECT 1, 0, 10, 'Claim ' || i || ': the park cost ' || (i %% 97) || '.5 billion euros, =' || i,
                           '["QUANTITY","ATTRIBUTION"]', 0.75, '["a figure"]', '[]', '[]',
                           CASE WHEN i %% 3 = 0 THEN 'APPROVED' ELSE 'IN_RESEARCH' END, 'DETECTED', 'City council',
                           i + 1, 1 + (i %% 5), 'Rationale ' || i || ', with a comma and a "quote"', 'Ada', 'Ada',
                           '2026-03-10T10:00:00Z', '2026-03-10T10:00:00Z'
                    FROM n""".formatted(claims));
            c.commit();
        }
    }

    /** {@code PRAGMA integrity_check} on the file as the killed process left it. */
    static void assertIntegrityOk(Path db, String moment) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).as("integrity_check, " + moment).isEqualTo("ok");
        }
    }

    /** The hidden temporary files of exports in {@code folder}. */
    static List<Path> exportTempFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".claimdesk-export"))
                    .toList();
        }
    }

    /** The entries of the journal of exports in progress. */
    static List<Path> journalEntries(AppPaths paths) throws IOException {
        if (!Files.isDirectory(paths.exportJournalDir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(paths.exportJournalDir())) {
            return files.toList();
        }
    }
}
