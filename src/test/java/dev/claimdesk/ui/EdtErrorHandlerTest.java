package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.awt.EventQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * An exception escaping code on the EDT becomes the error dialog in plain words and one log entry.
 * The handler is called on the EDT as AWT's event pump calls it (Thread.getDefaultUncaughtException
 * Handler for the EDT), rather than by throwing on the EDT: an exception really thrown there
 * replaces the event dispatch thread, which the GUI tests that run later in the same JVM share.
 */
class EdtErrorHandlerTest {
    private Thread.UncaughtExceptionHandler before;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(EdtErrorHandler.class);

    @BeforeEach
    void listen() {
        before = Thread.getDefaultUncaughtExceptionHandler();
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(before);
        logger.detachAppender(log);
    }

    @Test
    void anExceptionInAListenerShowsTheErrorDialogAndIsLoggedOnce() throws Exception {
        MainPresenterTest.FakeDialogs dialogs = new MainPresenterTest.FakeDialogs();
        EdtErrorHandler.install(dialogs);
        assertThat(Thread.getDefaultUncaughtExceptionHandler()).isInstanceOf(EdtErrorHandler.class);

        EventQueue.invokeAndWait(() -> Thread.getDefaultUncaughtExceptionHandler()
                .uncaughtException(
                        Thread.currentThread(), new IllegalStateException("secret internal detail at row 42")));

        assertThat(dialogs.errors).containsExactly(EdtErrorHandler.MESSAGE);
        assertThat(dialogs.errors.get(0)).doesNotContain("secret").doesNotContain("Exception");
        assertThat(log.list).filteredOn(e -> e.getLevel() == Level.ERROR).hasSize(1);
        assertThat(log.list.get(0).getThrowableProxy().getMessage()).isEqualTo("secret internal detail at row 42");
    }

    @Test
    void anErrorWhileTheDialogIsShownIsOnlyLogged() throws Exception {
        int[] shown = {0};
        EdtErrorHandler handler = new EdtErrorHandler((title, message) -> {
            shown[0]++;
            throw new IllegalStateException("the dialog failed too");
        });
        EventQueue.invokeAndWait(
                () -> handler.uncaughtException(Thread.currentThread(), new IllegalStateException("first")));

        assertThat(shown[0]).isEqualTo(1);
        assertThat(log.list).filteredOn(e -> e.getLevel() == Level.ERROR).hasSize(2);
    }
}
