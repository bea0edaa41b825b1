package dev.claimdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.DemoArticle;
import dev.claimdesk.testsupport.BadDatabases;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final AtomicBoolean guiStarted = new AtomicBoolean();

    private int run(String... args) {
        return new Cli(paths -> guiStarted.set(true), new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    @Test
    void aHealthyDatabasePassesWithASummary() {
        Path db = dir.resolve("ok.db");
        DemoArticle.importInto(AppServices.open(db, Clock.systemUTC()).articles(), "Ada");

        assertThat(run("--db", db.toString(), "check")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("healthy ClaimDesk database").contains("1 article,");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aTextFileRenamedToDbExitsWith2AndAPlainMessage() throws IOException {
        Path f = BadDatabases.textFileRenamed(dir);
        String before = BadDatabases.sha256(f);
        assertThat(run("--db", f.toString(), "check")).isEqualTo(ExitCodes.BAD_DATABASE);
        assertPlainMessage("not a database file");
        assertThat(BadDatabases.sha256(f)).isEqualTo(before);
    }

    @Test
    void aDamagedDatabaseExitsWith2AndAPlainMessage() throws IOException {
        Path f = BadDatabases.damagedPages(dir);
        String before = BadDatabases.sha256(f);
        assertThat(run("check", f.toString())).isEqualTo(ExitCodes.BAD_DATABASE);
        assertPlainMessage("is damaged");
        assertThat(BadDatabases.sha256(f)).isEqualTo(before);
    }

    @Test
    void aNewerDatabaseExitsWith2AndAPlainMessage() throws IOException {
        Path f = BadDatabases.newerSchema(dir);
        String before = BadDatabases.sha256(f);
        assertThat(run("--db", f.toString(), "check")).isEqualTo(ExitCodes.BAD_DATABASE);
        assertPlainMessage("newer version of ClaimDesk");
        assertThat(BadDatabases.sha256(f)).isEqualTo(before);
    }

    @Test
    void aMissingFileIsAFailureButNotABadDatabase() {
        assertThat(run("--db", dir.resolve("none.db").toString(), "check")).isEqualTo(ExitCodes.FAILURE);
        assertPlainMessage("There is no database file");
    }

    @Test
    void noCommandStartsTheGuiAndAWrongOptionIsAUsageError() {
        assertThat(run()).isEqualTo(ExitCodes.OK);
        assertThat(guiStarted).isTrue();
        assertThat(run("--no-such-option")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Unknown option");
    }

    @Test
    void helpAndVersionWork() {
        assertThat(run("--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("check").contains("gui").contains("Exit codes");
        assertThat(run("--version")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("ClaimDesk");
    }

    private void assertPlainMessage(String expected) {
        assertThat(err.toString())
                .startsWith("claimdesk: ")
                .contains(expected)
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(err.toString().lines()).hasSize(1);
    }
}
