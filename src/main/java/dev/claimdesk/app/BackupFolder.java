package dev.claimdesk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the backups of one database file live and how they are named. Each database gets its own
 * folder, named after the file and a hash of its full path, so two files both called
 * {@code claimdesk.db} never share backups; {@code database.txt} in the folder names the file.
 * Backup names carry the time in UTC ({@code claimdesk-20250211-083000-daily.db}), which sorts
 * in order whatever the time zone or daylight saving does.
 */
final class BackupFolder {
    static final String SOURCE_FILE = "database.txt";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME =
            Pattern.compile("(.+)-(\\d{8}-\\d{6})-(" + String.join("|", codes()) + ")(?:-(\\d+))?\\.db");

    private final Path folder;
    private final Path database;

    private BackupFolder(Path folder, Path database) {
        this.folder = folder;
        this.database = database;
    }

    /** The folder (under {@code root}) for the backups of {@code database}. */
    static BackupFolder of(Path root, Path database) {
        Path key = canonical(database);
        return new BackupFolder(root.resolve(stem(key) + "-" + hash(key.toString())), key);
    }

    Path folder() {
        return folder;
    }

    Path database() {
        return database;
    }

    /** A new, unused file name for a backup made at {@code at}; creates the folder. */
    Path newFile(Instant at, Backup.Reason reason) throws IOException {
        Files.createDirectories(folder);
        Path source = folder.resolve(SOURCE_FILE);
        if (!Files.exists(source)) {
            Files.writeString(source, database + System.lineSeparator(), StandardCharsets.UTF_8);
        }
        String base =
                stem(database) + "-" + STAMP.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC)) + "-" + reason.code();
        Path file = folder.resolve(base + ".db");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(base + "-" + n + ".db");
        }
        return file;
    }

    /** The backups in the folder, newest first, without reading them. */
    List<Backup> list() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                parse(f).ifPresent(found::add);
            }
        }
        // Within one second, "-2" was made after the name without a number.
        found.sort(Comparator.comparing(Backup::madeAt)
                .thenComparingInt(BackupFolder::sequence)
                .reversed());
        return found;
    }

    private Optional<Backup> parse(Path f) throws IOException {
        Matcher m = NAME.matcher(f.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(f)) {
            return Optional.empty();
        }
        Instant at = LocalDateTime.parse(m.group(2), STAMP).toInstant(ZoneOffset.UTC);
        Backup.Reason reason = Arrays.stream(Backup.Reason.values())
                .filter(r -> r.code().equals(m.group(3)))
                .findFirst()
                .orElseThrow();
        return Optional.of(new Backup(f, database, at, reason, Files.size(f), null));
    }

    private static int sequence(Backup b) {
        Matcher m = NAME.matcher(b.file().getFileName().toString());
        return m.matches() && m.group(4) != null ? Integer.parseInt(m.group(4)) : 1;
    }

    /**
     * The file's full path with links resolved where it exists (so one file reached two ways is
     * one database); a file not created yet keeps its absolute path.
     */
    static Path canonical(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            Path parent = abs.getParent();
            return parent != null && Files.isDirectory(parent)
                    ? parent.toRealPath().resolve(abs.getFileName())
                    : abs;
        } catch (IOException e) {
            return abs;
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        StringBuilder safe = new StringBuilder();
        stem.codePoints().forEach(c -> safe.appendCodePoint(Character.isLetterOrDigit(c) || c == '_' ? c : '_'));
        return safe.toString();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static List<String> codes() {
        return Arrays.stream(Backup.Reason.values()).map(Backup.Reason::code).toList();
    }
}
