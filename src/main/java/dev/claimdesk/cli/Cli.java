package dev.claimdesk.cli;

import dev.claimdesk.app.AppPaths;
import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.BackupService;
import dev.claimdesk.app.DamagedDatabaseException;
import dev.claimdesk.app.GuiStarter;
import dev.claimdesk.app.Settings;
import dev.claimdesk.app.TeamServerService;
import dev.claimdesk.domain.ClaimDeskException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Runs the command line. Errors reach the user as one plain sentence on stderr and an exit code;
 * the technical cause goes to the log file, never to the terminal.
 */
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private final GuiStarter gui;
    private java.io.InputStream in = System.in;
    private java.io.OutputStream stdout = System.out;
    private final PrintWriter out;
    private final PrintWriter err;
    private boolean guiStarted;
    private Path dataDir;
    private Clock clock = Clock.systemDefaultZone();
    private Map<String, String> environment = System.getenv();

    public Cli(GuiStarter gui, PrintWriter out, PrintWriter err) {
        this.gui = gui;
        this.out = out;
        this.err = err;
    }

    /**
     * The CLI on the process's own standard streams. {@code gui} is given the standard-output writer
     * (the window's start-up probe writes its milestones there): only the CLI touches the terminal.
     */
    public static Cli onStandardStreams(java.util.function.Function<PrintWriter, GuiStarter> gui) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        return new Cli(gui.apply(out), out, new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    }

    /** The command tree as picocli builds it (the help texts are read from it in tests). */
    CommandLine commandLine() {
        return new CommandLine(new ClaimDeskCommand(this), new Factory(this));
    }

    /** Runs one command line and returns its exit code. */
    public int execute(String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e));
        cl.setParameterExceptionHandler(this::usageError);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** True when the command started the GUI: the process must then keep running. */
    public boolean guiStarted() {
        return guiStarted;
    }

    /** Where {@code score -} reads from (tests replace standard input). */
    public Cli withInput(java.io.InputStream input) {
        this.in = input;
        return this;
    }

    java.io.InputStream in() {
        return in;
    }

    /** Raw standard output for byte-exact exports; tests replace it. */
    public Cli withStdout(java.io.OutputStream output) {
        this.stdout = output;
        return this;
    }

    java.io.OutputStream stdout() {
        out.flush();
        return stdout;
    }

    /** Another data folder (settings, backups) than the system's; tests use a temporary one. */
    public Cli withDataDir(Path folder) {
        this.dataDir = folder;
        return this;
    }

    /** The clock for change times and backups; tests use a fixed one. */
    public Cli withClock(Clock c) {
        this.clock = c;
        return this;
    }

    /** The paths for the {@code --db} option (may be null). */
    AppPaths paths(Path dbOption) {
        if (dataDir == null) {
            return AppPaths.fromSystem(dbOption);
        }
        Map<String, String> props = new HashMap<>();
        System.getProperties().forEach((k, v) -> props.put(String.valueOf(k), String.valueOf(v)));
        props.put("claimdesk.dataDir", dataDir.toString());
        return AppPaths.resolve(dbOption, System.getenv(), props);
    }

    BackupService backups(AppPaths paths) {
        return BackupService.of(paths, Settings.load(paths.settingsFile()), clock);
    }

    /**
     * Opens the database of the command line: the team server of --db or CLAIMDESK_DB (signed in
     * with PGPASSWORD, else ~/.pgpass, else a password typed at the terminal), or the file, as
     * {@link #openDatabase(Path)} does.
     */
    AppServices openDatabase(ClaimDeskCommand parent) {
        java.util.Optional<dev.claimdesk.domain.ServerAddress> server = parent.server();
        if (server.isEmpty()) {
            return openDatabase(parent.database());
        }
        java.io.Console console = System.console();
        java.util.function.Supplier<char[]> prompt = console == null || in != System.in
                ? null
                : () -> console.readPassword("Password of %s: ", server.get().display());
        return teamServer().open(server.get(), paths(null), clock, prompt);
    }

    /** Opens the database as every command does: upgrade backup first, then the daily backup. */
    AppServices openDatabase(Path dbOption) {
        AppPaths paths = paths(dbOption);
        BackupService backups = backups(paths);
        AppServices app = AppServices.open(paths, clock, backups);
        backups.dailyIfDue(app.databaseFile());
        return app;
    }

    Clock clock() {
        return clock;
    }

    /** The environment the commands read (PGPASSWORD, CLAIMDESK_DB); tests use their own. */
    public Cli withEnvironment(Map<String, String> env) {
        this.environment = Map.copyOf(env);
        return this;
    }

    Map<String, String> environment() {
        return environment;
    }

    TeamServerService teamServer() {
        return new TeamServerService(environment);
    }

    /**
     * A secret typed by the user: at the terminal without echo, twice to rule out a typing mistake;
     * otherwise (a script, a test) the first line of standard input.
     */
    char[] readSecret(String prompt) {
        java.io.Console console = System.console();
        return console != null && in == System.in ? SecretLine.typedTwice(console, prompt) : SecretLine.read(in);
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    void startGui(Path db) {
        gui.start(AppPaths.fromSystem(db));
        guiStarted = true;
    }

    /** The window on the team server of --db or CLAIMDESK_DB (settings and logs in the data folder). */
    void startGui(ClaimDeskCommand parent) {
        java.util.Optional<dev.claimdesk.domain.ServerAddress> server = parent.server();
        if (server.isEmpty()) {
            startGui(parent.database());
            return;
        }
        gui.startOnServer(paths(null), server.get());
        guiStarted = true;
    }

    /** A wrong command line: the documented one sentence, and where to find the right options. */
    private int usageError(CommandLine.ParameterException e, String[] args) {
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        String message = e.getMessage() == null ? "the command line is not complete." : e.getMessage();
        err.println("claimdesk: " + message);
        err.println("Run '" + command + " --help' to see what it takes.");
        return ExitCodes.USAGE;
    }

    private int handle(Exception e) {
        if (e instanceof ClaimDeskException cde) {
            LOG.info("Command failed: {}", cde.userMessage(), cde.getCause());
            err.println("claimdesk: " + cde.userMessage() + restoreHint(cde));
            return ExitCodes.of(cde);
        }
        LOG.error("Unexpected failure", e);
        err.println("claimdesk: something went wrong that ClaimDesk did not expect. Details are in the log file.");
        return ExitCodes.FAILURE;
    }

    /** For a damaged file with a backup: the command that restores the backup. */
    private static String restoreHint(ClaimDeskException e) {
        if (!(e instanceof DamagedDatabaseException d)) {
            return "";
        }
        return " Restore it with: claimdesk --db " + quoted(d.database()) + " restore "
                + quoted(d.newestBackup().file());
    }

    /** A path as a shell word: quoted when it holds anything but plain characters. */
    static String quoted(Path p) {
        String s = p.toString();
        return s.matches("[\\w./:@+-]+") ? s : "\"" + s.replace("\"", "\\\"") + "\"";
    }

    /** Creates the commands with a reference to this CLI. */
    private record Factory(Cli cli) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == GuiCommand.class) {
                return type.cast(new GuiCommand(cli));
            }
            if (type == CheckCommand.class) {
                return type.cast(new CheckCommand(cli));
            }
            if (type == CopyCommand.class) {
                return type.cast(new CopyCommand(cli));
            }
            if (type == ExtractCommand.class) {
                return type.cast(new ExtractCommand(cli));
            }
            if (type == ScoreCommand.class) {
                return type.cast(new ScoreCommand(cli));
            }
            if (type == ArchiveImportCommand.class) {
                return type.cast(new ArchiveImportCommand(cli));
            }
            if (type == SimilarCommand.class) {
                return type.cast(new SimilarCommand(cli));
            }
            if (type == ImportCommand.class) {
                return type.cast(new ImportCommand(cli));
            }
            if (type == ArticlesCommand.class) {
                return type.cast(new ArticlesCommand(cli));
            }
            if (type == ClaimsCommand.class) {
                return type.cast(new ClaimsCommand(cli));
            }
            if (type == ActCommand.class) {
                return type.cast(new ActCommand(cli));
            }
            if (type == VerdictCommand.class) {
                return type.cast(new VerdictCommand(cli));
            }
            if (type == AddEvidenceCommand.class) {
                return type.cast(new AddEvidenceCommand(cli));
            }
            if (type == ExportCommand.class) {
                return type.cast(new ExportCommand(cli));
            }
            if (type == BackupCommand.class) {
                return type.cast(new BackupCommand(cli));
            }
            if (type == BackupsCommand.class) {
                return type.cast(new BackupsCommand(cli));
            }
            if (type == RestoreCommand.class) {
                return type.cast(new RestoreCommand(cli));
            }
            if (type == StatsCommand.class) {
                return type.cast(new StatsCommand(cli));
            }
            if (type == ScalesCommand.class) {
                return type.cast(new ScalesCommand(cli));
            }
            if (type == ServerInitCommand.class) {
                return type.cast(new ServerInitCommand(cli));
            }
            if (type == ServerAddReviewerCommand.class) {
                return type.cast(new ServerAddReviewerCommand(cli));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
