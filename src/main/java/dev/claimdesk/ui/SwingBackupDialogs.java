package dev.claimdesk.ui;

import dev.claimdesk.app.Backup;
import java.awt.Window;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;

/** The real restore dialogs, owned by the main window. */
final class SwingBackupDialogs implements BackupDialogs {
    private final Window owner;
    private final DialogService messages;

    SwingBackupDialogs(Window owner, DialogService messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<RestoreChoice> chooseBackup(Path database, List<Backup> backups, ZoneId zone) {
        Optional<RestoreDialog.Choice> choice = new RestoreDialog(owner, database, backups, zone).showAndWait();
        if (choice.isEmpty()) {
            return Optional.empty();
        }
        if (!choice.get().asNewFile()) {
            return Optional.of(new RestoreChoice(choice.get().backup(), null));
        }
        return chooseNewFile(database).map(f -> new RestoreChoice(choice.get().backup(), f));
    }

    private Optional<Path> chooseNewFile(Path database) {
        JFileChooser chooser =
                new JFileChooser(database.toAbsolutePath().getParent().toFile());
        chooser.setDialogTitle("Restore the backup into a new file");
        chooser.setFileFilter(new FileNameExtensionFilter("ClaimDesk databases (.db)", "db"));
        String name = database.getFileName().toString().replaceFirst("\\.db$", "");
        chooser.setSelectedFile(new java.io.File(name + "-restored.db"));
        if (chooser.showSaveDialog(owner) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        Path chosen = chooser.getSelectedFile().toPath();
        return Optional.of(
                chosen.getFileName().toString().contains(".")
                        ? chosen
                        : chosen.resolveSibling(chosen.getFileName() + ".db"));
    }

    @Override
    public boolean confirmReplace(Path database, Backup backup, ZoneId zone) {
        Object[] options = {"Replace", "Cancel"};
        String message = "Replace " + database.getFileName() + " with the backup from " + backup.when(zone) + " ("
                + backup.counts().summary() + ")? The database as it is now is kept as a backup first.";
        int answer = JOptionPane.showOptionDialog(
                owner,
                SwingDialogService.wrap(message),
                "Replace the current database",
                JOptionPane.DEFAULT_OPTION,
                JOptionPane.WARNING_MESSAGE,
                null,
                options,
                options[1]);
        return answer == 0;
    }

    @Override
    public void showError(String title, String message) {
        messages.showError(title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        messages.showInfo(title, message);
    }
}
