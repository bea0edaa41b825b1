package dev.claimdesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code claimdesk archive …}: the fact-check archive that "checked before" searches. */
@Command(
        name = "archive",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = "The archive of prior fact-checks from outside the desk, searched by 'claimdesk similar'.",
        subcommands = {ArchiveImportCommand.class})
final class ArchiveCommand implements Runnable {
    @ParentCommand
    ClaimDeskCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "say what to do: 'archive import FILE'.");
    }
}
