package dev.claimdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import from the terminal, in a fresh JVM as a user runs it, writes only its answer: no line
 * of a library's log (the embedding runtime's GPU warning was one) reaches the terminal.
 */
class ImportInAFreshJvmTest {
    @TempDir
    Path dir;

    @Test
    void importPrintsTheArticleIdAndNothingOnTheErrorStream() throws Exception {
        Path article = dir.resolve("bike-share.txt");
        try (InputStream in = getClass().getResourceAsStream("/news/lakeside-herald-bike-share.txt")) {
            Files.write(article, in.readAllBytes());
        }
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dclaimdesk.dataDir=" + dir.resolve("data"),
                        // The shipped log configuration: the class path without the tests' own
                        // classes and resources (their logback-test.xml would take over).
                        "-cp",
                        shippedClassPath(),
                        "dev.claimdesk.Launcher",
                        "import",
                        "--db",
                        dir.resolve("desk.db").toString(),
                        "--as",
                        "Lin Wei",
                        article.toString())
                .redirectError(err.toFile())
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isZero();
        assertThat(out.strip()).isEqualTo("1");
        assertThat(Files.readString(err)).isEmpty();
        assertThat(dir.resolve("data").resolve("logs")).exists(); // the log file is where such lines go
    }

    @Test
    void aLogConfigurationFileNamedOnTheCommandLineReplacesTheShippedOne() throws Exception {
        Path article = dir.resolve("bike-share.txt");
        try (InputStream in = getClass().getResourceAsStream("/news/lakeside-herald-bike-share.txt")) {
            Files.write(article, in.readAllBytes());
        }
        Path config = dir.resolve("own-logback.xml");
        Files.writeString(
                config,
                "<configuration><appender name=\"OUT\" class=\"ch.qos.logback.core.ConsoleAppender\">"
                        + "<encoder><pattern>OWN-CONFIG %msg%n</pattern></encoder></appender>"
                        + "<root level=\"INFO\"><appender-ref ref=\"OUT\"/></root></configuration>");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dclaimdesk.dataDir=" + dir.resolve("data"),
                        "-Dlogback.configurationFile=" + config,
                        "-cp",
                        shippedClassPath(),
                        "dev.claimdesk.Launcher",
                        "import",
                        "--db",
                        dir.resolve("desk.db").toString(),
                        "--as",
                        "Lin Wei",
                        article.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isZero();
        assertThat(out).contains("OWN-CONFIG Opened database"); // the shipped one keeps INFO in the file
        assertThat(dir.resolve("data").resolve("logs").resolve("claimdesk.log")).doesNotExist();
    }

    static String shippedClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }
}
