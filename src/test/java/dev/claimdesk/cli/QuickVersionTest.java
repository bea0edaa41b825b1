package dev.claimdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickVersionTest {
    @TempDir
    Path dir;

    @Test
    void printsTheSameLineAsPicocliVersionHelp() {
        StringWriter quick = new StringWriter();
        assertThat(QuickVersion.printIfAsked(new String[] {"--version"}, new PrintWriter(quick)))
                .isTrue();
        StringWriter full = new StringWriter();
        int code =
                new Cli(paths -> {}, new PrintWriter(full), new PrintWriter(new StringWriter())).execute("--version");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(quick.toString()).startsWith("ClaimDesk ").isEqualTo(full.toString());
    }

    @Test
    void anyOtherCommandLineGoesToTheFullCli() {
        StringWriter out = new StringWriter();
        for (String[] args : List.of(
                new String[] {}, new String[] {"--version", "check"}, new String[] {"check"}, new String[] {"--help"
                })) {
            assertThat(QuickVersion.printIfAsked(args, new PrintWriter(out))).isFalse();
        }
        assertThat(out.toString()).isEmpty();
    }

    /** In a fresh JVM, {@code --version} loads neither the log, picocli nor the SQLite driver, and writes no file. */
    @Test
    void versionInAFreshJvmTouchesNeitherLogNorPicocliNorDatabase() throws Exception {
        Path classes = dir.resolve("classes.log");
        Path data = dir.resolve("data");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xlog:class+load=info:file=" + classes,
                        "-Dclaimdesk.dataDir=" + data,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dev.claimdesk.Launcher",
                        "--version")
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isZero();
        assertThat(output).startsWith("ClaimDesk ");
        String loaded = Files.readString(classes);
        assertThat(loaded).contains("dev.claimdesk.cli.QuickVersion");
        assertThat(loaded)
                .doesNotContain("ch.qos.logback")
                .doesNotContain("org.slf4j")
                .doesNotContain("picocli.")
                .doesNotContain("org.sqlite")
                .doesNotContain("org.jdbi");
        assertThat(data).doesNotExist();
    }
}
