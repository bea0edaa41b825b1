package dev.claimdesk.cli;

import dev.claimdesk.app.AppPaths;
import dev.claimdesk.app.Backup;
import dev.claimdesk.app.BackupRestore;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code claimdesk restore BACKUP}: puts a backup back, over the database or into a new file. */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = {
            "Restore a backup (a path listed by 'claimdesk backups').",
            "Without --to it replaces the database, which is backed up first: close ClaimDesk windows on it.",
            "A damaged backup is refused (exit 2) and nothing changes."
        })
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    ClaimDeskCommand parent;

    @Parameters(paramLabel = "BACKUP", description = "The backup file to restore.")
    Path backup;

    @Option(
            names = "--to",
            paramLabel = "FILE",
            description = "Restore into this new file instead; the database is left as it is.")
    Path to;

    private final Cli cli;

    RestoreCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        AppPaths paths = cli.paths(parent.database());
        BackupRestore restore = new BackupRestore(cli.backups(paths));
        if (to != null) {
            Path written = restore.restoreAsNew(backup, to);
            cli.out().printf("Restored %s into the new file %s.%n", backup, written);
            return ExitCodes.OK;
        }
        Optional<Backup> kept = restore.restoreOver(backup, paths.database());
        cli.out().printf("Restored %s over %s.%n", backup, paths.database());
        kept.ifPresent(b -> cli.out().printf("The database as it was is kept as %s.%n", b.file()));
        return ExitCodes.OK;
    }
}
