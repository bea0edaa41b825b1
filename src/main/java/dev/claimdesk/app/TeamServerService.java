package dev.claimdesk.app;

import dev.claimdesk.domain.ServerAddress;
import dev.claimdesk.domain.TeamRole;
import dev.claimdesk.store.postgres.ServerLogin;
import dev.claimdesk.store.postgres.ServerSetup;
import java.util.List;
import java.util.Map;

/**
 * Setting up a team server (PostgreSQL): the schema and groups on an empty database, then the
 * reviewers' logins. The login in the address signs in with the password in {@code PGPASSWORD},
 * else the one in {@code ~/.pgpass}, as psql does. The app itself does not open team databases yet.
 */
public final class TeamServerService {
    private final Map<String, String> environment;

    /** @param environment where PGPASSWORD is looked up (the process's environment, or a test's) */
    public TeamServerService(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** What {@code init} made: the database, where, its group roles and its data format. */
    public record Initialized(String database, String server, String owner, List<String> groups, int dataFormat) {}

    public Initialized init(String address) {
        ServerAddress a = ServerAddress.parse(address);
        ServerLogin login = login(a);
        ServerSetup.Report r = ServerSetup.on(login).init();
        return new Initialized(r.database(), a.host() + ":" + a.port(), r.owner(), r.groups(), r.schemaVersion());
    }

    /**
     * Adds a reviewer's login with {@code role}. {@code password} is the new reviewer's; it is
     * hashed before it leaves this computer, and cleared here afterwards.
     */
    public void addReviewer(String address, String name, TeamRole role, char[] password) {
        try {
            ServerAddress a = ServerAddress.parse(address);
            ServerSetup.on(login(a)).addReviewer(name, role, password);
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }

    /**
     * Opens the team server at {@code a} as the app's database. The password is PGPASSWORD's, else
     * the one in ~/.pgpass, else what {@code prompt} asks (null: no asking; the server's refusal then
     * says where to put it). The password is cleared here once the login holds it.
     */
    public AppServices open(
            ServerAddress a, AppPaths paths, java.time.Clock clock, java.util.function.Supplier<char[]> prompt) {
        ServerLogin login = login(a);
        if (!login.hasPassword() && prompt != null) {
            char[] typed = prompt.get();
            try {
                if (typed != null && typed.length > 0) {
                    login = ServerLogin.of(a, typed);
                }
            } finally {
                if (typed != null) {
                    java.util.Arrays.fill(typed, '\0');
                }
            }
        }
        return AppServices.openServer(login, paths, clock);
    }

    /**
     * Opens the team server of the window's Connect dialog: with the password typed there, else
     * PGPASSWORD's, else the one in ~/.pgpass. The typed password is cleared once the login holds it.
     */
    public AppServices open(DatabaseLocation.Server server, AppPaths paths, java.time.Clock clock) {
        try {
            char[] typed = server.password();
            ServerLogin login = typed != null && typed.length > 0
                    ? ServerLogin.of(server.address(), typed)
                    : login(server.address());
            return AppServices.openServer(login, paths, clock);
        } finally {
            server.forget();
        }
    }

    /** What {@code copy} did: the rows per table, verified by count and checksum. */
    public record Copied(String from, String to, Map<String, Long> rows) {}

    /**
     * Copies the desk in {@code file} into the empty team database at {@code address}, signed in
     * as that database's owner; ids, names and times stay as they are. An older file is upgraded
     * first (after a backup, as the app does on opening it).
     */
    public Copied copy(java.nio.file.Path file, String address, BackupService backups) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new dev.claimdesk.domain.ClaimDeskException(
                    dev.claimdesk.domain.ClaimDeskException.Problem.NOT_FOUND,
                    "There is no database file " + file + " to copy.");
        }
        ServerAddress a = ServerAddress.parse(address);
        dev.claimdesk.store.Store store =
                dev.claimdesk.store.Store.open(file, backups::beforeUpgrade); // the current schema, or a plain refusal
        // Local copies attached before the database kept them travel too, when their files are here.
        new EvidenceService(store, java.time.Clock.systemUTC())
                .keepEarlierCopies(System.getProperty("user.name", "claimdesk"), () -> false);
        ServerLogin login = login(a);
        dev.claimdesk.store.postgres.ServerCopy.Report r = dev.claimdesk.store.postgres.ServerCopy.copy(file, login);
        return new Copied(file.toString(), a.display(), r.rows());
    }

    private ServerLogin login(ServerAddress a) {
        String pw = environment.get("PGPASSWORD");
        return ServerLogin.of(a, pw == null || pw.isEmpty() ? null : pw.toCharArray());
    }
}
