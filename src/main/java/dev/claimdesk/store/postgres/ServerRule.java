package dev.claimdesk.store.postgres;

import java.util.Optional;

/**
 * The rules the team server enforces (db/postgresql/V3__team_rules.sql), each with the SQLSTATE
 * its trigger raises. The trigger's message is a plain sentence meant for the user; the state lets
 * the store tell the rules apart without reading the words.
 */
public enum ServerRule {
    /** audit_log and review rows are never updated, deleted or truncated, not even by the owner. */
    HISTORY_APPEND_ONLY("CD001"),
    /** An article's text and its hash never change after import. */
    ARTICLE_TEXT_IMMUTABLE("CD002"),
    /** Approve, return and reopen (and approval, return and adjudication reviews) need an editor. */
    EDITORS_ONLY("CD003"),
    /** Nobody approves a verdict they proposed. */
    FOUR_EYES("CD004"),
    /** A claim moves only along the transitions of ClaimWorkflow. */
    TRANSITION_NOT_ALLOWED("CD005"),
    /** A transition lacks what it needs: a verdict to submit or approve, a reason to dismiss. */
    TRANSITION_NEEDS_DATA("CD006"),
    /** The verdict of a claim under review or approved stays as it was reviewed. */
    VERDICT_LOCKED("CD007"),
    /** A new claim starts as proposed, open or in research. */
    NEW_CLAIM_STATE("CD008"),
    /** A new reviewer's login name, role or password (hash) is not acceptable. */
    REVIEWER_INPUT("CD009"),
    /** A new reviewer's login name is taken on the server. */
    LOGIN_TAKEN("CD010"),
    /** The database cannot be set up: its name is too long, or a login has a group's name. */
    SETUP_CONFLICT("CD011"),
    /** An article's verdict scale is chosen before its first verdict and then stays. */
    SCALE_LOCKED("CD012"),
    /** Only a claim with two differing blind verdicts is adjudicated. */
    NOTHING_TO_ADJUDICATE("CD013");

    private final String sqlState;

    ServerRule(String sqlState) {
        this.sqlState = sqlState;
    }

    public String sqlState() {
        return sqlState;
    }

    public static Optional<ServerRule> of(String sqlState) {
        for (ServerRule r : values()) {
            if (r.sqlState.equals(sqlState)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
