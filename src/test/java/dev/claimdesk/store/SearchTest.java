package dev.claimdesk.store;

import static dev.claimdesk.store.StoreFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.Reliability;
import dev.claimdesk.domain.SearchQuery;
import dev.claimdesk.domain.Stance;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchTest {
    @TempDir
    Path dir;

    Store store;
    long torqueClaim;
    long shareClaim;

    @BeforeEach
    void fill() {
        store = TempStore.in(dir);
        long articleId = store.write(tx -> tx.articles().insert(StoreFixtures.article("body")));
        torqueClaim = store.write(
                tx -> tx.claims().insert(StoreFixtures.claim(articleId, "The joint torque reaches 360 degrees.")));
        shareClaim = store.write(
                tx -> tx.claims().insert(StoreFixtures.claim(articleId, "Unitree holds a 60 percent share.")));
    }

    @Test
    void findsAClaimByAWordOfItsText() {
        var read1 = store.read(tx -> tx.search().claimIds("torque", 10));
        assertThat(read1).containsExactly(torqueClaim);
        var read2 = store.read(tx -> tx.search().claimIds("TORQ", 10));
        assertThat(read2).as("prefix, any case").containsExactly(torqueClaim);
    }

    @Test
    void findsAClaimByAWordOfItsRationale() {
        store.write(tx -> {
            Claim c = tx.claims().find(shareClaim).orElseThrow();
            tx.claims()
                    .update(c.toBuilder()
                            .verdict(5L, "The industry association reports 23 percent.", "Ada")
                            .build());
            return null;
        });
        var read3 = store.read(tx -> tx.search().claimIds("association", 10));
        assertThat(read3).containsExactly(shareClaim);
    }

    @Test
    void findsAClaimByAWordOfAnEvidenceQuoteAndForgetsItWhenTheEvidenceGoes() {
        long evidenceId = store.write(tx -> tx.evidence()
                .insert(new Evidence(
                        0,
                        torqueClaim,
                        null,
                        "Datasheet",
                        null,
                        null,
                        null,
                        "Peak torque is 120 newton-metres.",
                        Stance.REFUTES,
                        null,
                        Reliability.B,
                        null,
                        null,
                        null,
                        "Ada",
                        T0)));
        var read4 = store.read(tx -> tx.search().claimIds("newton", 10));
        assertThat(read4).containsExactly(torqueClaim);
        var read5 = store.read(tx -> tx.search().claimIds("datasheet", 10));
        assertThat(read5).containsExactly(torqueClaim);

        store.write(tx -> tx.evidence().delete(evidenceId));
        var read6 = store.read(tx -> tx.search().claimIds("newton", 10));
        assertThat(read6).isEmpty();
    }

    @Test
    void everyWordMustMatchAndOperatorsAreSearchedLiterally() {
        var read7 = store.read(tx -> tx.search().claimIds("percent share", 10));
        assertThat(read7).containsExactly(shareClaim);
        var read8 = store.read(tx -> tx.search().claimIds("percent torque", 10));
        assertThat(read8).isEmpty();
        var read9 = store.read(tx -> tx.search().claimIds("\"unbalanced AND OR NOT (", 10));
        assertThat(read9).isEmpty();
        var read10 = store.read(tx -> tx.search().claimIds("   ", 10));
        assertThat(read10).isEmpty();
    }

    @Test
    void aSearchInOneArticleFindsThatArticlesClaimsOnlyAndNeverItsIdToken() {
        long other = store.write(tx -> tx.articles().insert(StoreFixtures.article("another body")));
        long otherTorque =
                store.write(tx -> tx.claims().insert(StoreFixtures.claim(other, "Torque doubled in a year.")));
        long first =
                store.read(tx -> tx.claims().find(torqueClaim)).orElseThrow().articleId();

        assertThat(inArticle(store, first, "torque")).containsExactly(torqueClaim);
        assertThat(inArticle(store, other, "torque")).containsExactly(otherTorque);
        assertThat(inArticle(store, 0, "torque")).containsExactlyInAnyOrder(torqueClaim, otherTorque);
        // The article's token ('a' and its id) is not a word of any claim.
        List<Long> byToken = store.read(tx -> tx.search().claimIds("a" + first, 10));
        assertThat(byToken).isEmpty();
        assertThat(inArticle(store, first, "a" + first)).isEmpty();
    }

    @Test
    void aDatabaseFromBeforeTheArticleColumnKeepsItsSearchAfterTheUpgrade() throws Exception {
        Path old = dev.claimdesk.testsupport.OlderDatabases.atVersion(dir, 9);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old);
                java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO claim (article_id, start_offset, end_offset, text, state, origin, position,"
                    + " created_by, created_at, updated_at) VALUES (1, 0, 22, 'Sales rose 40 percent.', 'OPEN',"
                    + " 'MANUAL', 1, 'Ada', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')");
        }

        Store upgraded = Store.open(old);

        assertThat(inArticle(upgraded, 1, "sales")).hasSize(1);
        assertThat(inArticle(upgraded, 2, "sales")).isEmpty();
        long added = upgraded.write(tx -> tx.claims().insert(StoreFixtures.claim(1, "Sales fell in May.")));
        assertThat(inArticle(upgraded, 1, "sales")).hasSize(2).contains(added);
    }

    private static List<Long> inArticle(Store s, long articleId, String words) {
        List<Long> found = s.read(tx -> tx.search().claimIdsInArticle(articleId, SearchQuery.parse(words)));
        return found;
    }
}
