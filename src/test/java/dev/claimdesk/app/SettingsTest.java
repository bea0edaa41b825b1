package dev.claimdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.testsupport.ReadOnlyFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings that cannot be read or written are reported in words, not only logged. */
class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void settingsThatCannotBeSavedSaySoInPlainWords() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("locked"));
        Settings settings = Settings.load(folder.resolve("settings.properties"));
        settings.put("theme", "DARK");
        ReadOnlyFiles.make(folder);
        try {
            assertThatThrownBy(settings::save)
                    .isInstanceOf(ClaimDeskException.class)
                    .satisfies(e -> assertThat(((ClaimDeskException) e).userMessage())
                            .contains("could not save its settings")
                            .doesNotContain("Exception"));
        } finally {
            ReadOnlyFiles.undo(folder);
        }
        try (var files = Files.list(folder)) {
            assertThat(files).as("no temporary file left").isEmpty();
        }
    }

    @Test
    void unreadableSettingsStartWithDefaultsAndSaySo() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "theme=\\uZZZZ\n");
        Settings settings = Settings.load(file);
        assertThat(settings.get("theme")).isEmpty();
        assertThat(settings.loadProblem()).hasValueSatisfying(m -> assertThat(m).contains("defaults"));
        assertThat(Settings.load(dir.resolve("none.properties")).loadProblem()).isEmpty();
    }
}
