package dev.claimdesk.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * A change refused because it was based on an older version of a claim or evidence item: someone
 * (another reviewer, another window) changed it after it was read. Nothing was written; the
 * exception carries the row as it is now, so the app can show it.
 */
public final class ChangedMeanwhileException extends ClaimDeskException {
    private final transient Claim currentClaim;
    private final transient Evidence currentEvidence;
    private final String changedBy;
    private final Instant changedAt;

    private ChangedMeanwhileException(
            String message, Claim currentClaim, Evidence currentEvidence, String changedBy, Instant changedAt) {
        super(Problem.CHANGED_MEANWHILE, message);
        this.currentClaim = currentClaim;
        this.currentEvidence = currentEvidence;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /**
     * @param current the claim as it is now, or null when it is gone
     * @param who the actor of its newest history entry (null: unknown)
     * @param when the time of that entry (null: unknown)
     */
    public static ChangedMeanwhileException claim(long claimId, Claim current, String who, Instant when, Instant now) {
        String what = current == null ? "claim " + claimId : "this claim";
        String message = current == null
                ? "Claim " + claimId + " was removed by someone else; nothing was saved."
                : sentence(who, what, when, now) + "; nothing was saved. ClaimDesk shows the claim as it is now.";
        return new ChangedMeanwhileException(message, current, null, who, when);
    }

    /** As {@link #claim}, for an evidence item; {@code current} is null when it was deleted. */
    public static ChangedMeanwhileException evidence(Evidence current, String who, Instant when, Instant now) {
        String message = current == null
                ? "This evidence item was deleted by someone else; nothing was saved."
                : sentence(who, "this evidence item", when, now)
                        + "; nothing was saved. ClaimDesk shows the item as it is now.";
        return new ChangedMeanwhileException(message, null, current, who, when);
    }

    private static String sentence(String who, String what, Instant when, Instant now) {
        String subject = who == null || who.isBlank() ? "Someone else" : who;
        return subject + " changed " + what + (when == null ? " in the meantime" : " " + ago(when, now));
    }

    /** "just now", "a minute ago", "5 minutes ago", "an hour ago", "3 hours ago", "on 2 Dec at 14:03". */
    public static String ago(Instant when, Instant now) {
        long seconds = Duration.between(when, now).getSeconds();
        if (seconds < 45) {
            return "just now";
        }
        if (seconds < 90) {
            return "a minute ago";
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 45) {
            return minutes + " minutes ago";
        }
        if (minutes < 90) {
            return "an hour ago";
        }
        long hours = Math.round(minutes / 60.0);
        if (hours < 22) {
            return hours + " hours ago";
        }
        return "on "
                + DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.ENGLISH)
                        .withZone(ZoneId.systemDefault())
                        .format(when);
    }

    /** The claim as it is now (empty for an evidence item, or when the claim is gone). */
    public Optional<Claim> currentClaim() {
        return Optional.ofNullable(currentClaim);
    }

    /** The evidence item as it is now (empty for a claim, or when the item was deleted). */
    public Optional<Evidence> currentEvidence() {
        return Optional.ofNullable(currentEvidence);
    }

    /** Who made the newest recorded change (null: unknown). */
    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
