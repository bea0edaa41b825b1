package dev.claimdesk.app;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exports in progress, so that the temporary file of an export killed half-way (kill -9, a
 * power cut) is removed on the next start. One small entry file per export, naming the target
 * folder and the temporary file, is created before the temporary file and deleted after it is
 * gone. The exporting process holds an OS lock on its entry; the OS drops the lock when the
 * process dies, however it dies, so a start in another process or window never removes the file
 * of an export that is still running (decision 0015c).
 */
final class ExportJournal {
    private static final Logger LOG = LoggerFactory.getLogger(ExportJournal.class);
    private static final String PREFIX = ".claimdesk-export-";
    private static final String SUFFIX = ".tmp";
    /** Only names this class makes are ever deleted, whatever an entry file says. */
    private static final Pattern TEMP_NAME =
            Pattern.compile(Pattern.quote(PREFIX) + "[0-9a-f-]{36}" + Pattern.quote(SUFFIX));

    /**
     * Entries of this JVM's running exports. On Linux, closing any channel of a file drops every
     * lock the process holds on it, so the clean-up must not even open its own process's entries.
     */
    private static final Set<Path> OWN = ConcurrentHashMap.newKeySet();

    private final Path dir;

    ExportJournal(Path dir) {
        this.dir = dir.toAbsolutePath();
    }

    /**
     * Records an export into {@code folder}; the entry stays locked until closed. When the data
     * folder cannot be written, the export goes ahead unrecorded: only the clean-up after a kill
     * is lost, which is no reason to refuse the export.
     */
    Entry begin(Path folder) {
        String id = UUID.randomUUID().toString();
        Path temp = folder.toAbsolutePath().resolve(PREFIX + id + SUFFIX);
        Path file = dir.resolve(id + ".properties");
        OWN.add(file);
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            FileLock lock = channel.lock();
            Properties p = new Properties();
            p.setProperty("folder", temp.getParent().toString());
            p.setProperty("temp", temp.getFileName().toString());
            StringWriter text = new StringWriter();
            p.store(text, "A ClaimDesk export in progress; its temporary file is removed at the next start.");
            channel.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
            return new Entry(file, channel, lock, temp);
        } catch (IOException e) {
            LOG.warn("Could not record the export in {}; a kill would leave {} behind", dir, temp, e);
            closeQuietly(channel, file);
            return new Entry(null, null, null, temp);
        }
    }

    private static void closeQuietly(FileChannel channel, Path file) {
        try {
            if (channel != null) {
                channel.close();
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove {}", file, e);
        } finally {
            OWN.remove(file);
        }
    }

    /** Deletes the temporary files of exports whose process has ended; returns how many it removed. */
    int cleanUp() {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.properties")) {
            for (Path entry : entries) {
                if (!OWN.contains(entry)) {
                    removed += cleanEntry(entry);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // Leftovers waste space but must never stop ClaimDesk from starting.
            LOG.warn("Could not clean up interrupted exports listed in {}", dir, e);
        }
        return removed;
    }

    private int cleanEntry(Path entry) throws IOException {
        boolean deleted;
        try (FileChannel channel = FileChannel.open(entry, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return 0; // another process is still exporting
            }
            Path temp = tempFileOf(read(channel));
            deleted = temp != null && Files.deleteIfExists(temp);
            if (deleted) {
                LOG.info("Removed {}, left by an export that was interrupted", temp);
            }
        } catch (OverlappingFileLockException e) {
            return 0; // another start in this JVM is looking at the same entry
        }
        Files.deleteIfExists(entry); // after closing: Windows deletes no open file
        return deleted ? 1 : 0;
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate((int) Math.min(channel.size(), 64 * 1024));
        while (bytes.hasRemaining() && channel.read(bytes) > 0) {
            // a few hundred bytes: one or two reads
        }
        return new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
    }

    /** The temporary file an entry names, or null when the entry is incomplete or names anything else. */
    private static Path tempFileOf(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        String folder = p.getProperty("folder");
        String name = p.getProperty("temp");
        if (folder == null || name == null || !TEMP_NAME.matcher(name).matches()) {
            return null;
        }
        Path f = Path.of(folder);
        return f.isAbsolute() ? f.resolve(name) : null;
    }

    /** One export in progress: its temporary file, listed and locked until {@link #close()}. */
    static final class Entry implements AutoCloseable {
        private final Path file;
        private final FileChannel channel;
        private final FileLock lock;
        private final Path tempFile;

        private Entry(Path file, FileChannel channel, FileLock lock, Path tempFile) {
            this.file = file;
            this.channel = channel;
            this.lock = lock;
            this.tempFile = tempFile;
        }

        Path tempFile() {
            return tempFile;
        }

        /** Call once the temporary file is gone (moved into place or deleted). */
        @Override
        public void close() {
            if (file == null) {
                return;
            }
            try {
                lock.release();
            } catch (IOException e) {
                LOG.warn("Could not unlock {}", file, e);
            }
            // A stale entry is harmless: the next start finds no temporary file and drops it.
            closeQuietly(channel, file);
        }
    }
}
