package dev.claimdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.DetectedSentence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Acceptance on the real China Daily article of 11 February 2025 (issue 3, item 1). */
class SampleArticleDetectionTest {
    static List<DetectedSentence> sentences;

    @BeforeAll
    static void analyse() throws IOException {
        try (InputStream in =
                SampleArticleDetectionTest.class.getResourceAsStream("/articles/china-daily-2025-02-11.txt")) {
            sentences = ClaimDetector.analyse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static DetectedSentence containing(String words) {
        List<DetectedSentence> found =
                sentences.stream().filter(s -> s.text().contains(words)).toList();
        assertThat(found).as("exactly one sentence contains \"%s\"", words).hasSize(1);
        return found.get(0);
    }

    static final List<String> CLAIMS = List.of(
            "7 percent of the energy required by Nvidia",
            "278 companies",
            "from 19 percent in 2022 to the current 64 percent",
            "16 humanoid robots",
            "more than 1 billion viewers",
            "world's first public performance",
            "joint torque of 360 degrees",
            "60 percent share of the global market");

    static final List<String> OPINIONS = List.of(
            "twisted the necks",
            "cannot bring down DeepSeek",
            "may cause some pain",
            "soft power",
            "the less effective these measures prove");

    @Test
    void theCheckWorthyClaimsAreProposed() {
        for (String claim : CLAIMS) {
            assertThat(containing(claim).proposed()).as(claim).isTrue();
        }
    }

    @Test
    void everyClaimRanksAboveEveryOpinion() {
        double lowestClaim =
                CLAIMS.stream().mapToDouble(c -> containing(c).score()).min().orElseThrow();
        double highestOpinion =
                OPINIONS.stream().mapToDouble(o -> containing(o).score()).max().orElseThrow();
        assertThat(lowestClaim).isGreaterThan(highestOpinion);
        for (String opinion : OPINIONS) {
            assertThat(containing(opinion).proposed()).as(opinion).isFalse();
        }
    }

    @Test
    void pageFurnitureIsNeverProposed() {
        for (String furniture : List.of(
                "Published: 11:53",
                "By Cheng Yu",
                "chengyu@chinadaily.com.cn",
                "PDF View",
                "READ MORE: Firms seek training",
                "ALSO READ: Robots take giant leap",
                "(PHOTO / XINHUA)")) {
            DetectedSentence s = containing(furniture);
            assertThat(s.proposed()).as(furniture).isFalse();
            assertThat(s.score()).as(furniture).isZero();
        }
    }

    @Test
    void theTorqueInDegreesIsAUnitMismatch() {
        DetectedSentence s = containing("joint torque of 360 degrees");
        assertThat(s.hasFlag(FlagCodes.UNIT_MISMATCH)).isTrue();
        assertThat(s.flags()).anySatisfy(f -> assertThat(f.message()).contains("newton-metres"));
    }

    @Test
    void theChangeFrom19To64PercentIsComputed() {
        DetectedSentence s = containing("from 19 percent in 2022 to the current 64 percent");
        assertThat(s.flags())
                .filteredOn(f -> f.code().equals(FlagCodes.CHANGE_NOTE))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .contains("+45 percentage points")
                        .contains("×3.37"));
    }

    @Test
    void everySentenceReportingTheChatbotCarriesSourceAi() {
        for (String said : List.of(
                "Washington's barrage of tactics cannot bring down DeepSeek",
                "175-billion-parameter model",
                "The chatbot also revealed major progress")) {
            DetectedSentence s = containing(said);
            assertThat(s.hasFlag(FlagCodes.SOURCE_AI)).as(said).isTrue();
            assertThat(s.claimant()).as(said).isEqualTo("DeepSeek's newly launched AI chatbot");
        }
        assertThat(containing("Wang Peng, a researcher").hasFlag(FlagCodes.SOURCE_AI))
                .isFalse();
    }

    @Test
    void theRobotMakersOwnClaimsAreMarkedSelfInterested() {
        assertThat(containing("world's first public performance").hasFlag(FlagCodes.SOURCE_SELF_INTERESTED))
                .isTrue();
        assertThat(containing("joint torque of 360 degrees").hasFlag(FlagCodes.SOURCE_SELF_INTERESTED))
                .isTrue();
        assertThat(containing("world's first public performance").hasFlag(FlagCodes.SUPERLATIVE))
                .isTrue();
    }

    @Test
    void everyScoreComesWithReasonsInWords() {
        DetectedSentence s = containing("60 percent share of the global market");
        assertThat(s.reasons()).contains("percentage", "market-share or ranking phrase");
        assertThat(s.kinds())
                .contains(dev.claimdesk.domain.ClaimKind.QUANTITY, dev.claimdesk.domain.ClaimKind.SHARE_RANKING);
        assertThat(sentences).allSatisfy(a -> assertThat(a.score()).isBetween(0.0, 1.0));
    }
}
