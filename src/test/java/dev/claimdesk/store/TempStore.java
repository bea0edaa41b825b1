package dev.claimdesk.store;

import java.nio.file.Path;

/** Opens a real store file in a JUnit temp folder, with the real migrations. */
public final class TempStore {
    private TempStore() {}

    public static Store in(Path dir) {
        return Store.open(dir.resolve("test.db"));
    }
}
