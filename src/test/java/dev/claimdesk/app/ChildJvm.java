package dev.claimdesk.app;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A second JVM on the test classpath whose standard output is read line by line, and which can be
 * killed with SIGKILL ({@link ProcessHandle#destroyForcibly()} on Linux; unlike
 * {@link Process#destroyForcibly()} it keeps the pipe open, so what the child printed before it
 * died can still be read). Its standard error (the log)
 * goes to a file, quoted when something goes wrong.
 */
final class ChildJvm implements AutoCloseable {
    /** A safety net against a child that hangs; never an assertion about speed. */
    private static final long WAIT_SECONDS = 120;

    private final Process process;
    private final BufferedReader out;
    private final Path log;
    private final List<String> lines = new ArrayList<>();

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.log = log;
    }

    static ChildJvm start(Path log, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Short-lived: the quick compiler and a single-threaded collector start fastest on 2 cores.
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new ChildJvm(p, log);
    }

    /** Reads lines until one matches and returns it; fails if the child ends first. */
    String awaitLine(Predicate<String> wanted) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            if (out.ready()) {
                String line = out.readLine();
                if (line == null) {
                    break;
                }
                lines.add(line);
                if (wanted.test(line)) {
                    return line;
                }
            } else if (!process.isAlive() && !out.ready()) {
                break;
            } else {
                process.waitFor(2, TimeUnit.MILLISECONDS);
            }
        }
        return fail("the child ended or hung before the expected line; it printed %s; its log:%n%s", lines, log());
    }

    String awaitLine(String exactly) throws IOException, InterruptedException {
        return awaitLine(exactly::equals);
    }

    /** SIGKILL, then everything it had printed before it died. */
    List<String> killAndDrain() throws IOException, InterruptedException {
        process.toHandle().destroyForcibly();
        if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            fail("the killed child did not end");
        }
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            lines.add(line);
        }
        return lines;
    }

    /** Waits for the child to end by itself; everything it printed, and its exit code last. */
    List<String> awaitExit() throws IOException, InterruptedException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            lines.add(line);
        }
        if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            fail("the child did not end");
        }
        List<String> all = new ArrayList<>(lines);
        all.add("exit " + process.exitValue());
        return all;
    }

    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "(no log)";
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        out.close();
    }
}
