package dev.claimdesk.ui;

import dev.claimdesk.app.Backup;
import java.time.ZoneId;
import java.util.List;

/** The columns of the backup list: when, size, what it holds, why it was made. */
final class BackupTable {
    static final String[] COLUMNS = {"Made", "Size", "Articles", "Claims", "Evidence", "Why"};

    private BackupTable() {}

    static ListTableModel<Backup> model(ZoneId zone) {
        return new ListTableModel<>((b, column) -> cell(b, column, zone), COLUMNS);
    }

    static String cell(Backup b, int column, ZoneId zone) {
        return switch (column) {
            case 0 -> b.when(zone);
            case 1 -> b.size();
            case 2 ->
                b.damaged() ? "cannot be restored" : Long.toString(b.counts().articles());
            case 3 -> b.damaged() ? "" : Long.toString(b.counts().claims());
            case 4 -> b.damaged() ? "" : Long.toString(b.counts().evidence());
            default -> why(b.reason());
        };
    }

    static String why(Backup.Reason reason) {
        return switch (reason) {
            case DAILY -> "Daily";
            case BEFORE_UPGRADE -> "Before an upgrade";
            case BEFORE_RESTORE -> "Before a restore";
            case DAMAGED -> "Damaged file, kept";
            case MANUAL -> "Made by hand";
        };
    }

    /** The row to select first: the newest backup that can be restored, or -1. */
    static int firstReadable(List<Backup> backups) {
        for (int i = 0; i < backups.size(); i++) {
            if (!backups.get(i).damaged()) {
                return i;
            }
        }
        return -1;
    }
}
