package dev.claimdesk.domain;

import java.util.Locale;

/** A warning raised by the detector, with a stable code and an explanation for the reviewer. */
public record RedFlag(String code, String message) {
    /**
     * The code of a note, not a warning: the arithmetic of a change that nothing in its sentence
     * contradicts ("From 19 weeks to 11 weeks is −8 weeks (×0.58, −42.1 percent)."). The claim
     * detail shows it with the figures; the queue's flags, filters, counts and exports leave it out.
     */
    public static final String CHANGE_NOTE = "CHANGE_NOTE";

    /** Whether this is a note with the figures rather than a warning. */
    public boolean note() {
        return CHANGE_NOTE.equals(code);
    }

    /** The warnings of a list, without its notes. */
    public static java.util.List<RedFlag> warnings(java.util.List<RedFlag> flags) {
        if (flags.isEmpty()) {
            return flags; // most claims: no stream to build (the queue asks for every claim)
        }
        return flags.stream().noneMatch(RedFlag::note)
                ? flags
                : flags.stream().filter(f -> !f.note()).toList();
    }

    /**
     * The short name the app shows for a flag code (the queue's red-flag filter and tooltip):
     * {@code UNIT_MISMATCH} is "unit mismatch".
     */
    public static String label(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
