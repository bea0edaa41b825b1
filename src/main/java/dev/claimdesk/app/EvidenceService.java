package dev.claimdesk.app;

import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.store.Store;
import dev.claimdesk.store.Tx;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Evidence items of a claim. Their audit events are recorded on the claim, so the claim's history
 * tells the whole story, including evidence that was later removed.
 */
public final class EvidenceService {
    private final Store store;
    private final Clock clock;

    public EvidenceService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Evidence add(Evidence evidence, String actor) {
        String who = Actor.require(actor);
        validate(evidence);
        return store.write(tx -> {
            startResearch(tx, evidence.claimId(), who);
            Instant now = clock.instant();
            Evidence e = new Evidence(
                    0,
                    evidence.claimId(),
                    evidence.url(),
                    evidence.title(),
                    evidence.publisher(),
                    evidence.publishedOn(),
                    evidence.accessedOn(),
                    evidence.quote(),
                    evidence.stance(),
                    evidence.sourceType(),
                    evidence.reliability(),
                    evidence.note(),
                    evidence.attachmentPath(),
                    evidence.attachmentSha256(),
                    who,
                    now);
            Evidence saved = e.withId(tx.evidence().insert(e));
            Audit.record(tx, now, who, "claim", saved.claimId(), "add evidence", null, saved);
            return saved;
        });
    }

    public Evidence update(Evidence evidence, String actor) {
        String who = Actor.require(actor);
        validate(evidence);
        return store.write(tx -> {
            Evidence before = find(tx, evidence.id());
            startResearch(tx, before.claimId(), who);
            tx.evidence().update(evidence);
            Evidence after = tx.evidence().find(evidence.id()).orElseThrow();
            Audit.record(tx, clock.instant(), who, "claim", before.claimId(), "edit evidence", before, after);
            return after;
        });
    }

    public void delete(long evidenceId, String actor) {
        String who = Actor.require(actor);
        store.write(tx -> {
            Evidence before = find(tx, evidenceId);
            startResearch(tx, before.claimId(), who);
            tx.evidence().delete(evidenceId);
            Audit.record(tx, clock.instant(), who, "claim", before.claimId(), "delete evidence", before, null);
            return null;
        });
    }

    public List<Evidence> listByClaim(long claimId) {
        return store.read(tx -> tx.evidence().listByClaim(claimId));
    }

    private static Evidence find(Tx tx, long evidenceId) {
        return tx.evidence()
                .find(evidenceId)
                .orElseThrow(() ->
                        new ClaimDeskException(Problem.NOT_FOUND, "That evidence item does not exist (any more)."));
    }

    /** Evidence can change only while a claim is researched; an open claim starts research. */
    private void startResearch(Tx tx, long claimId, String who) {
        Claim claim = ClaimService.find(tx, claimId);
        ClaimService.requireResearchable(claim, "change its evidence");
        if (claim.state() == ClaimState.OPEN) {
            Instant now = clock.instant();
            Claim after = claim.toBuilder()
                    .state(ClaimState.IN_RESEARCH)
                    .updatedAt(now)
                    .build();
            tx.claims().update(after);
            Audit.record(tx, now, who, "claim", claimId, "start research", claim, after);
        }
    }

    void validate(Evidence e) {
        if (e.url() != null && !e.url().isBlank()) {
            validateUrl(e.url().strip());
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
        if (e.accessedOn() != null && e.accessedOn().isAfter(today)) {
            throw new ClaimDeskException(Problem.INVALID_INPUT, "The access date is in the future.");
        }
        if (e.publishedOn() != null && e.accessedOn() != null && e.publishedOn().isAfter(e.accessedOn())) {
            throw new ClaimDeskException(
                    Problem.INVALID_INPUT, "The publication date is after the date you accessed the source.");
        }
        boolean empty = isBlank(e.url()) && isBlank(e.title()) && isBlank(e.quote()) && isBlank(e.attachmentPath());
        if (empty) {
            throw new ClaimDeskException(
                    Problem.INVALID_INPUT, "Give the evidence a URL, a title, a quoted passage or an attached file.");
        }
    }

    static void validateUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new ClaimDeskException(
                        Problem.INVALID_INPUT, "The URL must be a web address starting with http:// or https://.");
            }
        } catch (URISyntaxException ex) {
            throw new ClaimDeskException(
                    Problem.INVALID_INPUT, "The URL is not a valid web address (" + ex.getReason() + ").", ex);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
