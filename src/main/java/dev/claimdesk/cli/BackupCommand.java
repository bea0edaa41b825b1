package dev.claimdesk.cli;

import dev.claimdesk.app.AppPaths;
import dev.claimdesk.app.Backup;
import dev.claimdesk.app.BackupService;
import dev.claimdesk.domain.ClaimDeskException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code claimdesk backup}: a consistent copy of the database, now. */
@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = {
            "Back up the database now (a consistent copy, also while ClaimDesk is working in it).",
            "Without --out the copy goes to the backups folder and is kept until you delete it."
        })
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    ClaimDeskCommand parent;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Write the copy to FILE instead (replaced atomically if it exists).")
    Path out;

    private final Cli cli;

    BackupCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        AppPaths paths = cli.paths(parent.database());
        BackupService backups = cli.backups(paths);
        try {
            if (out != null) {
                Path written = backups.backUpTo(paths.database(), out);
                cli.out().printf("Backed up %s to %s.%n", paths.database(), written);
            } else {
                Backup b = backups.backUp(paths.database(), Backup.Reason.MANUAL);
                cli.out()
                        .printf(
                                "Backed up %s to %s (%s).%n",
                                paths.database(), b.file(), b.counts().summary());
            }
        } catch (ClaimDeskException e) {
            throw backups.explain(paths.database(), e);
        }
        return ExitCodes.OK;
    }
}
