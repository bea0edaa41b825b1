package dev.claimdesk.app;

import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;

/** Checks that an action names who does it; every audited change needs an actor. */
final class Actor {
    private Actor() {}

    static String require(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new ClaimDeskException(
                    Problem.INVALID_INPUT, "Choose who you are (File > Switch reviewer) before making changes.");
        }
        return actor;
    }
}
