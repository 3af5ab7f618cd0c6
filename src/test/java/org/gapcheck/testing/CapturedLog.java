package org.gapcheck.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The lines one logger writes while open (a logback ListAppender on it), and each as logback.xml's
 * console pattern prints it.
 */
public final class CapturedLog implements AutoCloseable {

    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private CapturedLog(Logger logger) {
        this.logger = logger;
        appender.setContext(logger.getLoggerContext());
        appender.start();
        logger.addAppender(appender);
    }

    public static CapturedLog of(Class<?> type) {
        return new CapturedLog((Logger) LoggerFactory.getLogger(type));
    }

    public List<ILoggingEvent> lines() {
        return List.copyOf(appender.list);
    }

    /** The one line written; fails where there were none or several. */
    public ILoggingEvent only() {
        List<ILoggingEvent> lines = lines();
        assertEquals(1, lines.size(), lines.toString());
        return lines.get(0);
    }

    /** The line as the console appender of logback.xml prints it. */
    public String printed(ILoggingEvent line) {
        LoggerContext context = logger.getLoggerContext();
        ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME)
                .getAppender("STDERR");
        return ((LayoutWrappingEncoder<ILoggingEvent>) console.getEncoder()).getLayout().doLayout(line);
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}
