package dev.claimdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServerAddressTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "postgresql://ada@db.example.org:5433/newsdesk | db.example.org | 5433 | newsdesk | ada",
                "postgres://db.example.org/newsdesk             | db.example.org | 5432 | newsdesk |",
                "postgresql:///newsdesk                         | localhost      | 5432 | newsdesk |",
                "jdbc:postgresql://10.0.0.7/news%20desk?user=ada | 10.0.0.7      | 5432 | news desk | ada",
                "  POSTGRESQL://[::1]:6000/desk                 | [::1]          | 6000 | desk     |",
                "postgresql://grace.h%40desk@db_1/desk          | db_1           | 5432 | desk     | grace.h@desk"
            })
    void readsTheFormsPsqlAndTheJdbcDriverWrite(String text, String host, int port, String database, String user) {
        ServerAddress a = ServerAddress.parse(text);
        assertThat(a.host()).isEqualTo(host);
        assertThat(a.port()).isEqualTo(port);
        assertThat(a.database()).isEqualTo(database);
        assertThat(a.user()).isEqualTo(user);
        assertThat(ServerAddress.isServerAddress(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"desk.db", "/home/ada/postgresql/desk.db", "C:\\desk.db", "postgresql:/desk"})
    void filesAreNotServers(String text) {
        assertThat(ServerAddress.isServerAddress(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "postgresql://ada:secret@db.example.org/newsdesk",
                "postgresql://db.example.org/newsdesk?password=secret",
                "jdbc:postgresql://db.example.org/newsdesk?user=ada&PASSWORD=secret"
            })
    void aPasswordInTheAddressIsRefusedAndNeverRepeated(String text) {
        assertThatThrownBy(() -> ServerAddress.parse(text)).isInstanceOfSatisfying(ClaimDeskException.class, e -> {
            assertThat(e.userMessage()).startsWith("Leave the password out of the server address");
            assertThat(e.getMessage()).doesNotContain("secret");
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "postgresql://db.example.org            | it does not name the database",
                "postgresql://db.example.org:port/desk  | \"port\" is not a port number",
                "postgresql://db.example.org:70000/desk | \"70000\" is not a port number",
                "postgresql://a,b/desk                  | ClaimDesk connects to one server",
                "postgresql://ada:secret@db:x/desk      | Leave the password out"
            })
    void aWrongAddressIsExplained(String text, String why) {
        assertThatThrownBy(() -> ServerAddress.parse(text))
                .isInstanceOfSatisfying(
                        ClaimDeskException.class,
                        e -> assertThat(e.userMessage()).contains(why).doesNotContain("secret"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "postgresql://ada@db.example.org/desk?sslmode=verify-full | ada@db.example.org:5432/desk",
                "postgresql://db.example.org:5433/desk                    | db.example.org:5433/desk"
            })
    void showsWhereWithoutSettings(String text, String display) {
        ServerAddress a = ServerAddress.parse(text);
        assertThat(a.display()).isEqualTo(display);
        assertThat(a.toString()).isEqualTo(display);
    }

    @Test
    void keepsTheSettingsForTheDriverInTheirOrder() {
        ServerAddress a =
                ServerAddress.parse("postgresql://h/d?sslmode=verify-full&sslrootcert=/etc/ssl/root%2B.crt&user=ada");
        assertThat(a.settings())
                .containsExactly(Map.entry("sslmode", "verify-full"), Map.entry("sslrootcert", "/etc/ssl/root+.crt"));
        assertThat(a.user()).isEqualTo("ada");
    }
}
