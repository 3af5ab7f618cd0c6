package org.gapcheck.report.render;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log, sent to the application's (logback) at WARNING and above: by default it prints
 * every font it loads to standard error through java.util.logging, which the CLI keeps for its own errors.
 */
final class PdfLog implements XRLogger {

    private PdfLog() {
    }

    /** Installs it once for the process; openhtmltopdf's logger is global. */
    static void install() {
        synchronized (XRLog.class) {
            if (!(XRLog.getLoggerImpl() instanceof PdfLog)) {
                XRLog.setLoggerImpl(new PdfLog());
            }
        }
    }

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            LoggerFactory.getLogger(where).error(msg, th);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            LoggerFactory.getLogger(where).warn(msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // The level is logback's to set (logback.xml), not openhtmltopdf's.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
    }
}
