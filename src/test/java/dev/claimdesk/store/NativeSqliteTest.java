package dev.claimdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeSqliteTest {
    @TempDir
    Path data;

    private final String before = System.getProperty("org.sqlite.lib.path");
    private final String beforeName = System.getProperty("org.sqlite.lib.name");

    @AfterEach
    void restoreProperties() {
        restore("org.sqlite.lib.path", before);
        restore("org.sqlite.lib.name", beforeName);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void theLibraryIsCopiedOnceIntoTheDataFolderAndTheDriverPointedAtIt() throws Exception {
        System.clearProperty("org.sqlite.lib.path");
        Path dir = NativeSqlite.useCopyIn(data).orElseThrow();
        Path lib = dir.resolve(System.mapLibraryName("sqlitejdbc"));

        assertThat(dir).startsWith(data.resolve("native"));
        assertThat(dir.getFileName().toString()).contains(org.sqlite.SQLiteJDBCLoader.getVersion());
        assertThat(Files.size(lib)).isGreaterThan(100_000);
        assertThat(System.getProperty("org.sqlite.lib.path")).isEqualTo(dir.toString());
        assertThat(System.getProperty("org.sqlite.lib.name"))
                .isEqualTo(lib.getFileName().toString());

        FileTime old = FileTime.fromMillis(0);
        Files.setLastModifiedTime(lib, old);
        System.clearProperty("org.sqlite.lib.path");
        assertThat(NativeSqlite.useCopyIn(data)).contains(dir);
        assertThat(Files.getLastModifiedTime(lib))
                .as("the second start reuses the copy")
                .isEqualTo(old);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(lib);
        }
    }

    @Test
    void aLibraryPathChosenByTheUserIsKept() {
        System.setProperty("org.sqlite.lib.path", "/opt/own-sqlite");
        assertThat(NativeSqlite.useCopyIn(data)).isEqualTo(Optional.empty());
        assertThat(System.getProperty("org.sqlite.lib.path")).isEqualTo("/opt/own-sqlite");
        assertThat(data.resolve("native")).doesNotExist();
    }
}
