package dev.claimdesk.app;

import dev.claimdesk.domain.ClaimDeskException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-user preferences (theme, window bounds, current reviewer) in a properties file in the data
 * folder. A missing or unreadable file means defaults: preferences never stop the app starting.
 * Saving writes a temporary file and moves it into place, so a crash never leaves half a file.
 */
public final class Settings {
    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    public static Settings load(Path file) {
        Settings s = new Settings(file);
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                s.values.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Settings in {} could not be read; using defaults", file, e);
                s.loadProblem = "ClaimDesk could not read its settings in " + file
                        + ", so it starts with the defaults (light theme, no recent files).";
            }
        }
        return s;
    }

    private String loadProblem;

    /** Why the saved settings could not be read at start, for the status bar; empty when they were. */
    public Optional<String> loadProblem() {
        return Optional.ofNullable(loadProblem);
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public synchronized void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    /**
     * Writes the settings to disk, atomically. Call it off the UI thread. Throws with a plain
     * message when the file cannot be written, so the user hears of it.
     */
    public void save() {
        Properties copy;
        synchronized (this) {
            copy = (Properties) values.clone();
        }
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                copy.store(w, "ClaimDesk settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException e) {
            throw new ClaimDeskException(
                    ClaimDeskException.Problem.IO,
                    "ClaimDesk could not save its settings (theme, window size, reviewer, recent files) to " + file
                            + ". Check that you may write to that folder. Your work in the database is not affected.",
                    e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    LOG.warn("Could not delete {}", tmp, e);
                }
            }
        }
    }

    public Path file() {
        return file;
    }
}
