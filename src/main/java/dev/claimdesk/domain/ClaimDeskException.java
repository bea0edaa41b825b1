package dev.claimdesk.domain;

/**
 * The one application exception. It carries a message for the user in plain words (what happened
 * and what to do next) and, separately, the technical cause for the log.
 */
public class ClaimDeskException extends RuntimeException {
    private final Problem problem;
    private final String userMessage;

    public ClaimDeskException(Problem problem, String userMessage) {
        this(problem, userMessage, null);
    }

    public ClaimDeskException(Problem problem, String userMessage, Throwable cause) {
        super(problem + ": " + userMessage, cause);
        this.problem = problem;
        this.userMessage = userMessage;
    }

    public Problem problem() {
        return problem;
    }

    /** The sentence shown to the user. Never contains a stack trace or class names. */
    public String userMessage() {
        return userMessage;
    }

    /** What kind of trouble this is; the CLI maps it to an exit code, the UI to a dialog title. */
    public enum Problem {
        NOT_A_DATABASE("Not a database"),
        NOT_A_CLAIMDESK_DATABASE("Not a ClaimDesk database"),
        CORRUPT_DATABASE("Damaged database"),
        NEWER_SCHEMA("Database from a newer ClaimDesk"),
        DATABASE_UNAVAILABLE("Database unavailable"),
        READ_ONLY("Read-only database"),
        DISK_FULL("Disk full"),
        RULE_VIOLATION("Not allowed"),
        CHANGED_MEANWHILE("Changed by someone else"),
        INVALID_INPUT("Invalid input"),
        NOT_FOUND("Not found"),
        IO("File problem"),
        CANCELLED("Cancelled");

        private final String title;

        Problem(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        /** True for problems with the database file itself (as opposed to one action). */
        public boolean isDatabaseFileProblem() {
            return this == NOT_A_DATABASE
                    || this == NOT_A_CLAIMDESK_DATABASE
                    || this == CORRUPT_DATABASE
                    || this == NEWER_SCHEMA;
        }
    }
}
