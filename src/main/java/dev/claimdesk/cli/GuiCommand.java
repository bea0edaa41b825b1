package dev.claimdesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code claimdesk gui}: opens the main window (also what happens with no command). */
@Command(
        name = "gui",
        description = "Open the ClaimDesk window (the default).",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.FAILURE)
final class GuiCommand implements Runnable {
    @ParentCommand
    ClaimDeskCommand parent;

    private final Cli cli;

    GuiCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public void run() {
        cli.startGui(parent);
    }
}
