package dev.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.domain.VerdictScale;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScaleJsonTest {
    @org.junit.jupiter.api.Test
    void aScaleComesBackWithEveryLabelColourKeyRankAndRating() {
        VerdictScale scale = new VerdictScale(
                7,
                "NEWSROOM",
                "Redaktion 新闻",
                List.of(
                        new VerdictLabel(3, 7, "CORRECT", "Stimmt", 3, "#1b5e20", "1", 1, 10, "Accurate", false),
                        new VerdictLabel(4, 7, "WRONG", "Falsch", 1, "#b71c1c", "2", 2, 0, null, false),
                        new VerdictLabel(5, 7, "OLD", "Veraltet \"alt\"", null, "#546e7a", null, 3, null, null, true)));
        VerdictScale back = ScaleJson.read(ScaleJson.write(scale));
        assertThat(back.code()).isEqualTo("NEWSROOM");
        assertThat(back.name()).isEqualTo("Redaktion 新闻");
        assertThat(back.labels())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "scaleId")
                .containsExactlyElementsOf(scale.labels());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "[1, 2]",
                "{\"format\": \"something-else\", \"version\": 1, \"labels\": []}",
                "{\"format\": \"claimdesk-verdict-scale\", \"version\": 99, \"labels\": []}",
                "{\"format\": \"claimdesk-verdict-scale\", \"version\": 1}",
                "{\"format\": \"claimdesk-verdict-scale\", \"version\": 1, \"labels\": [3]}",
                "{\"format\": \"claimdesk-verdict-scale\", \"version\": 1, \"labels\": [{\"rank\": \"high\"}]}",
                "{\"format\": \"claimdesk-verdict-scale\", \"version\": 1, \"labels\": [{\"rank\": 1.5}]}"
            })
    void anythingElseIsRefusedInWords(String text) {
        assertThatThrownBy(() -> ScaleJson.read(text))
                .isInstanceOf(ClaimDeskException.class)
                .extracting(e -> ((ClaimDeskException) e).userMessage())
                .asString()
                .startsWith("This file cannot be imported as a verdict scale: ")
                .doesNotContain("Exception")
                .doesNotContain("jackson");
    }
}
