package dev.claimdesk.domain;

/**
 * One rating of a scale. {@code ordinal} is its rank, higher for truer ratings, and null for
 * ratings outside the true-false line (misleading, unverifiable, not a claim). {@code colour} is
 * "#rrggbb". {@code ratingValue} and {@code alternateName} are what a ClaimReview publishes for it
 * (the rating's number and its words); a {@code retired} label stays on the verdicts that used it
 * but is no longer offered.
 */
public record VerdictLabel(
        long id,
        long scaleId,
        String code,
        String name,
        Integer ordinal,
        String colour,
        String hotkey,
        int sortOrder,
        Integer ratingValue,
        String alternateName,
        boolean retired) {

    /** A label whose published rating value is its rank and whose published words are its name. */
    public VerdictLabel(
            long id,
            long scaleId,
            String code,
            String name,
            Integer ordinal,
            String colour,
            String hotkey,
            int sortOrder) {
        this(id, scaleId, code, name, ordinal, colour, hotkey, sortOrder, ordinal, null, false);
    }

    /** True for "not a factual claim": such a verdict needs no evidence. */
    public boolean meansNotAClaim() {
        return "NOT_A_CLAIM".equals(code);
    }

    /** The words a ClaimReview publishes: the alternate name when set, else the name. */
    public String publishedName() {
        return alternateName == null || alternateName.isBlank() ? name : alternateName;
    }

    public VerdictLabel withScale(long newId, long newScaleId) {
        return new VerdictLabel(
                newId, newScaleId, code, name, ordinal, colour, hotkey, sortOrder, ratingValue, alternateName, retired);
    }

    public VerdictLabel asRetired() {
        return new VerdictLabel(
                id, scaleId, code, name, ordinal, colour, hotkey, sortOrder, ratingValue, alternateName, true);
    }
}
