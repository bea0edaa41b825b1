package dev.claimdesk.ui;

import dev.claimdesk.app.ExportService;
import dev.claimdesk.app.Settings;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where file choosers start: the folder last used for articles and for databases, and the file
 * last exported of each kind (its folder and name). Kept in the settings; a folder that is gone
 * makes the chooser start in the nearest folder that exists, as JFileChooser does.
 */
final class FileLocations {
    /** The kinds of files chosen, each remembered apart. */
    enum Place {
        ARTICLES("folder.articles"),
        DATABASES("folder.databases"),
        SCALES("folder.scales"),
        LOCAL_COPIES("folder.localCopies"),
        CHARTS("folder.charts");

        final String key;

        Place(String key) {
            this.key = key;
        }
    }

    private final Settings settings;
    private final Path fallback;

    /** @param fallback where choosers start before anything was chosen (the home folder) */
    FileLocations(Settings settings, Path fallback) {
        this.settings = settings;
        this.fallback = fallback;
    }

    static FileLocations inHome(Settings settings) {
        return new FileLocations(settings, home());
    }

    /** Remembers nothing: every chooser starts in the home folder. */
    static FileLocations forgetful() {
        return new FileLocations(null, home());
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home"));
    }

    private Optional<String> get(String key) {
        return settings == null ? Optional.empty() : settings.get(key);
    }

    private void put(String key, String value) {
        if (settings != null) {
            settings.put(key, value);
        }
    }

    Path folder(Place place) {
        return get(place.key).map(Path::of).orElse(fallback);
    }

    /** Remembers the folder of a file the user chose (the settings file is saved with the others). */
    void chose(Place place, Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            put(place.key, parent.toString());
        }
    }

    /** The file last exported of this kind, if any. */
    Optional<Path> lastExport(ExportService.Kind kind) {
        return get(exportKey(kind)).map(Path::of);
    }

    /** The folder of the last export of any kind (for a kind not exported yet), else the fallback. */
    Path exportFolder() {
        return get("export.lastFolder").map(Path::of).orElse(fallback);
    }

    void exported(ExportService.Kind kind, Path file) {
        Path abs = file.toAbsolutePath();
        put(exportKey(kind), abs.toString());
        if (abs.getParent() != null) {
            put("export.lastFolder", abs.getParent().toString());
        }
    }

    private static String exportKey(ExportService.Kind kind) {
        return "export.file." + kind.name();
    }
}
