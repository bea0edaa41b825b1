package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import net.miginfocom.swing.MigLayout;

/** Bottom line: message, background activity, current reviewer, database file. */
final class StatusBar extends JPanel {
    private final JLabel message = new JLabel(" ");
    private final JProgressBar activity = new JProgressBar();
    private final JLabel reviewer = new JLabel("No reviewer");
    private final JLabel database = new JLabel();
    private final javax.swing.JButton cancel = new javax.swing.JButton("Cancel");
    private dev.claimdesk.ui.task.TaskHandle cancellable;

    StatusBar() {
        super(new MigLayout("insets 3 8 3 8, fillx", "[grow, fill]16[]8[]16[]16[]", "[]"));
        setName("statusBar");
        putClientProperty(FlatClientProperties.STYLE, "background: $ClaimDesk.statusBar.background");
        message.setName("statusMessage");
        reviewer.setName("statusReviewer");
        reviewer.setIcon(Icons.get("reviewer"));
        database.setName("statusDatabase");
        activity.setIndeterminate(true);
        activity.setVisible(false);
        activity.putClientProperty(FlatClientProperties.STYLE, "arc: 4");
        add(message, "wmin 0");
        add(activity, "w 80!, h 6!");
        cancel.setName("statusCancel");
        cancel.setVisible(false);
        cancel.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_BORDERLESS);
        cancel.addActionListener(e -> {
            if (cancellable != null) {
                cancellable.cancel();
            }
        });
        add(cancel);
        add(reviewer);
        add(database, "wmax 420");
    }

    void setMessage(String text) {
        message.setText(text == null || text.isEmpty() ? " " : text);
        // A message longer than the bar is cut at its end: the whole of it shows on hovering.
        message.setToolTipText(text == null || text.isBlank() ? null : text);
    }

    void setActivity(String title) {
        activity.setVisible(title != null);
        activity.setToolTipText(title);
    }

    /** Shows a Cancel button for this task, or hides it (null). */
    void offerCancel(dev.claimdesk.ui.task.TaskHandle handle) {
        cancellable = handle;
        cancel.setVisible(handle != null);
    }

    void setReviewer(String text) {
        reviewer.setText(text);
    }

    /** The database: a file's name, or the team server (with an icon of its own). */
    void setDatabase(dev.claimdesk.app.DatabaseLocation where) {
        boolean server = where instanceof dev.claimdesk.app.DatabaseLocation.Server;
        database.setText(server ? "Team server " + where.display() : where.display());
        database.setToolTipText(where.detail());
    }
}
