package dev.claimdesk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server of this test JVM. With {@code CLAIMDESK_TEST_PG} set (a superuser's JDBC
 * URL, e.g. {@code jdbc:postgresql://localhost:5432/postgres?user=postgres&password=secret}) the
 * tests use that server; otherwise the first test that needs one starts a throwaway cluster under
 * {@code target/pg/<pid>} (one per JVM, so parallel test JVMs never share one) on a free port,
 * with its socket in a short folder under /tmp, and a shutdown hook stops it ({@code pg_ctl stop
 * -m fast}) and deletes it. Run as root, the cluster belongs to the {@code postgres} user
 * ({@code runuser}), since PostgreSQL refuses to run as root.
 *
 * <p>The programs are looked for in {@code -Dclaimdesk.test.pgBin=FOLDER} when given, else in the
 * newest {@code /usr/lib/postgresql/<version>/bin} (Debian's {@code postgresql} package), else on
 * the PATH. With neither a server nor the programs the tests are skipped with the reason, except
 * under {@code CI=true}, where that is a failure.
 */
public final class TestPostgres {
    private static final String ENV = "CLAIMDESK_TEST_PG";
    private static Object instance; // a TestPostgres, or the reason there is none (a String)

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String maintenanceDatabase;

    private TestPostgres(String host, int port, String user, String password, String maintenanceDatabase) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.maintenanceDatabase = maintenanceDatabase;
    }

    /** The server, or a skipped test (a failed one under CI=true) when there is none. */
    public static synchronized TestPostgres require() {
        if (instance == null) {
            instance = create();
        }
        if (instance instanceof String reason) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL tests must run in CI, but " + reason
                        + ". Install Debian's postgresql package (apt-get install -y postgresql) or set " + ENV
                        + ".");
            }
            Assumptions.abort("PostgreSQL tests skipped: " + reason + " (apt-get install postgresql, or set " + ENV
                    + " to a superuser's JDBC URL)");
        }
        return (TestPostgres) instance;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, password);
    }

    public Connection superuser() throws SQLException {
        return superuser(maintenanceDatabase);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    private static Object create() {
        String url = System.getenv(ENV);
        if (url != null && !url.isBlank()) {
            return fromUrl(url);
        }
        Path initdb = findInitdb();
        if (initdb == null) {
            return "PostgreSQL is not installed (no initdb in "
                    + System.getProperty("claimdesk.test.pgBin", "/usr/lib/postgresql/*/bin or on the PATH") + ") and "
                    + ENV + " is not set";
        }
        boolean root = isRoot();
        if (root && lookupUser("postgres") == null) {
            return "the tests run as root and this machine has no 'postgres' user to run the server";
        }
        return new Cluster(initdb.getParent(), root).start();
    }

    private static TestPostgres fromUrl(String url) {
        Properties p = org.postgresql.Driver.parseURL(url, new Properties());
        if (p == null) {
            throw new IllegalStateException(
                    ENV + " is not a PostgreSQL JDBC URL: " + url.replaceAll("password=[^&]*", "password=…"));
        }
        TestPostgres pg = new TestPostgres(
                p.getProperty("PGHOST", "localhost").split(",")[0],
                Integer.parseInt(p.getProperty("PGPORT", "5432").split(",")[0]),
                p.getProperty("user", System.getProperty("user.name")),
                p.getProperty("password"),
                p.getProperty("PGDBNAME", "postgres"));
        try (Connection c = pg.superuser();
                java.sql.ResultSet rs = c.createStatement()
                        .executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
            if (!rs.next() || !rs.getBoolean(1)) {
                throw new IllegalStateException(ENV + " must sign in as a superuser");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The server of " + ENV + " cannot be reached", e);
        }
        return pg;
    }

    private static Path findInitdb() {
        String bin = System.getProperty("claimdesk.test.pgBin");
        if (bin != null && !bin.isBlank()) {
            Path initdb = Path.of(bin, "initdb");
            return Files.isExecutable(initdb) ? initdb : null;
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Path newest = versions.map(v -> v.resolve("bin/initdb"))
                        .filter(Files::isExecutable)
                        .max(Comparator.comparingInt(TestPostgres::majorVersion))
                        .orElse(null);
                if (newest != null) {
                    return newest;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "initdb");
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static int majorVersion(Path initdb) {
        String name = initdb.getParent().getParent().getFileName().toString();
        return name.matches("\\d+") ? Integer.parseInt(name) : 0;
    }

    private static boolean isRoot() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static UserPrincipal lookupUser(String name) {
        try {
            return Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(name);
        } catch (IOException e) {
            return null;
        }
    }

    /** A throwaway cluster in target/pg/<pid>. */
    private static final class Cluster {
        private final Path bin;
        private final boolean asPostgresUser;
        private final Path base =
                Path.of(System.getProperty("claimdesk.test.pgDir", "target/pg")).toAbsolutePath();

        Cluster(Path bin, boolean asPostgresUser) {
            this.bin = bin;
            this.asPostgresUser = asPostgresUser;
        }

        Object start() {
            try {
                Files.createDirectories(base);
                removeClustersOfEndedJvms();
                Path dir = base.resolve(String.valueOf(ProcessHandle.current().pid()));
                deleteTree(dir);
                Files.createDirectories(dir);
                Path socketDir = Files.createTempDirectory(Path.of("/tmp"), "cdpg");
                String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
                Path pwfile = dir.resolve("superuser-password");
                Files.writeString(pwfile, password + "\n", StandardCharsets.UTF_8);
                handOver(dir, pwfile, socketDir);
                Path data = dir.resolve("data");
                run(
                        dir.resolve("initdb.log"),
                        bin.resolve("initdb").toString(),
                        "-D",
                        data.toString(),
                        "-U",
                        "postgres",
                        "--auth-local=trust",
                        "--auth-host=scram-sha-256",
                        "--pwfile=" + pwfile,
                        "--encoding=UTF8",
                        "--no-locale",
                        "--no-sync");
                Files.delete(pwfile);
                int port = startOnAFreePort(dir, data, socketDir);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(dir, data, socketDir)));
                return new TestPostgres("127.0.0.1", port, "postgres", password, "postgres");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Another program may take the free port before the server does: then try another. */
        private int startOnAFreePort(Path dir, Path data, Path socketDir) throws IOException {
            Path log = dir.resolve("server.log");
            for (int attempt = 1; ; attempt++) {
                int port = freePort();
                int rc = run(
                        dir.resolve("pg_ctl.log"),
                        bin.resolve("pg_ctl").toString(),
                        "-D",
                        data.toString(),
                        "-l",
                        log.toString(),
                        "-w",
                        "-t",
                        "300",
                        "-o",
                        "-p " + port + " -k " + socketDir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                                + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                        "start");
                if (rc == 0) {
                    return port;
                }
                String text = Files.exists(log) ? Files.readString(log) : "";
                if (attempt >= 5 || !text.contains("could not bind")) {
                    throw new IllegalStateException("The test PostgreSQL cluster did not start (pg_ctl exit " + rc
                            + "); see " + log + ":\n" + tail(text));
                }
            }
        }

        private void stop(Path dir, Path data, Path socketDir) {
            try {
                run(
                        dir.resolve("pg_ctl-stop.log"),
                        bin.resolve("pg_ctl").toString(),
                        "-D",
                        data.toString(),
                        "stop",
                        "-m",
                        "fast");
                deleteTree(dir);
                deleteTree(socketDir);
            } catch (IOException | RuntimeException e) {
                // The JVM is ending; the next run removes what is left (removeClustersOfEndedJvms).
            }
        }

        /** Clusters left by JVMs that were killed: stop them and delete them. */
        private void removeClustersOfEndedJvms() throws IOException {
            List<Path> stale = new ArrayList<>();
            try (Stream<Path> dirs = Files.list(base)) {
                dirs.filter(d -> d.getFileName().toString().matches("\\d+"))
                        .filter(d -> ProcessHandle.of(
                                        Long.parseLong(d.getFileName().toString()))
                                .map(h -> !h.isAlive())
                                .orElse(true))
                        .forEach(stale::add);
            }
            for (Path d : stale) {
                if (Files.exists(d.resolve("data/postmaster.pid"))) {
                    run(
                            d.resolve("pg_ctl-stop.log"),
                            bin.resolve("pg_ctl").toString(),
                            "-D",
                            d.resolve("data").toString(),
                            "stop",
                            "-m",
                            "immediate");
                }
                deleteTree(d);
            }
        }

        private void handOver(Path... paths) throws IOException {
            if (!asPostgresUser) {
                return;
            }
            UserPrincipal postgres = lookupUser("postgres");
            for (Path p : paths) {
                Files.setOwner(p, postgres);
            }
        }

        /** Runs a PostgreSQL program (as the postgres user when we are root); returns its exit code. */
        private int run(Path log, String... command) throws IOException {
            List<String> cmd = new ArrayList<>();
            if (asPostgresUser) {
                cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
            cmd.addAll(List.of(command));
            ProcessBuilder pb = new ProcessBuilder(cmd)
                    .directory(log.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().put("LC_ALL", "C");
            pb.environment().remove("PGDATA");
            try {
                int rc = pb.start().waitFor();
                if (rc != 0 && command[0].endsWith("initdb")) {
                    throw new IllegalStateException("initdb failed (exit " + rc + "):\n" + tail(Files.readString(log)));
                }
                return rc;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while running " + command[0], e);
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                return s.getLocalPort();
            }
        }

        private static String tail(String text) {
            return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
        }

        private static void deleteTree(Path root) throws IOException {
            if (!Files.exists(root)) {
                return;
            }
            try (Stream<Path> all = Files.walk(root)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
