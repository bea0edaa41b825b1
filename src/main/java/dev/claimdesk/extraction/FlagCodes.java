package dev.claimdesk.extraction;

/** The stable red-flag codes; exports and tests rely on them. */
public final class FlagCodes {
    public static final String UNIT_MISMATCH = "UNIT_MISMATCH";
    public static final String PERCENT_OVER_100 = "PERCENT_OVER_100";
    public static final String CHANGE_ARITHMETIC = "CHANGE_ARITHMETIC";
    public static final String SHARES_OVER_100 = "SHARES_OVER_100";
    public static final String INCONSISTENT_FIGURES = "INCONSISTENT_FIGURES";
    public static final String SUPERLATIVE = "SUPERLATIVE";
    public static final String SOURCE_AI = "SOURCE_AI";
    public static final String SOURCE_ANONYMOUS = "SOURCE_ANONYMOUS";
    public static final String SOURCE_SELF_INTERESTED = "SOURCE_SELF_INTERESTED";

    /** Not a warning: a change's arithmetic that nothing contradicts ({@link RedFlag#CHANGE_NOTE}). */
    public static final String CHANGE_NOTE = dev.claimdesk.domain.RedFlag.CHANGE_NOTE;

    private FlagCodes() {}
}
