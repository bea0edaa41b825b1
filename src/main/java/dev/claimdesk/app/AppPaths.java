package dev.claimdesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where ClaimDesk keeps its files. The data folder holds the default database, the settings,
 * the backups, the log and the list of exports in progress. It follows each platform's convention and can be moved with {@code CLAIMDESK_DATA_DIR}
 * (or the system property {@code claimdesk.dataDir}); the database alone can be chosen with
 * {@code --db FILE} or {@code CLAIMDESK_DB}.
 */
public record AppPaths(Path dataDir, Path database) {
    public static final String DB_FILE_NAME = "claimdesk.db";

    /** Resolves the paths from the command line option (may be null), the environment and properties. */
    public static AppPaths resolve(Path dbOption, Map<String, String> env, Map<String, String> properties) {
        Path data = dataDir(env, properties);
        Path db;
        if (dbOption != null) {
            db = dbOption;
        } else if (notBlank(env.get("CLAIMDESK_DB"))) {
            db = Path.of(env.get("CLAIMDESK_DB"));
        } else {
            db = data.resolve(DB_FILE_NAME);
        }
        return new AppPaths(data.toAbsolutePath(), db.toAbsolutePath());
    }

    public static AppPaths fromSystem(Path dbOption) {
        Map<String, String> props = new java.util.HashMap<>();
        System.getProperties().forEach((k, v) -> props.put(String.valueOf(k), String.valueOf(v)));
        return resolve(dbOption, System.getenv(), props);
    }

    static Path dataDir(Map<String, String> env, Map<String, String> props) {
        if (notBlank(props.get("claimdesk.dataDir"))) {
            return Path.of(props.get("claimdesk.dataDir"));
        }
        if (notBlank(env.get("CLAIMDESK_DATA_DIR"))) {
            return Path.of(env.get("CLAIMDESK_DATA_DIR"));
        }
        String home = props.getOrDefault("user.home", ".");
        String os = props.getOrDefault("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return notBlank(appData) ? Path.of(appData, "ClaimDesk") : Path.of(home, "AppData", "Roaming", "ClaimDesk");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "ClaimDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return notBlank(xdg) ? Path.of(xdg, "claimdesk") : Path.of(home, ".local", "share", "claimdesk");
    }

    public Path settingsFile() {
        return dataDir.resolve("settings.properties");
    }

    /** Automatic backups, one folder per database file (see BackupService). */
    public Path backupDir() {
        return dataDir.resolve("backups");
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    /** Where exports in progress are listed, so that a killed export's temporary file is removed. */
    public Path exportJournalDir() {
        return dataDir.resolve("exports-in-progress");
    }

    /** The same data folder with another database (File > Open database). */
    public AppPaths withDatabase(Path otherDatabase) {
        return new AppPaths(dataDir, otherDatabase.toAbsolutePath());
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
