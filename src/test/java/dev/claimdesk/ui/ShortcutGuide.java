package dev.claimdesk.ui;

import dev.claimdesk.ui.action.ActionCatalogue;
import dev.claimdesk.ui.action.ShortcutRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The user guide's shortcut table, between two marker comments. {@link #main} writes it from the
 * action catalogue (scripts/shortcut-table.sh); {@code ShortcutDocsTest} fails when it is stale.
 */
public final class ShortcutGuide {
    static final Path GUIDE = Path.of("docs", "user-guide.md");
    static final String BEGIN =
            "<!-- shortcuts: written from ActionCatalogue by scripts/shortcut-table.sh; change the catalogue, not this"
                    + " table -->";
    static final String END = "<!-- end of shortcuts -->";

    private ShortcutGuide() {}

    /** The table between the markers. */
    static String table(String guide) {
        int begin = guide.indexOf(BEGIN);
        int end = guide.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("the guide has no shortcut markers: " + BEGIN + " … " + END);
        }
        return guide.substring(begin + BEGIN.length(), end).strip() + "\n";
    }

    /** The guide with this table between the markers. */
    static String withTable(String guide, String table) {
        table(guide); // the markers are there
        int begin = guide.indexOf(BEGIN) + BEGIN.length();
        int end = guide.indexOf(END);
        return guide.substring(0, begin) + "\n" + table + guide.substring(end);
    }

    /** The table's rows, without the heading. */
    static List<ShortcutRow> rows(String table) {
        return table.lines().skip(2).map(ShortcutGuide::row).toList();
    }

    private static ShortcutRow row(String line) {
        String inner = line.substring(2, line.length() - 2);
        String[] cells = inner.split(" (?<!\\\\)\\| ", -1);
        if (cells.length != 4) {
            throw new IllegalArgumentException("not a row of four cells: " + line);
        }
        return new ShortcutRow(unescape(cells[0]), unescape(cells[1]), unescape(cells[2]), unescape(cells[3]));
    }

    private static String unescape(String cell) {
        return cell.replace("\\|", "|");
    }

    /** Rewrites the table of the guide named (default docs/user-guide.md) from the catalogue. */
    public static void main(String[] args) throws IOException {
        Path guide = args.length > 0 ? Path.of(args[0]) : GUIDE;
        String text = Files.readString(guide, StandardCharsets.UTF_8);
        Files.writeString(guide, withTable(text, ActionCatalogue.markdownTable()), StandardCharsets.UTF_8);
    }
}
