package dev.claimdesk.cli;

import dev.claimdesk.domain.ClaimDeskException;

/** The CLI's exit codes; README.md documents them. Scripts rely on them: keep them stable. */
public final class ExitCodes {
    /** Success; for {@code check}: the database is healthy. */
    public static final int OK = 0;
    /** The command failed for another reason (missing file, invalid input, I/O); stderr says why. */
    public static final int FAILURE = 1;
    /** The database is not a ClaimDesk database, is damaged, or is from a newer ClaimDesk. */
    public static final int BAD_DATABASE = 2;
    /** An export finished but left out some claims (each reported on stderr with the reason). */
    public static final int INCOMPLETE = 3;
    /** The command line itself was wrong (unknown option, missing argument). */
    public static final int USAGE = 64;

    private ExitCodes() {}

    static int of(ClaimDeskException e) {
        return e.problem().isDatabaseFileProblem() ? BAD_DATABASE : FAILURE;
    }
}
