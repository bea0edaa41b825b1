package dev.claimdesk.app;

import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.AuditEvent;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimAction;
import dev.claimdesk.domain.ClaimBuilder;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import dev.claimdesk.domain.ClaimOrigin;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.ClaimWorkflow;
import dev.claimdesk.domain.DismissReason;
import dev.claimdesk.domain.GuardRailWarning;
import dev.claimdesk.domain.Review;
import dev.claimdesk.domain.ReviewKind;
import dev.claimdesk.domain.SearchQuery;
import dev.claimdesk.domain.TransitionRequest;
import dev.claimdesk.domain.VerdictGuardRails;
import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.domain.VerdictScale;
import dev.claimdesk.store.Store;
import dev.claimdesk.store.Tx;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Claims: creation, workflow transitions, verdicts and their history. Every change is audited. */
public final class ClaimService {
    private final Store store;
    private final Clock clock;

    public ClaimService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Marks the span [start, end) of the article's body as a claim by hand. */
    public Claim addManual(long articleId, int start, int end, String actor) {
        String who = Actor.require(actor);
        return store.write(tx -> {
            Article article = tx.articles().find(articleId).orElseThrow(() -> ArticleService.notFound(articleId));
            String body = article.bodyText();
            if (start < 0
                    || end > body.length()
                    || end <= start
                    || body.substring(start, end).isBlank()) {
                throw new ClaimDeskException(Problem.INVALID_INPUT, "Select some text of the article to make a claim.");
            }
            Instant now = clock.instant();
            Claim c = new ClaimBuilder()
                    .articleId(articleId)
                    .span(start, end)
                    .text(body.substring(start, end))
                    .state(ClaimState.OPEN)
                    .origin(ClaimOrigin.MANUAL)
                    .position(tx.claims().maxPosition(articleId) + 1)
                    .created(who, now)
                    .build();
            Claim saved = c.withId(tx.claims().insert(c));
            Audit.record(tx, now, who, "claim", saved.id(), "add claim", null, saved);
            return saved;
        });
    }

    /** Stores the detector's proposals for an article in one transaction. */
    public List<Claim> addProposals(long articleId, List<Claim> proposals, String actor) {
        String who = Actor.require(actor);
        return store.write(tx -> {
            Instant now = clock.instant();
            int position = tx.claims().maxPosition(articleId);
            List<Claim> saved = new java.util.ArrayList<>();
            for (Claim p : proposals) {
                Claim c = p.toBuilder()
                        .articleId(articleId)
                        .state(ClaimState.PROPOSED)
                        .origin(ClaimOrigin.DETECTED)
                        .position(++position)
                        .created(who, now)
                        .build();
                Claim s = c.withId(tx.claims().insert(c));
                Audit.record(tx, now, who, "claim", s.id(), "propose claim", null, s);
                saved.add(s);
            }
            return saved;
        });
    }

    public Claim get(long claimId) {
        return store.read(tx -> find(tx, claimId));
    }

    public List<Claim> listByArticle(long articleId) {
        return store.read(tx -> tx.claims().listByArticle(articleId));
    }

    /** Moves a claim through the workflow; refused transitions raise a rule violation in words. */
    public Claim act(long claimId, ClaimAction action, String comment, DismissReason reason, String actor) {
        return act(claimId, 0, action, comment, reason, actor);
    }

    /**
     * As {@link #act(long, ClaimAction, String, DismissReason, String)}, based on the version of the
     * claim the reviewer saw: when someone changed it since, nothing is written and a {@link
     * dev.claimdesk.domain.ChangedMeanwhileException} says who and carries the claim as it is now.
     * {@code seenVersion} 0: the claim as it is now.
     */
    public Claim act(
            long claimId, long seenVersion, ClaimAction action, String comment, DismissReason reason, String actor) {
        String who = Actor.require(actor);
        return store.write(tx -> actIn(tx, find(tx, claimId, seenVersion, who), action, comment, reason, who));
    }

    /** One claim of a bulk action that it did not apply to: its number in the article, and why. */
    public record Refused(long claimId, int position, String reason) {}

    /** What a bulk action did: each claim changed, before and after (same order), and those refused. */
    public record Bulk(List<Claim> before, List<Claim> after, List<Refused> refused) {}

    /**
     * The same action on many claims, in one transaction, each with its own audit row. A claim the
     * action does not apply to (already approved, a blind verdict's rule) is left as it is and
     * listed in {@link Bulk#refused} with the reason in words; the others change. The claims are
     * taken in the order given.
     */
    public Bulk actOnMany(List<Long> claimIds, ClaimAction action, DismissReason reason, String actor) {
        String who = Actor.require(actor);
        return store.write(tx -> {
            List<Claim> before = new java.util.ArrayList<>();
            List<Claim> after = new java.util.ArrayList<>();
            List<Refused> refused = new java.util.ArrayList<>();
            for (long id : claimIds) {
                Claim c = find(tx, id, 0, who);
                try {
                    Claim done = actIn(tx, c, action, null, reason, who);
                    before.add(c);
                    after.add(done);
                } catch (ClaimDeskException e) {
                    refused.add(new Refused(id, c.position(), e.userMessage()));
                }
            }
            return new Bulk(before, after, refused);
        });
    }

    /** Hands many claims to one reviewer (null: to nobody) in one transaction, each with its audit row. */
    public Bulk assignMany(List<Long> claimIds, String assignee, String actor) {
        String who = Actor.require(actor);
        return store.write(tx -> {
            List<Claim> before = new java.util.ArrayList<>();
            List<Claim> after = new java.util.ArrayList<>();
            List<Refused> refused = new java.util.ArrayList<>();
            for (long id : claimIds) {
                Claim c = find(tx, id, 0, who);
                if (java.util.Objects.equals(
                        c.assignee(), assignee == null || assignee.isBlank() ? null : assignee.strip())) {
                    refused.add(new Refused(
                            id,
                            c.position(),
                            "It is assigned to " + (c.assignee() == null ? "nobody" : c.assignee()) + " already."));
                    continue;
                }
                before.add(c);
                after.add(assignIn(tx, c, assignee, who));
            }
            return new Bulk(before, after, refused);
        });
    }

    private Claim actIn(Tx tx, Claim before, ClaimAction action, String comment, DismissReason reason, String who) {
        long claimId = before.id();
        blindProblem(tx, before, action, who).ifPresent(p -> {
            throw new ClaimDeskException(Problem.RULE_VIOLATION, p);
        });
        TransitionRequest request = new TransitionRequest(action, who, comment, reason, before.verdictBy());
        ClaimState to = ClaimWorkflow.decide(before.state(), request).targetOrThrow();
        Instant now = clock.instant();
        ClaimBuilder b = before.toBuilder().state(to).updatedAt(now);
        if (action == ClaimAction.DISMISS) {
            b.dismissReason(reason);
        } else if (action == ClaimAction.RESTORE) {
            b.dismissReason(null);
        } else if (action == ClaimAction.ACCEPT && before.assignee() == null) {
            b.assignee(who); // whoever accepts a claim researches it, until it is handed on
        } else if (action == ClaimAction.RETURN && before.verdictBy() != null) {
            b.assignee(before.verdictBy()); // back to the proposer's queue, with the comment
        }
        Claim after = b.build();
        after = tx.claims().update(after);
        recordReview(tx, before, action, comment, who, now);
        Audit.record(tx, now, who, "claim", claimId, action.label(), before, after, comment);
        if (action == ClaimAction.REOPEN && isBlind(tx, before)) {
            // A reopened claim of a blind article goes back to both reviewers for a new round.
            tx.reviews().insert(new Review(0, claimId, who, null, comment, ReviewKind.ADJUDICATION, now));
        }
        return after;
    }

    private static boolean isBlind(Tx tx, Claim claim) {
        return BlindReviewService.mode(tx, claim.articleId()).mode() == dev.claimdesk.domain.ReviewMode.BLIND;
    }

    /** What blind double review forbids of the ordinary workflow, or empty. */
    private static java.util.Optional<String> blindProblem(Tx tx, Claim claim, ClaimAction action, String who) {
        if (action == ClaimAction.ADJUDICATE) {
            return java.util.Optional.of("Adjudicate a claim with its two blind verdicts side by side.");
        }
        if (!isBlind(tx, claim)) {
            return java.util.Optional.empty();
        }
        if (action == ClaimAction.SUBMIT_FOR_REVIEW) {
            return java.util.Optional.of("This article is under blind double review: give your verdict as a blind"
                    + " verdict; two agreeing verdicts go on to review by themselves.");
        }
        if (action == ClaimAction.APPROVE
                && dev.claimdesk.domain.BlindRound.of(tx.reviews().listByClaim(claim.id()))
                        .hasVerdictBy(who)) {
            return java.util.Optional.of(
                    "You gave one of the two blind verdicts, so a third reviewer has to approve it.");
        }
        return java.util.Optional.empty();
    }

    /** Proposes (or changes) the verdict of a claim under research; an open claim starts research. */
    public Claim setVerdict(long claimId, long labelId, String rationale, String actor) {
        return setVerdict(claimId, 0, labelId, rationale, actor);
    }

    /** As {@link #setVerdict(long, long, String, String)}, refused when the claim is no longer at {@code seenVersion}. */
    public Claim setVerdict(long claimId, long seenVersion, long labelId, String rationale, String actor) {
        String who = Actor.require(actor);
        return store.write(tx -> {
            Claim before = find(tx, claimId, seenVersion, who);
            if (isBlind(tx, before)) {
                throw new ClaimDeskException(
                        Problem.RULE_VIOLATION,
                        "This article is under blind double review: give your verdict as a blind verdict, which the"
                                + " other reviewer does not see.");
            }
            requireResearchable(before, "change its verdict");
            VerdictLabel label = tx.scales()
                    .findLabel(labelId)
                    .orElseThrow(() -> new ClaimDeskException(
                            Problem.NOT_FOUND, "That verdict does not exist in this database's scales."));
            VerdictScale scale = tx.scales().scaleOf(before.articleId());
            if (label.scaleId() != scale.id()) {
                throw new ClaimDeskException(
                        Problem.INVALID_INPUT,
                        "\"" + label.name() + "\" is not a verdict of this article's scale (" + scale.name() + ").");
            }
            if (label.retired() && !Long.valueOf(labelId).equals(before.verdictLabelId())) {
                throw new ClaimDeskException(
                        Problem.INVALID_INPUT,
                        "\"" + label.name() + "\" is retired from the scale; choose another verdict.");
            }
            Instant now = clock.instant();
            String text = rationale == null ? "" : rationale.strip();
            Claim after = before.toBuilder()
                    .state(ClaimState.IN_RESEARCH)
                    .verdict(labelId, text, who)
                    .updatedAt(now)
                    .build();
            after = tx.claims().update(after);
            tx.reviews().insert(new Review(0, claimId, who, labelId, text, ReviewKind.PROPOSAL, now));
            Audit.record(tx, now, who, "claim", claimId, "set verdict", before, after);
            return after;
        });
    }

    /** Ticks or unticks a checklist question of the claim ("Searched for earlier instances?"). */
    public void setChecked(long claimId, String item, boolean checked, String actor) {
        String who = Actor.require(actor);
        if (item == null || item.isBlank() || item.length() > 300) {
            throw new ClaimDeskException(Problem.INVALID_INPUT, "A checklist question must have a text.");
        }
        store.write(tx -> {
            Claim claim = find(tx, claimId);
            Instant now = clock.instant();
            int changed = checked
                    ? tx.checklist().check(claim.id(), item, who, now.toString())
                    : tx.checklist().uncheck(claim.id(), item);
            if (changed > 0) {
                Audit.record(tx, now, who, "claim", claimId, (checked ? "check: " : "uncheck: ") + item, null, null);
            }
            return null;
        });
    }

    /** Hands a claim to a reviewer (null: to nobody); recorded like every change. */
    public Claim assign(long claimId, String assignee, String actor) {
        return assign(claimId, 0, assignee, actor);
    }

    /** As {@link #assign(long, String, String)}, refused when the claim is no longer at {@code seenVersion}. */
    public Claim assign(long claimId, long seenVersion, String assignee, String actor) {
        String who = Actor.require(actor);
        return store.write(tx -> assignIn(tx, find(tx, claimId, seenVersion, who), assignee, who));
    }

    private Claim assignIn(Tx tx, Claim before, String assignee, String who) {
        String to = assignee == null || assignee.isBlank() ? null : assignee.strip();
        if (to != null && tx.reviewers().findByName(to).isEmpty()) {
            throw new ClaimDeskException(Problem.NOT_FOUND, "There is no reviewer called " + to + " in this database.");
        }
        Instant now = clock.instant();
        Claim after = before.toBuilder().assignee(to).updatedAt(now).build();
        after = tx.claims().update(after);
        Audit.record(tx, now, who, "claim", before.id(), to == null ? "unassign" : "assign to " + to, before, after);
        return after;
    }

    /** Claims of the article whose text, rationale or evidence contain every word of the query. */
    public Set<Long> search(long articleId, SearchQuery query) {
        return Set.copyOf(store.read(tx -> tx.search().claimIdsInArticle(articleId, query)));
    }

    /** One claim of an undo or redo step: from the version {@code expected} to {@code target}. */
    public record Restore(long claimId, Claim expected, Claim target) {}

    /**
     * Puts a claim back as it was (undo) or forward again (redo). Refused when the claim changed in
     * the meantime (another reviewer, another window), so an undo never overwrites someone's work.
     */
    public Claim restore(long claimId, Claim expected, Claim target, String what, String actor) {
        return restore(List.of(new Restore(claimId, expected, target)), what, actor)
                .get(0);
    }

    /**
     * Puts several claims back (or forward) in one transaction: the undo of a split or a merge. If
     * any of them changed in the meantime, none is touched.
     */
    public List<Claim> restore(List<Restore> steps, String what, String actor) {
        String who = Actor.require(actor);
        return store.write(tx -> {
            Instant now = clock.instant();
            List<Claim> out = new java.util.ArrayList<>();
            for (Restore step : steps) {
                Claim before = find(tx, step.claimId());
                if (!sameContent(before, step.expected())) {
                    throw new ClaimDeskException(
                            Problem.RULE_VIOLATION,
                            "Claim " + before.position() + " was changed since, perhaps in another window;"
                                    + " ClaimDesk does not undo over that change."
                                    + (steps.size() > 1 ? " None of the claims of this step was changed." : ""));
                }
                Claim target = step.target();
                Claim after = before.toBuilder()
                        .state(target.state())
                        .dismissReason(target.dismissReason())
                        .duplicateOf(target.duplicateOf())
                        .verdict(target.verdictLabelId(), target.rationale(), target.verdictBy())
                        .assignee(target.assignee())
                        .span(target.startOffset(), target.endOffset())
                        .text(target.text())
                        .updatedAt(now)
                        .build();
                after = tx.claims().update(after);
                Audit.record(tx, now, who, "claim", step.claimId(), what, before, after);
                out.add(after);
            }
            return out;
        });
    }

    /** True when two versions of a claim agree on everything a reviewer can change. */
    static boolean sameContent(Claim a, Claim b) {
        return a.state() == b.state()
                && a.dismissReason() == b.dismissReason()
                && java.util.Objects.equals(a.duplicateOf(), b.duplicateOf())
                && java.util.Objects.equals(a.verdictLabelId(), b.verdictLabelId())
                && java.util.Objects.equals(a.rationale(), b.rationale())
                && java.util.Objects.equals(a.assignee(), b.assignee())
                && a.startOffset() == b.startOffset()
                && a.endOffset() == b.endOffset();
    }

    /** Splits a claim at {@code at} (an offset in the article): it keeps the first part, a new claim takes the rest. */
    public List<Claim> split(long claimId, int at, String actor) {
        String who = Actor.require(actor);
        return store.write(tx -> {
            Claim before = find(tx, claimId);
            requireEditable(before, "split");
            String body = tx.articles().find(before.articleId()).orElseThrow().bodyText();
            if (at <= before.startOffset()
                    || at >= before.endOffset()
                    || body.substring(before.startOffset(), at).isBlank()
                    || body.substring(at, before.endOffset()).isBlank()) {
                throw new ClaimDeskException(
                        Problem.INVALID_INPUT,
                        "Put the caret inside the claim's text, between two words, to split it.");
            }
            int firstEnd = trimEnd(body, before.startOffset(), at);
            int secondStart = trimStart(body, at, before.endOffset());
            Instant now = clock.instant();
            Claim first = before.toBuilder()
                    .span(before.startOffset(), firstEnd)
                    .text(body.substring(before.startOffset(), firstEnd))
                    .updatedAt(now)
                    .build();
            first = tx.claims().update(first);
            Audit.record(tx, now, who, "claim", claimId, "split claim", before, first);
            Claim second = before.toBuilder()
                    .id(0)
                    .span(secondStart, before.endOffset())
                    .text(body.substring(secondStart, before.endOffset()))
                    .origin(ClaimOrigin.MANUAL)
                    .position(tx.claims().maxPosition(before.articleId()) + 1)
                    .verdict(null, null, null)
                    .created(who, now)
                    .build();
            Claim saved = second.withId(tx.claims().insert(second));
            Audit.record(tx, now, who, "claim", saved.id(), "split from claim " + before.position(), null, saved);
            return List.of(first, saved);
        });
    }

    /**
     * Merges two claims of the same article: the first one grows to cover both, the second is
     * dismissed as its duplicate (kept, so its history stays).
     */
    public List<Claim> merge(long firstId, long secondId, String actor) {
        String who = Actor.require(actor);
        return store.write(tx -> {
            Claim a = find(tx, firstId);
            Claim b = find(tx, secondId);
            if (a.articleId() != b.articleId() || a.id() == b.id()) {
                throw new ClaimDeskException(
                        Problem.INVALID_INPUT, "Only two claims of the same article can be merged.");
            }
            requireEditable(a, "merged");
            requireEditable(b, "merged");
            String body = tx.articles().find(a.articleId()).orElseThrow().bodyText();
            int start = Math.min(a.startOffset(), b.startOffset());
            int end = Math.max(a.endOffset(), b.endOffset());
            Instant now = clock.instant();
            Claim grown = a.toBuilder()
                    .span(start, end)
                    .text(body.substring(start, end))
                    .updatedAt(now)
                    .build();
            grown = tx.claims().update(grown);
            Audit.record(tx, now, who, "claim", a.id(), "merge with claim " + b.position(), a, grown);
            Claim gone = b.toBuilder()
                    .state(ClaimState.DISMISSED)
                    .dismissReason(dev.claimdesk.domain.DismissReason.DUPLICATE)
                    .duplicateOf(a.id())
                    .updatedAt(now)
                    .build();
            gone = tx.claims().update(gone);
            Audit.record(tx, now, who, "claim", b.id(), "merged into claim " + a.position(), b, gone);
            return List.of(grown, gone);
        });
    }

    /** Dismisses a claim as a duplicate of another claim, which keeps the research. */
    public Claim markDuplicate(long claimId, long originalId, String actor) {
        String who = Actor.require(actor);
        return store.write(tx -> {
            Claim before = find(tx, claimId);
            Claim original = find(tx, originalId);
            if (original.id() == before.id()) {
                throw new ClaimDeskException(Problem.INVALID_INPUT, "A claim cannot be a duplicate of itself.");
            }
            TransitionRequest request = new TransitionRequest(
                    ClaimAction.DISMISS, who, null, dev.claimdesk.domain.DismissReason.DUPLICATE, before.verdictBy());
            ClaimState to = ClaimWorkflow.decide(before.state(), request).targetOrThrow();
            Instant now = clock.instant();
            Claim after = before.toBuilder()
                    .state(to)
                    .dismissReason(dev.claimdesk.domain.DismissReason.DUPLICATE)
                    .duplicateOf(original.id())
                    .updatedAt(now)
                    .build();
            after = tx.claims().update(after);
            Audit.record(
                    tx, now, who, "claim", claimId, "mark as duplicate of claim " + original.position(), before, after);
            return after;
        });
    }

    /** The claim with its evidence, history, warnings and latest return, for the claim detail. */
    /**
     * The claim's detail as {@code viewer} may see it: under blind double review, while the round's
     * verdicts are not both in, other people's evidence and their steps in the history are left out.
     */
    public dev.claimdesk.domain.ClaimDetail detail(long claimId, String viewer) {
        dev.claimdesk.domain.ClaimDetail full = detail(claimId);
        boolean hidden = store.read(tx -> isBlind(tx, full.claim())
                && !dev.claimdesk.domain.BlindRound.of(tx.reviews().listByClaim(claimId))
                        .complete());
        if (!hidden) {
            return full;
        }
        return new dev.claimdesk.domain.ClaimDetail(
                full.claim(),
                full.evidence().stream()
                        .filter(e -> e.createdBy().equals(viewer))
                        .toList(),
                full.history().stream()
                        .filter(h -> h.actor().equals(viewer) || !blindPrivate(h.action()))
                        .toList(),
                full.warnings(),
                full.lastReturn(),
                full.checked());
    }

    /** History steps that tell what a reviewer found, hidden from the other while blind. */
    private static boolean blindPrivate(String action) {
        return Set.of("add evidence", "edit evidence", "delete evidence", "give blind verdict")
                        .contains(action)
                || action.startsWith("check: ")
                || action.startsWith("uncheck: ");
    }

    public dev.claimdesk.domain.ClaimDetail detail(long claimId) {
        return new dev.claimdesk.domain.ClaimDetail(
                get(claimId),
                store.read(tx -> tx.evidence().listByClaim(claimId)),
                historyEntries(claimId),
                warnings(claimId),
                lastReturn(claimId).orElse(null),
                store.read(tx -> tx.checklist().checked(claimId)));
    }

    /** The latest "return" of a claim (who sent it back, and the comment), if it was ever returned. */
    public java.util.Optional<Review> lastReturn(long claimId) {
        List<Review> reviews = reviews(claimId);
        for (int i = reviews.size() - 1; i >= 0; i--) {
            if (reviews.get(i).kind() == ReviewKind.RETURN) {
                return java.util.Optional.of(reviews.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    private static void requireEditable(Claim claim, String what) {
        if (!Set.of(ClaimState.PROPOSED, ClaimState.OPEN, ClaimState.IN_RESEARCH)
                .contains(claim.state())) {
            throw new ClaimDeskException(
                    Problem.RULE_VIOLATION,
                    "Claim " + claim.position() + " is " + claim.state().label()
                            + "; only proposed claims and claims in research can be " + what + ".");
        }
    }

    private static int trimEnd(String body, int start, int end) {
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int trimStart(String body, int start, int end) {
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        return start;
    }

    /** The guard-rail warnings for the claim's current verdict (empty when there is none). */
    public List<GuardRailWarning> warnings(long claimId) {
        return store.read(tx -> {
            Claim c = find(tx, claimId);
            if (c.verdictLabelId() == null) {
                return List.<GuardRailWarning>of();
            }
            VerdictLabel label = tx.scales().findLabel(c.verdictLabelId()).orElseThrow();
            VerdictScale scale = tx.scales().list().stream()
                    .filter(s -> s.id() == label.scaleId())
                    .findFirst()
                    .orElseThrow();
            return VerdictGuardRails.check(label, scale, tx.evidence().listByClaim(claimId));
        });
    }

    public List<Review> reviews(long claimId) {
        return store.read(tx -> tx.reviews().listByClaim(claimId));
    }

    /** Every audited change of the claim and its evidence, oldest first. */
    public List<AuditEvent> history(long claimId) {
        return store.read(tx -> tx.audit().listFor("claim", claimId));
    }

    /** The claim's history in words: who did what, when, and how its state changed. */
    public List<dev.claimdesk.domain.HistoryEntry> historyEntries(long claimId) {
        List<dev.claimdesk.domain.HistoryEntry> out = new java.util.ArrayList<>();
        for (AuditEvent e : history(claimId)) {
            String from = Audit.field(e.before(), "state");
            String to = Audit.field(e.after(), "state");
            String detail = firstNonNull(
                    Audit.field(e.after(), "comment"),
                    Audit.field(e.after(), "rationale"),
                    Audit.field(e.after(), "quote"),
                    Audit.field(e.after(), "dismissReason"));
            out.add(new dev.claimdesk.domain.HistoryEntry(e.at(), e.actor(), e.action(), from, to, detail));
        }
        return out;
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** The claim now ({@code seenVersion} 0), or only if it is still at the version the reviewer saw. */
    static Claim find(Tx tx, long claimId, long seenVersion) {
        return seenVersion == 0 ? find(tx, claimId) : tx.claims().findAt(claimId, seenVersion);
    }

    /**
     * The claim, when nobody but {@code who} changed it since the version they saw: a reviewer's
     * second step after their own first one (saving a verdict, then submitting it) goes on from a
     * window that has not yet shown the first, but a change by anyone else in between is refused
     * ({@link dev.claimdesk.domain.ChangedMeanwhileException}, naming them). Only proven: every
     * version after the seen one must be the after-snapshot of an audit row by {@code who}.
     */
    static Claim find(Tx tx, long claimId, long seenVersion, String who) {
        if (seenVersion == 0) {
            return find(tx, claimId);
        }
        Claim now = find(tx, claimId);
        if (now.version() > seenVersion) {
            Set<Long> mine = new java.util.HashSet<>();
            boolean someoneElse = false;
            for (dev.claimdesk.domain.AuditEvent e : tx.audit().listFor("claim", claimId)) {
                String v = Audit.field(e.after(), "version");
                long version = v == null || !v.matches("\\d+") ? -1 : Long.parseLong(v);
                if (version > seenVersion) {
                    if (who.equals(e.actor())) {
                        mine.add(version);
                    } else {
                        someoneElse = true;
                    }
                }
            }
            if (!someoneElse && mine.size() == now.version() - seenVersion) {
                return now;
            }
        }
        return tx.claims().findAt(claimId, seenVersion);
    }

    static Claim find(Tx tx, long claimId) {
        return tx.claims()
                .find(claimId)
                .orElseThrow(() ->
                        new ClaimDeskException(Problem.NOT_FOUND, "Claim " + claimId + " does not exist (any more)."));
    }

    static void requireResearchable(Claim claim, String what) {
        if (!Set.of(ClaimState.OPEN, ClaimState.IN_RESEARCH).contains(claim.state())) {
            throw new ClaimDeskException(
                    Problem.RULE_VIOLATION,
                    "A claim that is " + claim.state().label() + " is locked: accept, return or reopen it to " + what
                            + ".");
        }
    }

    private static void recordReview(Tx tx, Claim before, ClaimAction action, String comment, String who, Instant now) {
        ReviewKind kind = switch (action) {
            case APPROVE -> ReviewKind.APPROVAL;
            case RETURN -> ReviewKind.RETURN;
            default -> null;
        };
        if (kind != null) {
            Long label = kind == ReviewKind.APPROVAL ? before.verdictLabelId() : null;
            tx.reviews().insert(new Review(0, before.id(), who, label, comment, kind, now));
        }
    }
}
