package dev.claimdesk.app;

import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import dev.claimdesk.store.DatabaseContents;
import dev.claimdesk.store.DatabaseCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Automatic backups (design.md section 7): a consistent copy before every schema upgrade and on
 * the first open of each day, kept in the data folder's {@code backups} folder and thinned out by
 * the {@link Retention} rule; listing, and the "newest backup" offered when a file is damaged.
 */
public final class BackupService {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final Path root;
    private final Clock clock;
    private final Retention retention;

    public BackupService(Path root, Clock clock, Retention retention) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
        this.retention = retention;
    }

    /** Backups in the data folder, kept by the rule in the settings. */
    public static BackupService of(AppPaths paths, Settings settings, Clock clock) {
        return new BackupService(paths.backupDir(), clock, Retention.from(settings));
    }

    /** The time zone dates are shown in and days are counted in. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** Where the backups of {@code database} are kept. */
    public Path folderFor(Path database) {
        return BackupFolder.of(root, database).folder();
    }

    /** The backups of {@code database}, newest first, each with what it holds (read read-only). */
    public List<Backup> list(Path database) {
        List<Backup> read = new ArrayList<>();
        for (Backup b : names(database)) {
            read.add(b.withCounts(counts(b.file())));
        }
        return read;
    }

    /** The newest backup of {@code database} that can be read, if there is one. */
    public Optional<Backup> newest(Path database) {
        for (Backup b : names(database)) {
            Backup read = b.withCounts(counts(b.file()));
            if (!read.damaged()) {
                return Optional.of(read);
            }
        }
        return Optional.empty();
    }

    /** Makes a backup now, then thins out the automatic ones. */
    public Backup backUp(Path database, Backup.Reason reason) {
        Path target = newFile(database, reason);
        copy(BackupFolder.canonical(database), target);
        LOG.info("Backed up {} to {} ({})", database, target, reason.code());
        if (reason.rotated()) {
            rotate(database);
        }
        return backupAt(database, target);
    }

    /** The first call of each day (in the clock's zone) makes a backup; later calls that day do not. */
    public Optional<Backup> dailyIfDue(Path database) {
        if (!Files.isRegularFile(database)) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        boolean done = names(database).stream()
                .anyMatch(b -> b.madeAt().atZone(zone()).toLocalDate().equals(today));
        return done ? Optional.empty() : Optional.of(backUp(database, Backup.Reason.DAILY));
    }

    /** Called by the store before it upgrades an older file: the old file stays restorable. */
    public void beforeUpgrade(Path database) {
        backUp(database, Backup.Reason.BEFORE_UPGRADE);
    }

    /** A copy of {@code database} at {@code out}, replacing it atomically; outside the rotation. */
    public Path backUpTo(Path database, Path out) {
        Path db = BackupFolder.canonical(database);
        Path target = BackupFolder.canonical(out);
        if (target.equals(db)) {
            throw new ClaimDeskException(
                    Problem.INVALID_INPUT, "A backup cannot replace the database itself. Choose another file.");
        }
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".claimdesk-backup", ".tmp");
            Files.delete(tmp); // VACUUM INTO writes only to a file that does not exist yet
            try {
                DatabaseCopy.copy(db, tmp);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
        return target;
    }

    /**
     * A damaged-file error made more useful: when a readable backup of the file exists, the message
     * names it and the exception carries it, so the UI can offer it and the CLI can name the command.
     */
    public ClaimDeskException explain(Path database, ClaimDeskException e) {
        if (e.problem() != Problem.CORRUPT_DATABASE || e instanceof DamagedDatabaseException) {
            return e;
        }
        return newest(database)
                .<ClaimDeskException>map(
                        b -> new DamagedDatabaseException(e, BackupFolder.canonical(database), b, zone()))
                .orElse(e);
    }

    /** Deletes the automatic backups the retention rule does not keep. */
    void rotate(Path database) {
        List<Backup> automatic =
                names(database).stream().filter(b -> b.reason().rotated()).toList();
        Set<Backup> keep = retention.keep(automatic, zone());
        for (Backup b : automatic) {
            if (!keep.contains(b)) {
                try {
                    Files.deleteIfExists(b.file());
                    LOG.info("Deleted old backup {}", b.file());
                } catch (IOException e) {
                    LOG.warn("Old backup {} could not be deleted", b.file(), e);
                }
            }
        }
    }

    Backup backupAt(Path database, Path file) {
        return names(database).stream()
                .filter(b -> b.file().equals(file))
                .findFirst()
                .map(b -> b.withCounts(counts(file)))
                .orElseThrow(() -> new ClaimDeskException(Problem.IO, "The backup " + file + " disappeared."));
    }

    Path newFile(Path database, Backup.Reason reason) {
        BackupFolder folder = BackupFolder.of(root, database);
        try {
            return folder.newFile(clock.instant(), reason);
        } catch (IOException e) {
            throw cannotWrite(folder.folder(), e);
        }
    }

    private List<Backup> names(Path database) {
        try {
            return BackupFolder.of(root, database).list();
        } catch (IOException e) {
            LOG.warn("The backups of {} could not be listed", database, e);
            return List.of();
        }
    }

    /** Copies through a temporary name, so a backup that exists under its name is complete. */
    private static void copy(Path database, Path target) {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(tmp);
            DatabaseCopy.copy(database, tmp);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw cannotWrite(target, e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                LOG.warn("Temporary file {} could not be deleted", tmp, e);
            }
        }
    }

    private static Backup.Counts counts(Path file) {
        try {
            DatabaseContents c = DatabaseCopy.contents(file);
            return new Backup.Counts(c.schemaVersion(), c.articles(), c.claims(), c.evidence(), c.auditEvents());
        } catch (ClaimDeskException e) {
            LOG.info("Backup {} cannot be read: {}", file, e.userMessage(), e.getCause());
            return null;
        }
    }

    static ClaimDeskException cannotWrite(Path where, IOException e) {
        return new ClaimDeskException(
                Problem.IO,
                "ClaimDesk could not write the backup to " + where + ". Check that there is free space and that"
                        + " you may write there.",
                e);
    }
}
