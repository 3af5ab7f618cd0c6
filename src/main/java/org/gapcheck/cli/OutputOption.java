package org.gapcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Option;

/** {@code -o FILE}: where a command writes its result; standard output when absent. */
final class OutputOption {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    /** Writes all of {@code text} or nothing: a temporary file is moved into place, so no half-written file is left. */
    void write(String text, PrintWriter stdout) throws IOException {
        if (output == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes all of {@code bytes} to the file, or nothing; there is always a file (see {@link #given}). */
    void write(byte[] bytes) throws IOException {
        Path target = output.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), ".gapcheck-", ".tmp");
        try {
            Files.write(temporary, bytes);
            if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                // Temporary files are private; the result is an ordinary file like any the user writes.
                Files.setPosixFilePermissions(temporary, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Whether a file was named; binary output needs one (the CLI's standard output is a text stream). */
    boolean given() {
        return output != null;
    }
}
