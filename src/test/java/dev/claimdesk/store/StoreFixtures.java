package dev.claimdesk.store;

import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimBuilder;
import dev.claimdesk.domain.ClaimKind;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.Quantity;
import dev.claimdesk.domain.RedFlag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Domain objects for store tests; nothing here touches the database. */
public final class StoreFixtures {
    public static final Instant T0 = Instant.parse("2025-02-11T08:30:00Z");

    private StoreFixtures() {}

    public static Article article(String body) {
        return new Article(
                0,
                "DeepSeek and the robots",
                "China Daily",
                "王小明",
                "https://example.org/a",
                LocalDate.of(2025, 2, 11),
                "en",
                ArticleFormat.TEXT,
                body,
                "0".repeat(63) + Integer.toHexString(Math.abs(body.hashCode()) % 16),
                T0,
                "Ada");
    }

    public static Claim claim(long articleId, String text) {
        return new ClaimBuilder()
                .articleId(articleId)
                .span(0, text.length())
                .text(text)
                .kinds(Set.of(ClaimKind.QUANTITY, ClaimKind.SHARE_RANKING))
                .checkworthiness(0.8)
                .reasons(List.of("percentage", "market-share phrase"))
                .quantities(List.of(new Quantity("60 percent", 60, "%", "percent", null, "market share")))
                .flags(List.of(new RedFlag("PERCENT_OVER_100", "A share cannot exceed 100 percent.")))
                .state(ClaimState.PROPOSED)
                .claimant("Unitree")
                .position(1)
                .created("Ada", T0)
                .build();
    }
}
