package dev.claimdesk.app;

import dev.claimdesk.domain.ClaimDeskException;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * A damaged database file of which a readable backup exists: the message names the backup, and
 * the GUI and CLI can offer to restore it. Thrown only when such a backup exists, so no message
 * ever promises a backup that is not there.
 */
public final class DamagedDatabaseException extends ClaimDeskException {
    private final transient Path database;
    private final transient Backup newestBackup;

    DamagedDatabaseException(ClaimDeskException damage, Path database, Backup newestBackup, ZoneId zone) {
        super(
                Problem.CORRUPT_DATABASE,
                damage.userMessage() + " The newest backup of it is from " + newestBackup.when(zone) + " ("
                        + newestBackup.counts().summary() + "); restoring it keeps the damaged file as a backup"
                        + " too.",
                damage.getCause());
        this.database = database;
        this.newestBackup = newestBackup;
    }

    /** The damaged file. */
    public Path database() {
        return database;
    }

    /** The newest backup of it that can be read. */
    public Backup newestBackup() {
        return newestBackup;
    }
}
