package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The user guide's shortcut table is the app's F1 sheet, row for row. */
class ShortcutDocsTest {
    @Test
    void theUserGuideListsEveryShortcutOfTheSheet() throws Exception {
        String guide = Files.readString(Path.of("docs", "user-guide.md"));
        for (ShortcutSheet.Shortcut s : ShortcutSheet.ALL) {
            assertThat(guide).contains("| " + s.group() + " | " + s.keys() + " | " + s.what() + " |");
        }
        long rows = guide.lines()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| Where") && !l.startsWith("| ---"))
                .count();
        assertThat(rows).isEqualTo(ShortcutSheet.ALL.size());
    }
}
