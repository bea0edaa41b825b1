package dev.claimdesk.ui.undo;

import dev.claimdesk.domain.Claim;
import java.util.List;

/**
 * What an undo or redo step changed, so the window shows it afresh: claims (their rows), the
 * detail of one claim (evidence, checklist), or one article (its source details).
 */
public record Refresh(List<Claim> claims, Long claimId, Long articleId) {
    public Refresh {
        claims = List.copyOf(claims);
    }

    public static Refresh claims(List<Claim> changed) {
        return new Refresh(changed, null, null);
    }

    public static Refresh claim(long claimId) {
        return new Refresh(List.of(), claimId, null);
    }

    public static Refresh article(long articleId) {
        return new Refresh(List.of(), null, articleId);
    }
}
