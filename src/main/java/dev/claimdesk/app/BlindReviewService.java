package dev.claimdesk.app;

import dev.claimdesk.domain.BlindRound;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.ClaimWorkflow;
import dev.claimdesk.domain.Review;
import dev.claimdesk.domain.ReviewKind;
import dev.claimdesk.domain.ReviewMode;
import dev.claimdesk.domain.ReviewMode.OnAgreement;
import dev.claimdesk.domain.TransitionRequest;
import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.domain.VerdictScale;
import dev.claimdesk.store.Store;
import dev.claimdesk.store.Tx;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Blind double review (decision 0027). Two reviewers give their verdicts on a claim independently
 * ({@link #submit}); until both are in neither sees the other's. Agreeing verdicts become the claim's
 * verdict, ready for a third person's approval or approved at once (the article's {@link
 * OnAgreement}); differing ones wait for an adjudicator, who decides ({@link #adjudicate}) or sends
 * the claim back to both ({@link #sendBack}). Every step is a review row and an audit row.
 */
public final class BlindReviewService {
    private final Store store;
    private final Clock clock;

    public BlindReviewService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** An article's review mode and what agreement leads to. */
    public record Mode(ReviewMode mode, OnAgreement onAgreement) {}

    /** What a blind verdict led to. */
    public enum Outcome {
        /** The first verdict: the second is awaited. */
        WAITING,
        /** Both agree: the verdict is ready for a third person's approval. */
        AGREED_FOR_REVIEW,
        /** Both agree and the article approves agreement at once. */
        AGREED_APPROVED,
        /** The verdicts differ: an adjudicator decides. */
        TO_ADJUDICATION
    }

    public Mode mode(long articleId) {
        return store.read(tx -> mode(tx, articleId));
    }

    static Mode mode(Tx tx, long articleId) {
        String mode = tx.blind()
                .reviewMode(articleId)
                .orElseThrow(() -> new ClaimDeskException(Problem.NOT_FOUND, "That article no longer exists."));
        return new Mode(
                ReviewMode.valueOf(mode),
                OnAgreement.valueOf(tx.blind().onAgreement(articleId).orElse("REVIEW")));
    }

    /** Chooses an article's review mode; only before any verdict of it is given (audited). */
    public Mode setMode(long articleId, ReviewMode mode, OnAgreement onAgreement, String actor) {
        String who = Actor.require(actor);
        return store.write(tx -> {
            Mode before = mode(tx, articleId);
            Mode after = new Mode(mode, onAgreement == null ? OnAgreement.REVIEW : onAgreement);
            if (before.equals(after)) {
                return after;
            }
            long given = tx.blind().verdictsGiven(articleId);
            if (given > 0 && before.mode() != after.mode()) {
                throw new ClaimDeskException(
                        Problem.RULE_VIOLATION,
                        "This article has verdicts already (" + given + "), so it stays under "
                                + before.mode().label()
                                + ". Choose the review mode at import or before the first verdict.");
            }
            tx.blind()
                    .setMode(articleId, after.mode().name(), after.onAgreement().name());
            Audit.record(tx, clock.instant(), who, "article", articleId, "choose review mode", before, after);
            return after;
        });
    }

    /** Gives {@code actor}'s blind verdict on a claim of a blind article. */
    public Outcome submit(long claimId, long labelId, String rationale, String actor) {
        String who = Actor.require(actor);
        String text = rationale == null ? "" : rationale.strip();
        if (text.isEmpty()) {
            throw new ClaimDeskException(Problem.INVALID_INPUT, "Write the rationale of your verdict.");
        }
        return store.write(tx -> {
            Claim before = ClaimService.find(tx, claimId);
            Mode mode = requireBlind(tx, before);
            ClaimService.requireResearchable(before, "given a blind verdict");
            requireLabel(tx, before, labelId);
            BlindRound round = BlindRound.of(tx.reviews().listByClaim(claimId));
            round.submitProblem(who).ifPresent(p -> {
                throw new ClaimDeskException(Problem.RULE_VIOLATION, p);
            });
            Instant now = clock.instant();
            tx.reviews().insert(new Review(0, claimId, who, labelId, text, ReviewKind.BLIND, now));
            Claim current = before;
            if (before.state() == ClaimState.OPEN) {
                current = move(tx, before, ClaimAction.START_RESEARCH, null, who, now, null);
            }
            // The history says that a verdict was given, never which: the label stays in the review row.
            Audit.record(
                    tx,
                    now,
                    who,
                    "claim",
                    claimId,
                    "give blind verdict",
                    null,
                    Map.of("round", round.number(), "verdicts", round.verdicts().size() + 1));
            BlindRound after = BlindRound.of(tx.reviews().listByClaim(claimId));
            if (!after.complete()) {
                return Outcome.WAITING;
            }
            if (after.awaitsAdjudication()) {
                Audit.record(
                        tx, now, who, "claim", claimId, "send to adjudication", null, Map.of("round", after.number()));
                return Outcome.TO_ADJUDICATION;
            }
            Review first = after.verdicts().get(0);
            Review second = after.verdicts().get(1);
            Claim agreed = tx.claims()
                    .update(current.toBuilder()
                            .verdict(first.labelId(), agreedRationale(first, second), first.reviewer())
                            .updatedAt(now)
                            .build());
            Audit.record(tx, now, who, "claim", claimId, "blind verdicts agree", current, agreed);
            Claim submitted = move(tx, agreed, ClaimAction.SUBMIT_FOR_REVIEW, null, first.reviewer(), now, null);
            if (mode.onAgreement() == OnAgreement.APPROVE) {
                move(
                        tx,
                        submitted,
                        ClaimAction.APPROVE,
                        "Two independent verdicts agree.",
                        second.reviewer(),
                        now,
                        ReviewKind.APPROVAL);
                return Outcome.AGREED_APPROVED;
            }
            return Outcome.AGREED_FOR_REVIEW;
        });
    }

    /** The adjudicator's final verdict on a claim whose two blind verdicts differ: approved. */
    public Claim adjudicate(long claimId, long labelId, String rationale, String actor) {
        String who = Actor.require(actor);
        String text = rationale == null ? "" : rationale.strip();
        return store.write(tx -> {
            Claim before = ClaimService.find(tx, claimId);
            requireBlind(tx, before);
            requireLabel(tx, before, labelId);
            BlindRound round = BlindRound.of(tx.reviews().listByClaim(claimId));
            round.adjudicationProblem(who).ifPresent(p -> {
                throw new ClaimDeskException(Problem.RULE_VIOLATION, p);
            });
            Instant now = clock.instant();
            Claim decided = before.toBuilder()
                    .verdict(labelId, text, who)
                    .updatedAt(now)
                    .build();
            ClaimState to = ClaimWorkflow.decide(
                            before.state(), new TransitionRequest(ClaimAction.ADJUDICATE, who, text, null, who))
                    .targetOrThrow();
            Claim after = tx.claims().update(decided.toBuilder().state(to).build());
            tx.reviews().insert(new Review(0, claimId, who, labelId, text, ReviewKind.ADJUDICATION, now));
            Audit.record(tx, now, who, "claim", claimId, ClaimAction.ADJUDICATE.label(), before, after, text);
            return after;
        });
    }

    /** Sends a claim whose verdicts differ back to both reviewers for a new round, with a comment. */
    public void sendBack(long claimId, String comment, String actor) {
        String who = Actor.require(actor);
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty()) {
            throw new ClaimDeskException(Problem.INVALID_INPUT, "Write what both reviewers should look at again.");
        }
        store.write(tx -> {
            Claim claim = ClaimService.find(tx, claimId);
            requireBlind(tx, claim);
            BlindRound round = BlindRound.of(tx.reviews().listByClaim(claimId));
            round.adjudicationProblem(who).ifPresent(p -> {
                throw new ClaimDeskException(Problem.RULE_VIOLATION, p);
            });
            Instant now = clock.instant();
            tx.reviews().insert(new Review(0, claimId, who, null, text, ReviewKind.ADJUDICATION, now));
            Audit.record(
                    tx,
                    now,
                    who,
                    "claim",
                    claimId,
                    "send back to both",
                    null,
                    Map.of("round", round.number() + 1),
                    text);
            return null;
        });
    }

    /** The current round of a claim (for the service's callers: who may see what). */
    public BlindRound round(long claimId) {
        return store.read(tx -> BlindRound.of(tx.reviews().listByClaim(claimId)));
    }

    /** What {@code viewer} may see of a claim's blind review. */
    public record View(ReviewMode mode, BlindRound round, Optional<Review> own, List<Review> visible) {
        /** "1 of 2 verdicts", "awaiting adjudication", or empty under four-eyes. */
        public String progress() {
            return mode == ReviewMode.BLIND ? round.progress() : "";
        }

        public boolean awaitsAdjudication() {
            return mode == ReviewMode.BLIND && round.awaitsAdjudication();
        }
    }

    /**
     * The blind verdicts {@code viewer} may see: their own; both, once both are in (the raters
     * compare, the adjudicator decides); never the other's while it is still blind.
     */
    public View view(long claimId, String viewer) {
        return store.read(tx -> {
            Claim claim = ClaimService.find(tx, claimId);
            Mode mode = mode(tx, claim.articleId());
            BlindRound round = BlindRound.of(tx.reviews().listByClaim(claimId));
            return view(mode.mode(), round, viewer);
        });
    }

    static View view(ReviewMode mode, BlindRound round, String viewer) {
        Optional<Review> own = viewer == null ? Optional.empty() : round.verdictBy(viewer);
        List<Review> visible =
                round.complete() ? round.verdicts() : own.map(List::of).orElse(List.of());
        return new View(mode, round, own, visible);
    }

    /** "1 of 2 verdicts" and the like per claim of a blind article (empty for four-eyes articles). */
    public Map<Long, String> progress(long articleId) {
        return store.read(tx -> {
            Map<Long, String> out = new LinkedHashMap<>();
            if (mode(tx, articleId).mode() != ReviewMode.BLIND) {
                return out;
            }
            byClaim(tx.blind().blindArticleReviews(articleId))
                    .forEach((id, reviews) -> out.put(id, BlindRound.of(reviews).progress()));
            return out;
        });
    }

    /** Claims of blind articles whose two verdicts differ, oldest claim first: the adjudication queue. */
    public List<Claim> adjudicationQueue() {
        return store.read(tx -> {
            List<Claim> out = new ArrayList<>();
            byClaim(tx.blind().blindArticleReviews(0)).forEach((id, reviews) -> {
                if (BlindRound.of(reviews).awaitsAdjudication()) {
                    Claim c = ClaimService.find(tx, id);
                    if (c.state() == ClaimState.IN_RESEARCH) {
                        out.add(c);
                    }
                }
            });
            return out;
        });
    }

    /**
     * Agreement of the independent blind verdicts of one article (> 0) or of every blind article (0),
     * given on or after {@code since} (null: ever): each claim's first-round verdicts, compared on the
     * labels' codes with the ranks of the desk's default scale (decision 0027).
     */
    public dev.claimdesk.domain.agreement.AgreementSummary agreement(long articleId, Instant since) {
        return store.read(tx -> {
            Map<Long, VerdictLabel> labels = new java.util.HashMap<>();
            Map<String, Integer> rank = new java.util.HashMap<>();
            for (VerdictScale s : tx.scales().list()) {
                for (VerdictLabel l : s.labels()) {
                    labels.put(l.id(), l);
                }
            }
            for (VerdictLabel l : (articleId > 0
                            ? tx.scales().scaleOf(articleId)
                            : tx.scales().defaultScale())
                    .labels()) {
                if (l.ordinal() != null) {
                    rank.put(l.code(), l.ordinal());
                }
            }
            List<dev.claimdesk.domain.agreement.Coding> codings = new ArrayList<>();
            byClaim(tx.blind().blindArticleReviews(articleId)).forEach((claimId, reviews) -> {
                List<Review> firstRound = new ArrayList<>();
                for (Review r : reviews) {
                    if ((r.kind() == ReviewKind.ADJUDICATION && r.labelId() == null) || r.kind() == ReviewKind.RETURN) {
                        break;
                    }
                    if (r.kind() == ReviewKind.BLIND
                            && (since == null || !r.createdAt().isBefore(since))) {
                        firstRound.add(r);
                    }
                }
                for (Review r : firstRound) {
                    codings.add(new dev.claimdesk.domain.agreement.Coding(
                            String.valueOf(claimId),
                            r.reviewer(),
                            labels.get(r.labelId()).code()));
                }
            });
            dev.claimdesk.domain.agreement.Codings all = dev.claimdesk.domain.agreement.Codings.of(codings);
            // The bootstrap's seed comes from the verdicts themselves: the same claims give the same
            // interval whichever slice (one article, all of them) they are shown in.
            return dev.claimdesk.domain.agreement.AgreementSummary.of(
                    all, rank, all.units().hashCode());
        });
    }

    private static Map<Long, List<Review>> byClaim(List<Review> reviews) {
        Map<Long, List<Review>> out = new LinkedHashMap<>();
        reviews.forEach(
                r -> out.computeIfAbsent(r.claimId(), k -> new ArrayList<>()).add(r));
        return out;
    }

    private static Mode requireBlind(Tx tx, Claim claim) {
        Mode mode = mode(tx, claim.articleId());
        if (mode.mode() != ReviewMode.BLIND) {
            throw new ClaimDeskException(
                    Problem.RULE_VIOLATION,
                    "This article is reviewed four-eyes: propose a verdict and have a second reviewer approve it.");
        }
        return mode;
    }

    private static void requireLabel(Tx tx, Claim claim, long labelId) {
        VerdictLabel label = tx.scales()
                .findLabel(labelId)
                .orElseThrow(() -> new ClaimDeskException(
                        Problem.NOT_FOUND, "That verdict does not exist in this database's scales."));
        VerdictScale scale = tx.scales().scaleOf(claim.articleId());
        if (label.scaleId() != scale.id() || label.retired()) {
            throw new ClaimDeskException(
                    Problem.INVALID_INPUT,
                    "\"" + label.name() + "\" is not a verdict offered by this article's scale.");
        }
    }

    private static String agreedRationale(Review first, Review second) {
        return "Two independent verdicts agree.\n" + first.reviewer() + ": " + first.rationale() + "\n"
                + second.reviewer() + ": " + second.rationale();
    }

    private Claim move(
            Tx tx, Claim before, ClaimAction action, String comment, String who, Instant now, ReviewKind review) {
        ClaimState to = ClaimWorkflow.decide(
                        before.state(), new TransitionRequest(action, who, comment, null, before.verdictBy()))
                .targetOrThrow();
        Claim after =
                tx.claims().update(before.toBuilder().state(to).updatedAt(now).build());
        if (review != null) {
            tx.reviews().insert(new Review(0, before.id(), who, before.verdictLabelId(), comment, review, now));
        }
        Audit.record(tx, now, who, "claim", before.id(), action.label(), before, after, comment);
        return after;
    }
}
