package dev.claimdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.Attachment;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.Reliability;
import dev.claimdesk.domain.SourceType;
import dev.claimdesk.domain.Stance;
import dev.claimdesk.testsupport.MutableClock;
import dev.claimdesk.testsupport.PgDatabase;
import dev.claimdesk.testsupport.PostgresTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Local copies of evidence are kept in the database (issue 13), on both backends: any reviewer of
 * the desk gets the very bytes back after the file is gone from the computer that attached it; one
 * row per distinct file; a deleted and restored item keeps its copy; older databases take in the
 * files still where they were; on the server nobody can change or delete a copy, and the server
 * computes its hash and writes who kept it.
 */
@PostgresTest
class LocalCopiesContractTest {
    static final Instant T0 = Instant.parse("2026-03-10T10:00:00Z");
    static PgDatabase server;

    @TempDir
    Path dir;

    MutableClock clock = new MutableClock(T0, ZoneOffset.UTC);
    Desk desk;

    @BeforeAll
    static void server(PgDatabase db) {
        server = db;
    }

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
    }

    private Desk desk(Desk.Backend backend) {
        desk = Desk.create(backend, server, dir, clock);
        return desk;
    }

    private List<Claim> acceptedClaims(Desk d, int n) {
        AppServices ada = d.as("ada");
        Article article = DemoArticle.importInto(ada.articles(), d.name("ada")).article();
        List<Claim> claims = ada.claims().listByArticle(article.id()).subList(0, n);
        claims.forEach(c -> ada.claims().act(c.id(), ClaimAction.ACCEPT, null, null, d.name("ada")));
        return claims;
    }

    private Path file(String name, int size, long seed) throws Exception {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return Files.write(dir.resolve(name), bytes);
    }

    private static Evidence attaching(long claimId, Path file, String by) {
        return new Evidence(
                0,
                claimId,
                "https://grid.example.org/report",
                "Grid report",
                "Grid operator",
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 9),
                "The park stores 1.2 GWh.",
                Stance.REFUTES,
                SourceType.PRIMARY,
                Reliability.A,
                null,
                file.toString(),
                null,
                by,
                T0);
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private static long copies(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM attachment_content")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Desk.Backend.class)
    void everyReviewerGetsTheBytesBackOnceTheFileIsGone(Desk.Backend backend) throws Exception {
        Desk d = desk(backend);
        List<Claim> claims = acceptedClaims(d, 2);
        Path scan = file("grid-report.pdf", 300_000, 7);
        byte[] bytes = Files.readAllBytes(scan);
        Evidence first = d.as("ada").evidence().add(attaching(claims.get(0).id(), scan, d.name("ada")), d.name("ada"));
        d.as("ada").evidence().add(attaching(claims.get(1).id(), scan, d.name("ada")), d.name("ada"));
        Files.delete(scan);

        Evidence seenByBea =
                d.as("bea").evidence().listByClaim(claims.get(0).id()).get(0);
        Attachment copy = d.as("bea").evidence().localCopy(seenByBea).orElseThrow();
        assertThat(copy.content()).isEqualTo(bytes);
        assertThat(copy.sha256()).isEqualTo(sha256(bytes)).isEqualTo(first.attachmentSha256());
        assertThat(copy.byteSize()).isEqualTo(300_000);
        try (Connection c = d.jdbc("ada")) {
            assertThat(copies(c)).as("one row per distinct file").isEqualTo(1);
        }

        // Deleted, then put back (undo): the copy is still there.
        d.as("ada").evidence().delete(first.id(), d.name("ada"));
        Evidence back = d.as("ada").evidence().restore(first, d.name("ada"));
        assertThat(d.as("bea").evidence().localCopy(back).orElseThrow().content())
                .isEqualTo(bytes);
    }

    @ParameterizedTest
    @EnumSource(Desk.Backend.class)
    void aFileTooLargeForTheDeskIsRefusedInWordsAndNothingIsSaved(Desk.Backend backend) throws Exception {
        Desk d = desk(backend);
        Claim c = acceptedClaims(d, 1).get(0);
        Path huge = dir.resolve("recording.mp4");
        try (var f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(EvidenceService.MAX_COPY_BYTES + 1); // sparse: no 100 MB written
        }
        assertThatThrownBy(() -> d.as("ada").evidence().add(attaching(c.id(), huge, d.name("ada")), d.name("ada")))
                .hasMessageContaining("larger than 100 MB");
        assertThat(d.as("ada").evidence().listByClaim(c.id())).isEmpty();
    }

    @Test
    void anOlderDatabaseTakesInTheFilesStillWhereTheyWere() throws Exception {
        Desk d = desk(Desk.Backend.SQLITE);
        List<Claim> claims = acceptedClaims(d, 2);
        Path kept = file("kept.pdf", 50_000, 1);
        Path gone = file("gone.pdf", 50_000, 2);
        AppServices ada = d.as("ada");
        ada.evidence().add(attaching(claims.get(0).id(), kept, "ada"), "ada");
        ada.evidence().add(attaching(claims.get(1).id(), gone, "ada"), "ada");
        try (Connection c = d.jdbc("ada");
                Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM attachment_content"); // as a database from before V9 holds none
        }
        Files.delete(gone);

        EvidenceService.EarlierCopies r = ada.evidence().keepEarlierCopies("ada", () -> false);

        assertThat(r.kept()).isEqualTo(1);
        assertThat(r.missing()).containsExactly(gone.toAbsolutePath().toString());
        Evidence withCopy = ada.evidence().listByClaim(claims.get(0).id()).get(0);
        assertThat(ada.evidence().localCopy(withCopy).orElseThrow().content()).isEqualTo(Files.readAllBytes(kept));
        assertThat(ada.evidence().keepEarlierCopies("ada", () -> false).kept())
                .as("idempotent")
                .isZero();
    }

    @Test
    void onTheServerACopyCannotBeChangedOrDeletedAndTheServerHashesIt() throws Exception {
        Desk d = desk(Desk.Backend.POSTGRESQL);
        Claim c = acceptedClaims(d, 1).get(0);
        Path scan = file("scan.png", 10_000, 3);
        d.as("ada").evidence().add(attaching(c.id(), scan, d.name("ada")), d.name("ada"));
        try (Connection ada = d.jdbc("ada")) {
            for (String sql : List.of(
                    "UPDATE attachment_content SET media_type = 'text/plain'", "DELETE FROM attachment_content")) {
                assertThatThrownBy(() -> {
                            try (Statement st = ada.createStatement()) {
                                st.executeUpdate(sql);
                            }
                        })
                        .isInstanceOfSatisfying(
                                SQLException.class,
                                e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            }
            try (Statement st = ada.createStatement()) {
                st.executeUpdate("INSERT INTO attachment_content (content, created_by, created_at)"
                        + " VALUES ('\\x01020304'::bytea, 'somebody else', now())");
                try (ResultSet rs = st.executeQuery(
                        "SELECT sha256, byte_size, created_by FROM attachment_content WHERE byte_size = 4")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo(sha256(new byte[] {1, 2, 3, 4}));
                    assertThat(rs.getString(3)).isEqualTo(d.name("ada"));
                }
            }
        }
    }
}
