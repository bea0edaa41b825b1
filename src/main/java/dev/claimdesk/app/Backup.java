package dev.claimdesk.app;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One backup file of a database: when and why it was made, its size and, when it can be read,
 * what it holds ({@code counts} is null for a copy that cannot be read, e.g. of a damaged file).
 */
public record Backup(Path file, Path database, Instant madeAt, Reason reason, long sizeBytes, Counts counts) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** Why a backup was made; the code is part of its file name. */
    public enum Reason {
        DAILY("daily", true),
        BEFORE_UPGRADE("before-upgrade", true),
        BEFORE_RESTORE("before-restore", false),
        /** A file that could not be read, kept byte for byte before a backup replaced it. */
        DAMAGED("damaged", false),
        MANUAL("manual", false);

        private final String code;
        private final boolean rotated;

        Reason(String code, boolean rotated) {
            this.code = code;
            this.rotated = rotated;
        }

        public String code() {
            return code;
        }

        /**
         * Automatic copies are thinned out by the retention rule; the ones the user asked for and the
         * database as it was before a restore are kept until the user deletes them (a second restore
         * on the same day must not cost the first one's original).
         */
        public boolean rotated() {
            return rotated;
        }
    }

    /** What a backup holds. */
    public record Counts(int schemaVersion, long articles, long claims, long evidence, long auditEvents) {
        /** "1 article, 40 claims, 2 evidence items". */
        public String summary() {
            return plural(articles, "article", "articles") + ", " + plural(claims, "claim", "claims") + ", "
                    + plural(evidence, "evidence item", "evidence items");
        }

        private static String plural(long n, String one, String many) {
            return n + " " + (n == 1 ? one : many);
        }
    }

    /** When it was made, as shown to the user: "2025-02-11 09:30" in the given zone. */
    public String when(ZoneId zone) {
        return WHEN.format(madeAt.atZone(zone));
    }

    /** The file size for people: "812 bytes", "48.0 KB", "3.2 MB" (a decimal point in every locale). */
    public String size() {
        if (sizeBytes < 1024) {
            return sizeBytes + " bytes";
        }
        double kb = sizeBytes / 1024.0;
        return kb < 1024 ? String.format(Locale.ROOT, "%.1f KB", kb) : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
    }

    /**
     * True when the copy cannot be restored: it could not be read, or it is a damaged file kept as
     * it was (whose counts may still read, from the pages that survived).
     */
    public boolean damaged() {
        return counts == null || reason == Reason.DAMAGED;
    }

    Backup withCounts(Counts c) {
        return new Backup(file, database, madeAt, reason, sizeBytes, c);
    }
}
