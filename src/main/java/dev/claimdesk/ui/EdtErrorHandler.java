package dev.claimdesk.ui;

import java.awt.EventQueue;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last safety net: an exception that escapes code running on the EDT (a listener, a
 * presenter) is logged once with its stack trace and shown as the error dialog in plain words,
 * instead of vanishing into the terminal. Other threads' exceptions are logged.
 */
final class EdtErrorHandler implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(EdtErrorHandler.class);
    static final String TITLE = "Something went wrong";
    static final String MESSAGE = "ClaimDesk ran into an error it did not expect. Your saved work is safe: every"
            + " change is saved when you make it. If something on screen looks wrong, use View > Refresh (F5). The"
            + " details are in the log file.";

    private final BiConsumer<String, String> showError;
    private boolean showing;

    /** @param showError shows the error dialog (title, message); called on the EDT */
    EdtErrorHandler(BiConsumer<String, String> showError) {
        this.showError = showError;
    }

    /** Makes this the handler of every thread that has none of its own, the EDT among them. */
    static EdtErrorHandler install(DialogService dialogs) {
        EdtErrorHandler handler = new EdtErrorHandler(dialogs::showError);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        return handler;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Unexpected error on {}", thread.getName(), error);
        if (error instanceof ThreadDeath) {
            return;
        }
        if (EventQueue.isDispatchThread()) {
            show();
        } else if (thread.getName().startsWith("AWT-EventQueue")) {
            EventQueue.invokeLater(this::show);
        }
    }

    private void show() {
        if (showing) {
            return; // an error while the dialog is up (or from it) is only logged
        }
        showing = true;
        try {
            showError.accept(TITLE, MESSAGE);
        } catch (RuntimeException again) {
            LOG.error("The error dialog could not be shown", again);
        } finally {
            showing = false;
        }
    }
}
