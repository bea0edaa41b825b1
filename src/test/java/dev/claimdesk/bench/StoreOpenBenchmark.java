package dev.claimdesk.bench;

import dev.claimdesk.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/**
 * Measures what opening a database costs at start-up, in a fresh JVM per run (as a user starts
 * the app): ClaimDesk's real open (read-only inspection + Flyway validate/migrate + Jdbi) against
 * the floor of a plain JDBC connection reading PRAGMA user_version. Run by scripts/bench.sh.
 *
 * <p>Arguments: {@code claimdesk-new DIR | claimdesk-existing DB | jdbc DB}. Prints milliseconds.
 */
public final class StoreOpenBenchmark {
    private StoreOpenBenchmark() {}

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        switch (args[0]) {
            case "claimdesk-new" -> Store.open(Files.createTempFile(Path.of(args[1]), "bench", ".db"));
            case "claimdesk-existing" -> Store.open(Path.of(args[1]));
            case "jdbc" -> {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[1]);
                        Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                    rs.next();
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        System.out.println(String.format(Locale.ROOT, "%s %.1f", args[0], ms));
    }
}
