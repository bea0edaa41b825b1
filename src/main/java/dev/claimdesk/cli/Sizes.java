package dev.claimdesk.cli;

import java.util.Locale;

/** File sizes for people: "812 bytes", "48.0 KB", "3.2 MB" (decimal point whatever the locale). */
final class Sizes {
    private Sizes() {}

    static String of(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double kb = bytes / 1024.0;
        return kb < 1024
                ? String.format(Locale.ROOT, "%.1f KB", kb)
                : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
    }
}
