package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.DatabaseLocation;
import dev.claimdesk.domain.ServerAddress;
import dev.claimdesk.testsupport.GuiTest;
import java.awt.Component;
import java.awt.Container;
import java.util.Optional;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/**
 * The Connect form's empty port and login mean what their grey text says, as psql's do: 5432 and
 * the computer's login. (The real-server journey cannot use these defaults: its throwaway cluster
 * runs on a random port with logins of its own.)
 */
@GuiTest
class ConnectDialogDefaultsTest {
    record Outcome(Optional<DatabaseLocation.Server> server, String problem) {}

    static Outcome fill(String host, String port, String database, String login) {
        return GuiActionRunner.execute(() -> {
            ConnectDialog d = new ConnectDialog(null, null, null);
            ((JTextComponent) find(d, "serverHost")).setText(host);
            ((JTextComponent) find(d, "serverPort")).setText(port);
            ((JTextComponent) find(d, "serverDatabase")).setText(database);
            ((JTextComponent) find(d, "serverLogin")).setText(login);
            ((AbstractButton) find(d, "connectOk")).doClick();
            Component problem = find(d, "serverProblem");
            Outcome o = new Outcome(d.choice(), problem instanceof JLabel l ? l.getText() : "");
            d.dispose();
            return o;
        });
    }

    @Test
    void anEmptyPortIs5432AndAnEmptyLoginTheComputersUser() {
        ServerAddress a = fill("db.example.org", "", "newsdesk", "")
                .server()
                .orElseThrow()
                .address();
        assertThat(a.port()).isEqualTo(ServerAddress.DEFAULT_PORT).isEqualTo(5432);
        assertThat(a.user()).isEqualTo(System.getProperty("user.name"));
        assertThat(a.host()).isEqualTo("db.example.org");
        assertThat(a.database()).isEqualTo("newsdesk");
    }

    @Test
    void aGivenPortAndLoginAreUsedAndABadPortIsRefusedInWords() {
        ServerAddress a = fill("db.example.org", "6543", "newsdesk", "bea")
                .server()
                .orElseThrow()
                .address();
        assertThat(a.port()).isEqualTo(6543);
        assertThat(a.user()).isEqualTo("bea");
        Outcome bad = fill("db.example.org", "70000", "newsdesk", "bea");
        assertThat(bad.server()).isEmpty();
        assertThat(bad.problem()).contains("1 to 65535");
    }

    static Component find(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof Container k) {
                Component f = find(k, name);
                if (f != null) {
                    return f;
                }
            }
        }
        if (root instanceof javax.swing.JDialog dialog && root != dialog.getContentPane()) {
            return find(dialog.getContentPane(), name);
        }
        return null;
    }
}
