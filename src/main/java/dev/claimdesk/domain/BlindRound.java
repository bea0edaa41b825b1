package dev.claimdesk.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The blind verdicts of a claim's current round: the {@link ReviewKind#BLIND} reviews since the claim
 * was last sent back to both reviewers (an adjudication without a label) or returned. A round is
 * complete with two verdicts from two reviewers; it then either agrees (the same label) or awaits
 * an adjudicator.
 */
public record BlindRound(int number, List<Review> verdicts, List<Review> earlier) {
    public static final int VERDICTS = 2;

    public BlindRound {
        verdicts = List.copyOf(verdicts);
        earlier = List.copyOf(earlier);
    }

    /** The current round of a claim from all its reviews, oldest first. */
    public static BlindRound of(List<Review> reviews) {
        List<Review> current = new ArrayList<>();
        List<Review> before = new ArrayList<>();
        int round = 1;
        for (Review r : reviews) {
            boolean restart =
                    (r.kind() == ReviewKind.ADJUDICATION && r.labelId() == null) || r.kind() == ReviewKind.RETURN;
            if (restart) {
                before.addAll(current);
                current.clear();
                round++;
            } else if (r.kind() == ReviewKind.BLIND) {
                current.add(r);
            }
        }
        return new BlindRound(round, current, before);
    }

    public boolean complete() {
        return verdicts.size() >= VERDICTS;
    }

    public boolean hasVerdictBy(String reviewer) {
        return verdicts.stream().anyMatch(v -> v.reviewer().equals(reviewer));
    }

    public Optional<Review> verdictBy(String reviewer) {
        return verdicts.stream().filter(v -> v.reviewer().equals(reviewer)).findFirst();
    }

    /** The agreed label, when both verdicts are in and name the same one. */
    public Optional<Long> agreedLabel() {
        if (!complete()) {
            return Optional.empty();
        }
        Long first = verdicts.get(0).labelId();
        return verdicts.get(1).labelId().equals(first) ? Optional.of(first) : Optional.empty();
    }

    /** Both verdicts are in and differ: the claim waits for an adjudicator. */
    public boolean awaitsAdjudication() {
        return complete() && agreedLabel().isEmpty();
    }

    /** Why {@code reviewer} may not give a blind verdict now, or empty when they may. */
    public Optional<String> submitProblem(String reviewer) {
        if (hasVerdictBy(reviewer)) {
            return Optional.of("You gave your verdict on this claim already; the second reviewer's is awaited.");
        }
        if (complete()) {
            return Optional.of("Two reviewers have given their verdicts on this claim already.");
        }
        return Optional.empty();
    }

    /** Why {@code reviewer} may not adjudicate (decide or send back) now, or empty when they may. */
    public Optional<String> adjudicationProblem(String reviewer) {
        if (!awaitsAdjudication()) {
            return Optional.of(
                    complete()
                            ? "The two verdicts agree, so there is nothing to adjudicate."
                            : "This claim does not await adjudication: " + verdicts.size() + " of " + VERDICTS
                                    + " verdicts are in.");
        }
        if (hasVerdictBy(reviewer)) {
            return Optional.of("You gave one of the two verdicts, so a third reviewer has to adjudicate.");
        }
        return Optional.empty();
    }

    /** "1 of 2 verdicts", "awaiting adjudication" — never whose verdicts or which. */
    public String progress() {
        if (awaitsAdjudication()) {
            return "awaiting adjudication";
        }
        return verdicts.size() + " of " + VERDICTS + " verdicts";
    }
}
