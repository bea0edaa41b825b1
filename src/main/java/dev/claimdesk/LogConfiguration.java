package dev.claimdesk;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;

/**
 * The shipped log configuration, set up in code: Logback finds it through its {@link
 * Configurator} service (META-INF/services), so no XML is parsed at start-up (reading a
 * logback.xml loaded about 1,400 classes and cost 0.4-0.5 s of every start, decision 0025).
 *
 * <p>Everything goes to {@code claimdesk.log} in the folder the launcher names in the system
 * property {@code claimdesk.logDir} (the data folder's {@code logs/}), rolled daily and at 5 MB,
 * 14 days and 50 MB at most. Warnings and errors also reach the terminal, as one line without a
 * stack trace. PDFBox's complaints about damaged files and the embedding runtime's GPU notice
 * go to the file only: ClaimDesk says what matters in its own words.
 *
 * <p>A configuration file still wins: {@code -Dlogback.configurationFile=…}, or a
 * {@code logback-test.xml} on the class path (the tests').
 */
public final class LogConfiguration extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogConfiguration.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        String dir = System.getProperty("claimdesk.logDir", System.getProperty("java.io.tmpdir") + "/claimdesk-logs");
        Appender<ILoggingEvent> file = file(context, dir);
        Appender<ILoggingEvent> console = console(context);

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        root.addAppender(console);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("org.jdbi").setLevel(Level.WARN);
        context.getLogger("dev.claimdesk").setLevel(Level.INFO);
        fileOnly(context.getLogger("org.apache.pdfbox"), Level.ERROR, file);
        fileOnly(context.getLogger("ai.djl"), Level.WARN, file);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static Appender<ILoggingEvent> file(LoggerContext context, String dir) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir + "/claimdesk.log");
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir + "/claimdesk.%d{yyyy-MM-dd}.%i.log");
        rolling.setMaxFileSize(FileSize.valueOf("5MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("50MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.setEncoder(encoder(context, "%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n"));
        file.start();
        return file;
    }

    private static Appender<ILoggingEvent> console(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setTarget("System.err");
        ThresholdFilter warnings = new ThresholdFilter();
        warnings.setLevel("WARN");
        warnings.start();
        console.addFilter(warnings);
        // %nopex: stack traces go to the log file only, never to the terminal.
        console.setEncoder(encoder(context, "claimdesk: %-5level %msg%n%nopex"));
        console.start();
        return console;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }

    private static void fileOnly(Logger logger, Level level, Appender<ILoggingEvent> file) {
        logger.setLevel(level);
        logger.setAdditive(false);
        logger.addAppender(file);
    }
}
