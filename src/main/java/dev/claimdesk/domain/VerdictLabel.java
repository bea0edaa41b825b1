package dev.claimdesk.domain;

/**
 * One rating of a scale. {@code ordinal} is higher for truer ratings and null for ratings outside
 * the true-false line (misleading, unverifiable, not a claim). {@code colour} is "#rrggbb".
 */
public record VerdictLabel(
        long id, long scaleId, String code, String name, Integer ordinal, String colour, String hotkey, int sortOrder) {

    /** True for "not a factual claim": such a verdict needs no evidence. */
    public boolean meansNotAClaim() {
        return "NOT_A_CLAIM".equals(code);
    }
}
