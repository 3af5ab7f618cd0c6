package org.gapcheck.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.gapcheck.text.Printable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code -o FILE}: where a command writes its result; standard output when absent. Every file a
 * command writes goes through {@link #writeFile}, which says on standard error what it wrote.
 */
final class OutputOption {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    /** Writes {@code text} to -o FILE, or to standard output without it. */
    void write(String text, String format, CommandSpec spec) throws IOException {
        if (output == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
            return;
        }
        writeFile(output, text, format, spec.commandLine().getErr());
    }

    /** Writes {@code bytes} to -o FILE, which binary output needs (the CLI's standard output is a text stream). */
    void write(byte[] bytes, String format, CommandSpec spec) throws IOException {
        writeFile(output, bytes, format, spec.commandLine().getErr());
    }

    /** Whether a file was named; binary output needs one. */
    boolean given() {
        return output != null;
    }

    /**
     * Writes all of {@code text} or nothing: a temporary file is moved into place, so no half-written
     * file is left. Then one line on {@code err}: {@code wrote FILE (FORMAT, SIZE)}.
     *
     * @throws IOException naming the file and why it cannot be written
     */
    static void writeFile(Path file, String text, String format, PrintWriter err) throws IOException {
        writeFile(file, text.getBytes(StandardCharsets.UTF_8), format, err);
    }

    /** As {@link #writeFile(Path, String, String, PrintWriter)}, for bytes (a PDF). */
    static void writeFile(Path file, byte[] bytes, String format, PrintWriter err) throws IOException {
        writeFile(file, out -> {
            out.write(bytes);
            return format;
        }, err);
    }

    /** What a file holds, written as a stream; it answers what it wrote, for the line on standard error. */
    interface Content {
        /** Writes to {@code out}; a format ("html") or a count ("12 rows"). */
        String writeTo(OutputStream out) throws IOException;
    }

    /**
     * As {@link #writeFile(Path, String, String, PrintWriter)}, for content written as a stream (an
     * export), never whole in memory: {@code wrote FILE (WHAT, SIZE)}.
     */
    static void writeFile(Path file, Content content, PrintWriter err) throws IOException {
        Path target = file.toAbsolutePath();
        String what;
        long size;
        try {
            Path temporary = Files.createTempFile(target.getParent(), ".gapcheck-", ".tmp");
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                    what = content.writeTo(out);
                }
                size = Files.size(temporary);
                if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                    // Temporary files are private; the result is an ordinary file like any the user writes.
                    Files.setPosixFilePermissions(temporary, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
                }
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new IOException("cannot write " + file + ": " + reason(e), e);
        }
        err.println(Printable.of("wrote " + file + " (" + what + ", " + size(size) + ")"));
        err.flush();
    }

    /** A size as people read it: bytes below 1 kB, then kB and MB (powers of 1000). */
    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 999_500) {
            return Math.round(bytes / 1000.0) + " kB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    // The JDK's messages for these are the bare path, which says nothing on its own.
    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage();
    }
}
