package org.gapcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.gapcheck.text.Printable;

/**
 * A defect in Gapcheck met by the CLI: the user sees one line and the path of a log holding the
 * command line and the stack trace, never the trace itself; the exit code is 3.
 */
final class InternalError {

    private InternalError() {
    }

    static int report(Throwable e, String[] args, PrintWriter err) {
        String where;
        try {
            Path log = Files.createTempFile("gapcheck-error-", ".log");
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            Files.writeString(log, Instant.now() + "\ngapcheck " + String.join(" ", args) + "\n\n" + trace, StandardCharsets.UTF_8);
            where = "the details are in " + log;
        } catch (IOException | RuntimeException | Error cannotWrite) {
            where = "no log could be written (" + cannotWrite.getClass().getSimpleName() + ")";
        }
        err.println("gapcheck: internal error (a defect in Gapcheck): " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + Printable.of(firstLine(e.getMessage()))) + "; " + where
                + "; please report it with the command line.");
        return ExitCode.INTERNAL_ERROR;
    }

    private static String firstLine(String message) {
        int cut = message.indexOf('\n');
        String line = cut < 0 ? message : message.substring(0, cut);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
