package dev.claimdesk.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a reviewer may do on a team server (decision 0020p). Each role includes the one before:
 * reviewers research and propose verdicts; editors also approve, return and reopen; admins also
 * manage verdict scales and reviewers. The server enforces the same rules (db/postgresql).
 */
public enum TeamRole {
    REVIEWER("reviewer"),
    EDITOR("editor"),
    ADMIN("admin");

    /** The actions only editors (and admins) may take: the second person's decisions. */
    private static final Set<ClaimAction> EDITORS_ONLY =
            EnumSet.of(ClaimAction.APPROVE, ClaimAction.RETURN, ClaimAction.REOPEN, ClaimAction.ADJUDICATE);

    /** A server login: starts with a lower-case letter; lower-case letters, digits, "_", "." and "-". */
    private static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9_.-]{0,62}");

    private final String code;

    TeamRole(String code) {
        this.code = code;
    }

    /** The role as the server and the command line name it: reviewer, editor, admin. */
    public String code() {
        return code;
    }

    public boolean allows(ClaimAction action) {
        return this != REVIEWER || !EDITORS_ONLY.contains(action);
    }

    public boolean managesScalesAndReviewers() {
        return this == ADMIN;
    }

    /** Checks a login name for a new reviewer; returns it or says in words what is wrong. */
    public static String checkLoginName(String name) {
        String n = name == null ? "" : name.strip();
        if (!LOGIN.matcher(n).matches()) {
            String suggestion =
                    n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]", "").replaceFirst("^[^a-z]+", "");
            throw new ClaimDeskException(
                    ClaimDeskException.Problem.INVALID_INPUT,
                    "\"" + n + "\" cannot be a login name: start with a lower-case letter and use only lower-case"
                            + " letters, digits, \"_\", \".\" and \"-\" (at most 63)"
                            + (LOGIN.matcher(suggestion).matches() ? ", for example " + suggestion + "." : "."));
        }
        return n;
    }
}
