package dev.claimdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * sqlite-jdbc copies its native library out of the jar into the temporary folder on every start.
 * ClaimDesk copies it once per sqlite-jdbc version into the data folder and points the driver at
 * that copy ({@code org.sqlite.lib.path}/{@code org.sqlite.lib.name}), so later starts load it in
 * place. On any trouble the driver's own extraction is left to do its work.
 */
public final class NativeSqlite {
    private static final Logger LOG = LoggerFactory.getLogger(NativeSqlite.class);

    private NativeSqlite() {}

    /** Before the first connection: the folder holding the library for this version, when it could be made. */
    public static Optional<Path> useCopyIn(Path dataDir) {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return Optional.empty(); // the user chose a library of their own
        }
        String folder = OSInfo.getNativeLibFolderPathForCurrentOS();
        String name = System.mapLibraryName("sqlitejdbc");
        String resource = "/org/sqlite/native/" + folder + "/" + name;
        Path dir = dataDir.resolve("native")
                .resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-" + folder.replace('/', '-'));
        Path lib = dir.resolve(name);
        try {
            if (!Files.isRegularFile(lib)) {
                try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        return Optional.empty();
                    }
                    Files.createDirectories(dir);
                    Path part = Files.createTempFile(dir, name, ".part");
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    // Atomic, so a second ClaimDesk starting at the same time never loads half a file.
                    Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not keep the SQLite library in {}; the driver extracts its own copy.", dir, e);
            return Optional.empty();
        }
        System.setProperty("org.sqlite.lib.path", dir.toString());
        System.setProperty("org.sqlite.lib.name", name);
        return Optional.of(dir);
    }
}
