package dev.claimdesk.app;

import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimBuilder;
import dev.claimdesk.domain.ClaimOrigin;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.DetectedSentence;
import java.time.Instant;

/** Turns a detected sentence into a proposed claim of an article. */
final class Proposals {
    private Proposals() {}

    static Claim toClaim(DetectedSentence d, long articleId, int position, String actor, Instant now) {
        return new ClaimBuilder()
                .articleId(articleId)
                .span(d.start(), d.end())
                .text(d.text())
                .kinds(d.kinds())
                .checkworthiness(Math.max(0, Math.min(1, d.score())))
                .reasons(d.reasons())
                .quantities(d.quantities())
                .flags(d.flags())
                .claimant(d.claimant())
                .state(ClaimState.PROPOSED)
                .origin(ClaimOrigin.DETECTED)
                .position(position)
                .created(actor, now)
                .build();
    }
}
