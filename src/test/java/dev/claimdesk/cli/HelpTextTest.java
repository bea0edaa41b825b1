package dev.claimdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The help a user reads: every command's summary in the command list is a whole sentence (not a
 * first line cut at a comma), and no help text makes picocli warn about its formatting.
 */
class HelpTextTest {
    @Test
    void everyCommandsSummaryIsWholeAndNoHelpWarns() {
        PrintStream realErr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        List<String> summaries = new ArrayList<>();
        try {
            System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
            Cli cli = new Cli(p -> {}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
            CommandLine root = cli.commandLine();
            assertThat(help(root)).contains("Commands:");
            for (CommandLine sub : root.getSubcommands().values()) {
                help(sub);
                String[] description = sub.getCommandSpec().usageMessage().description();
                String[] header = sub.getCommandSpec().usageMessage().header();
                summaries.add(sub.getCommandName() + ": "
                        + (header.length > 0 ? header[0] : description.length > 0 ? description[0] : ""));
                for (CommandLine subSub : sub.getSubcommands().values()) {
                    help(subSub);
                }
            }
        } finally {
            System.setErr(realErr);
        }
        assertThat(warnings.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
        assertThat(summaries).allSatisfy(s -> assertThat(s).doesNotEndWith(",").doesNotEndWith(":"));
    }

    private static String help(CommandLine c) {
        StringWriter out = new StringWriter();
        c.usage(new PrintWriter(out));
        return out.toString();
    }
}
