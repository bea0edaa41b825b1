package dev.claimdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {
    static final Map<String, String> LINUX = Map.of("os.name", "Linux", "user.home", "/home/ada");

    @Test
    void linuxUsesXdgDataHomeOrItsDefault() {
        assertThat(AppPaths.resolve(null, Map.of(), LINUX).database())
                .isEqualTo(Path.of("/home/ada/.local/share/claimdesk/claimdesk.db"));
        assertThat(AppPaths.resolve(null, Map.of("XDG_DATA_HOME", "/data"), LINUX)
                        .database())
                .isEqualTo(Path.of("/data/claimdesk/claimdesk.db"));
    }

    @Test
    void macAndWindowsUseTheirUsualPlaces() {
        assertThat(AppPaths.resolve(null, Map.of(), Map.of("os.name", "Mac OS X", "user.home", "/Users/ada"))
                        .dataDir())
                .isEqualTo(Path.of("/Users/ada/Library/Application Support/ClaimDesk"));
        assertThat(AppPaths.resolve(
                                null, Map.of("APPDATA", "/appdata"), Map.of("os.name", "Windows 11", "user.home", "/u"))
                        .dataDir())
                .isEqualTo(Path.of("/appdata/ClaimDesk"));
    }

    @Test
    void theOptionBeatsTheEnvironmentWhichBeatsTheDefault() {
        Map<String, String> env = Map.of("CLAIMDESK_DB", "/env/x.db");
        assertThat(AppPaths.resolve(null, env, LINUX).database()).isEqualTo(Path.of("/env/x.db"));
        assertThat(AppPaths.resolve(Path.of("/opt/y.db"), env, LINUX).database())
                .isEqualTo(Path.of("/opt/y.db"));
    }

    @Test
    void theDataFolderCanBeMovedAndHoldsSettingsAndLogs() {
        AppPaths p = AppPaths.resolve(null, Map.of("CLAIMDESK_DATA_DIR", "/tmp/cd"), LINUX);
        assertThat(p.settingsFile()).isEqualTo(Path.of("/tmp/cd/settings.properties"));
        assertThat(p.logDir()).isEqualTo(Path.of("/tmp/cd/logs"));
        assertThat(p.database()).isEqualTo(Path.of("/tmp/cd/claimdesk.db"));
    }
}
