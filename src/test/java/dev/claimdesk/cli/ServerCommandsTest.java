package dev.claimdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.claimdesk.testsupport.PgDatabase;
import dev.claimdesk.testsupport.PostgresTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** {@code claimdesk server init} and {@code server add-reviewer} against a real server. */
@PostgresTest
class ServerCommandsTest {
    static final String PASSWORD = "a long secret 9f2c";
    static PgDatabase db;

    /** What one run printed, returned and logged. */
    record Run(int exit, String out, String err, String log) {}

    @BeforeAll
    static void setUp(PgDatabase database) {
        db = database;
        assertThat(run(owner(), "", "server", "init", db.address(db.owner())).exit())
                .isZero();
    }

    @AfterEach
    void noPgpassFile() {
        System.clearProperty("org.postgresql.pgpassfile");
    }

    /** The environment in which the database's owner signs in with PGPASSWORD. */
    static Map<String, String> owner() {
        return Map.of("PGPASSWORD", db.ownerPassword());
    }

    static Run run(Map<String, String> env, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // Everything ClaimDesk logs (at every level, kept off the console) and the rest from warnings up.
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger app = (Logger) LoggerFactory.getLogger("dev.claimdesk");
        Level level = app.getLevel();
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        app.addAppender(log);
        app.setAdditive(false);
        app.setLevel(Level.TRACE);
        int exit;
        try {
            exit = new Cli(p -> {}, new PrintWriter(out), new PrintWriter(err))
                    .withEnvironment(env)
                    .withInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))
                    .execute(args);
        } finally {
            root.detachAppender(log);
            app.detachAppender(log);
            app.setAdditive(true);
            app.setLevel(level);
        }
        String logged = log.list.stream()
                .map(e -> e.getFormattedMessage() + " " + (e.getThrowableProxy() == null ? "" : causes(e)))
                .collect(Collectors.joining("\n"));
        return new Run(exit, out.toString(), err.toString(), logged);
    }

    private static String causes(ILoggingEvent e) {
        StringBuilder sb = new StringBuilder();
        for (var t = e.getThrowableProxy(); t != null; t = t.getCause()) {
            sb.append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }

    @Test
    void initSetsUpAnEmptyDatabaseAndSaysWhatNext() throws SQLException {
        PgDatabase fresh = db.another("fresh");
        String url = fresh.address(fresh.owner());
        Run r = run(owner(), "", "server", "init", url);
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .isEqualTo("Set up " + fresh.name() + " on " + fresh.host() + ":" + fresh.port()
                        + " as a ClaimDesk team database (data format "
                        + dev.claimdesk.store.postgres.PostgresSchema.SCHEMA_VERSION + "), owned by "
                        + fresh.owner() + "; groups: "
                        + fresh.name() + "_reviewer, " + fresh.name() + "_editor, " + fresh.name() + "_admin.\n"
                        + "Add reviewers with: claimdesk server add-reviewer NAME [--role editor|admin] --db " + url
                        + "\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void initRefusesADatabaseThatHoldsSomething() throws SQLException {
        PgDatabase busy = db.another("busy");
        try (Connection c = busy.asOwner();
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE orders (id int)");
        }
        Run r = run(owner(), "", "server", "init", busy.address(busy.owner()));
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err())
                .startsWith("claimdesk: The database " + busy.name() + " is not empty (it holds the table"
                        + " public.orders)");
    }

    @Test
    void addReviewerMakesAReviewerWhoSignsInWithThePasswordFromStandardInput() throws SQLException {
        String grace = db.login("grace");
        Run r = run(owner(), PASSWORD + "\n", "server", "add-reviewer", grace, "--db", db.address(db.owner()));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .isEqualTo("Added " + grace + " as reviewer to " + db.name() + " on " + db.host() + ":" + db.port()
                        + "; " + grace + " signs in with that password.\n");
        try (Connection c = db.connect(grace, PASSWORD)) {
            assertThat(groups(c, grace)).isEqualTo("reviewer");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"editor", "admin", "EDITOR"})
    void theRoleOptionChoosesTheGroup(String role) throws SQLException {
        String who = db.login("role_" + role.toLowerCase(java.util.Locale.ROOT) + (role.equals("EDITOR") ? "2" : ""));
        Run r = run(
                owner(),
                PASSWORD + "\n",
                "server",
                "add-reviewer",
                who,
                "--role",
                role,
                "--db",
                db.address(db.owner()));
        assertThat(r.exit()).as(r.err()).isZero();
        try (Connection c = db.connect(who, PASSWORD)) {
            assertThat(groups(c, who))
                    .isEqualTo(role.equalsIgnoreCase("editor") ? "reviewer editor" : "reviewer editor admin");
        }
    }

    @Test
    void theDbOptionSaysWhichServerWhereverItStands() throws SQLException {
        Run missing = run(owner(), PASSWORD + "\n", "server", "add-reviewer", db.login("nowhere"));
        assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err())
                .startsWith("claimdesk: say which team server with --db postgresql://LOGIN@HOST/DATABASE.");

        Run file = run(owner(), PASSWORD + "\n", "--db", "desk.db", "server", "add-reviewer", db.login("filed"));
        assertThat(file.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(file.err()).contains("desk.db is not a server address.");

        Run before = run(
                owner(), PASSWORD + "\n", "--db", db.address(db.owner()), "server", "add-reviewer", db.login("before"));
        assertThat(before.exit()).as(before.err()).isZero();

        Map<String, String> env = new HashMap<>(owner());
        env.put("CLAIMDESK_DB", db.address(db.owner()));
        Run fromEnvironment = run(env, PASSWORD + "\n", "server", "add-reviewer", db.login("fromenv"));
        assertThat(fromEnvironment.exit()).as(fromEnvironment.err()).isZero();

        db.connect(db.login("before"), PASSWORD).close();
        db.connect(db.login("fromenv"), PASSWORD).close();
    }

    @Test
    void thePasswordIsNeverAnArgumentNeverPrintedNeverLogged() {
        Run asArgument = run(
                owner(),
                "",
                "server",
                "add-reviewer",
                db.login("x"),
                "--password",
                PASSWORD,
                "--db",
                db.address(db.owner()));
        assertThat(asArgument.exit()).isEqualTo(ExitCodes.USAGE);

        Run added = run(
                owner(), PASSWORD + "\n", "server", "add-reviewer", db.login("quiet"), "--db", db.address(db.owner()));
        Run again = run(
                owner(), PASSWORD + "\n", "server", "add-reviewer", db.login("quiet"), "--db", db.address(db.owner()));
        assertThat(added.exit()).isZero();
        assertThat(again.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(again.err())
                .isEqualTo("claimdesk: The server already has a login called " + db.login("quiet")
                        + "; choose another name.\n");
        assertThat(added.log()).contains("Added reviewer login " + db.login("quiet"));
        assertThat(again.log()).contains("Command failed");
        for (Run r : new Run[] {added, again}) {
            assertThat(r.out() + r.err() + r.log()).doesNotContain(PASSWORD).doesNotContain(db.ownerPassword());
        }

        Run inAddress = run(
                Map.of(),
                "",
                "server",
                "init",
                "postgresql://" + db.owner() + ":" + db.ownerPassword() + "@" + db.host() + "/" + db.name());
        assertThat(inAddress.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(inAddress.err()).startsWith("claimdesk: Leave the password out of the server address");
        assertThat(inAddress.err() + inAddress.log()).doesNotContain(db.ownerPassword());
    }

    @Test
    void aShortPasswordIsRefusedAndNoLoginIsMade() throws SQLException {
        Run r = run(owner(), "short\n", "server", "add-reviewer", db.login("short"), "--db", db.address(db.owner()));
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).isEqualTo("claimdesk: A reviewer's password needs at least 8 characters.\n");
        try (Connection c = db.asSuperuser()) {
            assertThat(c.createStatement()
                            .executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + db.login("short") + "'")
                            .next())
                    .isFalse();
        }
    }

    @Test
    void withoutPgpasswordTheSetupLoginUsesItsLineInPgpass(@TempDir Path dir) throws IOException, SQLException {
        PgDatabase viaFile = db.another("pgpass");
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, db.host() + ":" + db.port() + ":*:" + db.owner() + ":" + db.ownerPassword() + "\n");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        Run r = run(Map.of(), "", "server", "init", viaFile.address(viaFile.owner()));
        assertThat(r.exit()).as(r.err()).isZero();

        System.setProperty("org.postgresql.pgpassfile", dir.resolve("none").toString());
        Run none = run(Map.of(), "", "server", "init", db.another("nopass").address(db.owner()));
        assertThat(none.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(none.err())
                .isEqualTo("claimdesk: The server at " + db.host() + ":" + db.port() + " asks for the password of "
                        + db.owner() + ": put it in ~/.pgpass (a line host:port:database:login:password, readable"
                        + " only by you) or in the PGPASSWORD environment variable.\n");
    }

    @Test
    void aWrongPasswordOfTheSetupLoginIsOnePlainSentence() {
        Run r = run(
                Map.of("PGPASSWORD", "wrong-wrong"),
                PASSWORD + "\n",
                "server",
                "add-reviewer",
                db.login("never"),
                "--db",
                db.address(db.owner()));
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err())
                .isEqualTo("claimdesk: The server at " + db.host() + ":" + db.port() + " refused " + db.owner()
                        + ": the login name or password is wrong, or the login may not use the database " + db.name()
                        + ".\n");
    }

    @Test
    void serverWithoutWhatToDoIsAUsageError() {
        Run r = run(owner(), "", "server");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("claimdesk: say what to set up");
    }

    @Test
    void theFileOnlyCommandsSayWhatToUseOnAServer() {
        Run r = run(owner(), "", "--db", db.address(db.owner()), "check");
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err())
                .startsWith("claimdesk: This command works on a database file, and " + db.owner() + "@" + db.host()
                        + ":" + db.port() + "/" + db.name() + " is a team server. A team server is backed up on the"
                        + " server with pg_dump")
                .endsWith("checked by PostgreSQL itself.\n");
    }

    /** The ClaimDesk groups {@code who} is in, lowest first. */
    private static String groups(Connection c, String who) throws SQLException {
        StringBuilder sb = new StringBuilder();
        for (String kind : new String[] {"reviewer", "editor", "admin"}) {
            try (PreparedStatement st = c.prepareStatement("SELECT pg_has_role(?, ?, 'MEMBER')")) {
                st.setString(1, who);
                st.setString(2, db.name() + "_" + kind);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        sb.append(sb.isEmpty() ? "" : " ").append(kind);
                    }
                }
            }
        }
        return sb.toString();
    }
}
