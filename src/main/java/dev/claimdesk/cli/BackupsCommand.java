package dev.claimdesk.cli;

import dev.claimdesk.app.AppPaths;
import dev.claimdesk.app.Backup;
import dev.claimdesk.app.BackupService;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code claimdesk backups}: the backups of the database, newest first. Reads nothing but them. */
@Command(
        name = "backups",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = "List the backups of the database, newest first: date, size, what each holds, why it was "
                + "made, path. Works when the database itself is damaged.")
final class BackupsCommand implements Callable<Integer> {
    @ParentCommand
    ClaimDeskCommand parent;

    private final Cli cli;

    BackupsCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        AppPaths paths = cli.paths(parent.database());
        BackupService backups = cli.backups(paths);
        List<Backup> list = backups.list(paths.database());
        if (list.isEmpty()) {
            cli.out()
                    .printf(
                            "There is no backup of %s yet. ClaimDesk makes one on the first open of each day and"
                                    + " before an upgrade; 'claimdesk backup' makes one now.%n",
                            paths.database());
            return ExitCodes.OK;
        }
        cli.out()
                .printf(
                        "Backups of %s (in %s), newest first:%n",
                        paths.database(), backups.folderFor(paths.database()));
        for (Backup b : list) {
            cli.out()
                    .printf(
                            "%s  %9s  %-48s  %-14s  %s%n",
                            b.when(backups.zone()),
                            b.size(),
                            b.damaged()
                                    ? "cannot be read (damaged)"
                                    : b.counts().summary(),
                            b.reason().code(),
                            b.file());
        }
        return ExitCodes.OK;
    }
}
