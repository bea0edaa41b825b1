package dev.claimdesk.ui;

import dev.claimdesk.app.AppServices;
import dev.claimdesk.app.DatabaseLocation;
import dev.claimdesk.domain.ClaimDeskException;
import java.nio.file.Path;
import java.util.function.Function;

/** How the window opens a database, a file or a team server; runs in the background. */
@FunctionalInterface
interface DatabaseOpener {
    AppServices open(DatabaseLocation where);

    /** An opener of files only (tests): a team server is refused in words. */
    static DatabaseOpener files(Function<Path, AppServices> opener) {
        return where -> {
            if (where instanceof DatabaseLocation.File f) {
                return opener.apply(f.path());
            }
            throw new ClaimDeskException(
                    ClaimDeskException.Problem.INVALID_INPUT, "This window opens database files only.");
        };
    }
}
