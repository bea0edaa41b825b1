package dev.claimdesk.domain;

import java.util.Locale;

/** A person who reviews claims. Names are shown; initials mark their work in tables. */
public record Reviewer(long id, String name, String initials) {

    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_INITIALS_LENGTH = 5;

    /** Checks a name and initials typed by the user; returns a cleaned reviewer or throws. */
    public static Reviewer validated(String name, String initials) {
        String n = name == null ? "" : name.strip();
        String i = initials == null ? "" : initials.strip();
        if (n.isEmpty()) {
            throw new ClaimDeskException(ClaimDeskException.Problem.INVALID_INPUT, "Please enter your name.");
        }
        if (n.length() > MAX_NAME_LENGTH) {
            throw new ClaimDeskException(
                    ClaimDeskException.Problem.INVALID_INPUT,
                    "The name is too long: at most " + MAX_NAME_LENGTH + " characters.");
        }
        if (i.isEmpty()) {
            i = initialsOf(n);
        }
        if (i.codePointCount(0, i.length()) > MAX_INITIALS_LENGTH) {
            throw new ClaimDeskException(
                    ClaimDeskException.Problem.INVALID_INPUT,
                    "Initials can have at most " + MAX_INITIALS_LENGTH + " characters.");
        }
        return new Reviewer(0, n, i);
    }

    /** "Ada Lovelace" gives "AL"; a single Chinese name such as "王小明" gives "王". */
    public static String initialsOf(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            if (!part.isEmpty() && sb.codePointCount(0, sb.length()) < 3) {
                sb.appendCodePoint(part.codePointAt(0));
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }
}
