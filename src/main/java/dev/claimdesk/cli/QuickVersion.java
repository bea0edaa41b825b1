package dev.claimdesk.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * {@code claimdesk --version} answered before the log, picocli or the database are touched, so it
 * costs little more than starting the JVM. Prints the same line as picocli's own version help.
 * This class must not hold a logger: loading one would configure the log first.
 */
public final class QuickVersion {
    private QuickVersion() {}

    /** Prints the version and returns true when the whole command line asks for it and nothing else. */
    public static boolean printIfAsked(String[] args, PrintWriter out) {
        if (args.length != 1 || !(args[0].equals("--version") || args[0].equals("-V"))) {
            return false;
        }
        out.println(line());
        out.flush();
        return true;
    }

    /** The version line (also picocli's, through VersionProvider, whose interface is picocli's own). */
    static String line() {
        String v = QuickVersion.class.getPackage().getImplementationVersion();
        return "ClaimDesk " + (v == null ? "(development build)" : v);
    }

    /** As above, on standard output. */
    public static boolean printIfAsked(String[] args) {
        return printIfAsked(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    }
}
