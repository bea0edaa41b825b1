package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import dev.claimdesk.app.DatabaseLocation;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ServerAddress;
import java.awt.Window;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * File > Connect to team server…: where the desk's PostgreSQL database is and who signs in. The
 * password goes to the connection only: it is never remembered, and an empty one means the one in
 * PGPASSWORD or ~/.pgpass, as psql finds it.
 */
final class ConnectDialog extends JDialog {
    /** The TLS modes offered, by what they are called here, with the driver's {@code sslmode}. */
    static final Map<String, String> TLS = tlsModes();

    private final JTextField host = Forms.field("serverHost", "e.g. db.example.org");
    private final JTextField port = Forms.field("serverPort", "Empty: " + ServerAddress.DEFAULT_PORT);
    private final JTextField database = Forms.field("serverDatabase", "e.g. newsdesk");
    private final JTextField login =
            Forms.field("serverLogin", "Empty: " + System.getProperty("user.name", "your computer login"));
    private final JPasswordField password = new JPasswordField(30);
    private final JComboBox<String> tls = new JComboBox<>(TLS.keySet().toArray(String[]::new));
    private final JLabel problem = Forms.problemLabel("serverProblem");
    private final Map<String, String> otherSettings = new LinkedHashMap<>();
    private DatabaseLocation.Server result;

    ConnectDialog(Window owner, ServerAddress prefill, String failure) {
        super(owner, "Connect to team server", ModalityType.APPLICATION_MODAL);
        setName("connectDialog");
        password.setName("serverPassword");
        password.putClientProperty(
                FlatClientProperties.PLACEHOLDER_TEXT, "Empty: the one saved for psql on this computer");
        tls.setName("serverTls");
        if (prefill != null) {
            host.setText(prefill.host());
            port.setText(String.valueOf(prefill.port()));
            database.setText(prefill.database());
            login.setText(prefill.user() == null ? "" : prefill.user());
            otherSettings.putAll(prefill.settings());
            String mode = otherSettings.remove("sslmode");
            TLS.forEach((name, value) -> {
                if (value.equals(mode)) {
                    tls.setSelectedItem(name);
                }
            });
        }
        JTextArea intro = Texts.paragraph("Work on your desk's shared database. Your IT gives you the server, the"
                + " database and your login; the server checks every change, and you are the login you"
                + " sign in with.");
        JButton ok = new JButton("Connect");
        ok.setName("connectOk");
        ok.addActionListener(e -> accept());
        JButton cancel = new JButton("Cancel");
        cancel.setName("connectCancel");
        cancel.addActionListener(e -> dispose());

        JPanel p = new JPanel(new MigLayout("insets 16, wrap 2", "[right][grow, fill, 300]", "[]12[][][][][][]8[]"));
        p.add(intro, "span 2, w 420!, align left");
        if (failure != null) {
            // A plain text area: the server's answer is never rendered as HTML.
            JTextArea said = Texts.paragraph(failure);
            said.setName("connectFailure");
            said.putClientProperty(FlatClientProperties.STYLE, "foreground: $Component.error.focusedBorderColor");
            p.add(said, "span 2, w 420!, align left");
        }
        p.add(new JLabel("Server"));
        p.add(host);
        p.add(new JLabel("Port"));
        p.add(port, "growx 0, w 90!");
        p.add(new JLabel("Database"));
        p.add(database);
        p.add(new JLabel("Login"));
        p.add(login);
        p.add(new JLabel("Password"));
        p.add(password);
        p.add(new JLabel("Encryption"));
        p.add(tls);
        p.add(problem, "span 2, align left");
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowOpened(java.awt.event.WindowEvent e) {
                (prefill == null ? host : password).requestFocusInWindow();
            }
        });
        DialogButtons.finish(this, p, cancel, ok);
        setResizable(false);
    }

    private static Map<String, String> tlsModes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("TLS when the server offers it", "prefer");
        m.put("TLS required", "require");
        m.put("TLS required, server certificate and name checked", "verify-full");
        m.put("No TLS (a trusted network only)", "disable");
        return java.util.Collections.unmodifiableMap(m);
    }

    private void accept() {
        String h = host.getText().strip();
        if (h.isEmpty()) {
            Forms.showProblem(host, problem, "Name the server (its host name or IP address).");
            return;
        }
        int p;
        try {
            // As psql: an empty port is PostgreSQL's usual one, an empty login the computer's user.
            p = port.getText().isBlank()
                    ? ServerAddress.DEFAULT_PORT
                    : Integer.parseInt(port.getText().strip());
        } catch (NumberFormatException e) {
            p = -1;
        }
        if (p < 1 || p > 65535) {
            Forms.showProblem(port, problem, "The port is a number from 1 to 65535 (PostgreSQL's usual one is 5432).");
            return;
        }
        String db = database.getText().strip();
        if (db.isEmpty()) {
            Forms.showProblem(database, problem, "Name the database on the server.");
            return;
        }
        String user = login.getText().isBlank()
                ? System.getProperty("user.name", "")
                : login.getText().strip();
        if (user.isEmpty()) {
            Forms.showProblem(login, problem, "Give your login on the server.");
            return;
        }
        Map<String, String> settings = new LinkedHashMap<>(otherSettings);
        settings.put("sslmode", TLS.get((String) tls.getSelectedItem()));
        ServerAddress address;
        try {
            address = new ServerAddress(h, p, db, user, settings);
            ServerAddress.parse(address.text()); // what the recent list will read back
        } catch (ClaimDeskException e) {
            Forms.showProblem(host, problem, e.userMessage());
            return;
        }
        result = new DatabaseLocation.Server(address, password.getPassword());
        password.setText("");
        dispose();
    }

    /** What OK gave, without showing the dialog (tests); empty before OK or when refused. */
    Optional<DatabaseLocation.Server> choice() {
        return Optional.ofNullable(result);
    }

    Optional<DatabaseLocation.Server> showAndWait() {
        setVisible(true);
        return Optional.ofNullable(result);
    }
}
