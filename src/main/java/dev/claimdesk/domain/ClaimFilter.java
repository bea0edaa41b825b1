package dev.claimdesk.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which claims to show or export: the one filter behind the claim queue's choices and search box,
 * the export dialog and {@code claimdesk export}, so that they always agree. Each criterion left at
 * its "any" value lets every claim through; the search is matched by the full-text index, whose
 * hits are passed to {@link #matches}.
 *
 * @param states the claim must be in one of these states; empty: any state
 * @param kind the claim must be of this kind; null: any kind
 * @param flag red-flag codes: {@link Choice#any()}, any flag at all, none, or exactly this code
 * @param verdict verdict label ids: any, some verdict, none yet, or exactly this label
 * @param assignee reviewer names: any, assigned to someone, unassigned, or exactly this reviewer
 * @param search the words that must occur in the claim's text, rationale or evidence
 */
public record ClaimFilter(
        Set<ClaimState> states,
        ClaimKind kind,
        Choice<String> flag,
        Choice<Long> verdict,
        Choice<String> assignee,
        SearchQuery search) {

    /** Every claim. */
    public static final ClaimFilter ALL =
            new ClaimFilter(Set.of(), null, Choice.any(), Choice.any(), Choice.any(), SearchQuery.NONE);

    /** Claims still to be done: neither approved nor dismissed. */
    public static final Set<ClaimState> TO_DO =
            Set.copyOf(EnumSet.complementOf(EnumSet.of(ClaimState.APPROVED, ClaimState.DISMISSED)));

    public ClaimFilter {
        states = states == null ? Set.of() : Set.copyOf(states);
        flag = Objects.requireNonNullElse(flag, Choice.any());
        verdict = Objects.requireNonNullElse(verdict, Choice.any());
        assignee = Objects.requireNonNullElse(assignee, Choice.any());
        search = Objects.requireNonNullElse(search, SearchQuery.NONE);
    }

    public ClaimFilter withStates(Set<ClaimState> s) {
        return new ClaimFilter(s, kind, flag, verdict, assignee, search);
    }

    /** Only claims in {@code state}; null: any state. */
    public ClaimFilter withState(ClaimState state) {
        return withStates(state == null ? Set.of() : Set.of(state));
    }

    public ClaimFilter withKind(ClaimKind k) {
        return new ClaimFilter(states, k, flag, verdict, assignee, search);
    }

    public ClaimFilter withFlag(Choice<String> f) {
        return new ClaimFilter(states, kind, f, verdict, assignee, search);
    }

    public ClaimFilter withVerdict(Choice<Long> v) {
        return new ClaimFilter(states, kind, flag, v, assignee, search);
    }

    public ClaimFilter withAssignee(Choice<String> a) {
        return new ClaimFilter(states, kind, flag, verdict, a, search);
    }

    public ClaimFilter withSearch(SearchQuery q) {
        return new ClaimFilter(states, kind, flag, verdict, assignee, q);
    }

    /** True when no criterion is set: every claim passes. */
    public boolean isAll() {
        return equals(ALL);
    }

    /** True when only the states and the search are set (what SQL alone can answer). */
    public boolean onlyStatesAndSearch() {
        return kind == null && flag.isAny() && verdict.isAny() && assignee.isAny();
    }

    /**
     * True when {@code c} passes every criterion; {@code searchHits} are the ids the full-text index
     * found for {@link #search} (ignored, and may be null, when the search is empty).
     */
    public boolean matches(Claim c, Set<Long> searchHits) {
        return (states.isEmpty() || states.contains(c.state()))
                && (kind == null || c.kinds().contains(kind))
                && flag.test(
                        RedFlag.warnings(c.flags()).stream().map(RedFlag::code).toList())
                && verdict.test(
                        c.verdictLabelId() == null ? java.util.List.of() : java.util.List.of(c.verdictLabelId()))
                && assignee.test(c.assignee() == null ? java.util.List.of() : java.util.List.of(c.assignee()))
                && (search.isEmpty() || (searchHits != null && searchHits.contains(c.id())));
    }

    /**
     * One criterion over the values a claim has (its flag codes, its verdict, its assignee): any
     * value or none ({@code ANY}), at least one ({@code SOME}), none ({@code NONE}), or this one.
     */
    public record Choice<T>(Mode mode, T value) {
        public enum Mode {
            ANY,
            SOME,
            NONE,
            EXACTLY
        }

        public Choice {
            Objects.requireNonNull(mode, "mode");
            if ((mode == Mode.EXACTLY) != (value != null)) {
                throw new IllegalArgumentException("a value goes with EXACTLY, and only with it");
            }
        }

        public static <T> Choice<T> any() {
            return new Choice<>(Mode.ANY, null);
        }

        public static <T> Choice<T> some() {
            return new Choice<>(Mode.SOME, null);
        }

        public static <T> Choice<T> none() {
            return new Choice<>(Mode.NONE, null);
        }

        public static <T> Choice<T> exactly(T value) {
            return new Choice<>(Mode.EXACTLY, Objects.requireNonNull(value, "value"));
        }

        public boolean isAny() {
            return mode == Mode.ANY;
        }

        boolean test(java.util.Collection<T> values) {
            return switch (mode) {
                case ANY -> true;
                case SOME -> !values.isEmpty();
                case NONE -> values.isEmpty();
                case EXACTLY -> values.contains(value);
            };
        }
    }
}
