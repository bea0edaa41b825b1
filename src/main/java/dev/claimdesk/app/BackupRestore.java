package dev.claimdesk.app;

import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import dev.claimdesk.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup back: over the database (which is backed up first, even when damaged) or into a
 * new file. A backup that fails the full integrity check is refused and nothing changes.
 */
public final class BackupRestore {
    private static final Logger LOG = LoggerFactory.getLogger(BackupRestore.class);

    private final BackupService backups;

    public BackupRestore(BackupService backups) {
        this.backups = backups;
    }

    /**
     * Replaces {@code database} with {@code backup}. The database as it was is kept as a backup
     * first (returned; empty when there was no file): a consistent copy when it can be read, else
     * its bytes as they are. Close other ClaimDesk windows on the file first.
     */
    public Optional<Backup> restoreOver(Path backup, Path database) {
        Path source = BackupFolder.canonical(backup);
        Path target = BackupFolder.canonical(database);
        if (source.equals(target)) {
            throw new ClaimDeskException(
                    Problem.INVALID_INPUT, "That is the database itself, not a backup of it. Choose a backup.");
        }
        checkRestorable(source);
        Optional<Backup> kept = exists(target) ? Optional.of(keepCurrent(target)) : Optional.empty();
        replace(source, target);
        LOG.info("Restored {} over {}", source, target);
        return kept;
    }

    /** Copies {@code backup} to {@code newFile}, which must not exist yet. */
    public Path restoreAsNew(Path backup, Path newFile) {
        Path source = BackupFolder.canonical(backup);
        Path target = BackupFolder.canonical(newFile);
        if (exists(target)) {
            throw new ClaimDeskException(
                    Problem.INVALID_INPUT,
                    target.getFileName() + " already exists, and restoring never replaces another file."
                            + " Choose a new file name.");
        }
        checkRestorable(source);
        replace(source, target);
        LOG.info("Restored {} into the new file {}", source, target);
        return target;
    }

    private static void checkRestorable(Path backup) {
        try {
            Store.check(backup);
        } catch (ClaimDeskException e) {
            if (e.problem() == Problem.CORRUPT_DATABASE) {
                throw new ClaimDeskException(
                        Problem.CORRUPT_DATABASE,
                        "The backup " + backup.getFileName() + " is itself damaged, so ClaimDesk did not restore it"
                                + " and changed nothing. Choose another backup.",
                        e.getCause());
            }
            throw e;
        }
    }

    private Backup keepCurrent(Path database) {
        try {
            return backups.backUp(database, Backup.Reason.BEFORE_RESTORE);
        } catch (ClaimDeskException e) {
            if (!e.problem().isDatabaseFileProblem()) {
                throw e;
            }
            LOG.info("{} cannot be copied consistently ({}); keeping its bytes", database, e.userMessage());
        }
        Path copy = backups.newFile(database, Backup.Reason.DAMAGED);
        try {
            Files.copy(database, copy);
            Path wal = sibling(database, "-wal");
            if (Files.exists(wal)) {
                // Kept beside the copy under the name SQLite looks for, so nothing committed is lost.
                Files.copy(wal, sibling(copy, "-wal"));
            }
        } catch (IOException e) {
            throw BackupService.cannotWrite(copy, e);
        }
        return backups.backupAt(database, copy);
    }

    /** Copies through a temporary file beside the target, then moves it into place in one step. */
    private static void replace(Path source, Path target) {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".restoring");
        try {
            Files.createDirectories(target.getParent());
            Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
            // The old file's write-ahead log and index belong to it: SQLite would apply them to the
            // restored file. Their contents are in the backup just made.
            Files.deleteIfExists(sibling(target, "-wal"));
            Files.deleteIfExists(sibling(target, "-shm"));
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ClaimDeskException(
                    Problem.IO,
                    "ClaimDesk could not restore the backup to " + target + ". Check that there is free space and"
                            + " that you may write there.",
                    e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                LOG.warn("Temporary file {} could not be deleted", tmp, e);
            }
        }
    }

    private static boolean exists(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return true; // cannot tell: treat it as there, so nothing is overwritten unseen
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
