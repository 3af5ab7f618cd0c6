package org.gapcheck.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded rule pack into a folder of our own, refusing what a hostile archive tries:
 * entries that climb out of the folder (../, absolute paths), too many entries, and more unpacked
 * bytes than any real pack has (a zip bomb), counted as they are written, not as the archive claims.
 */
final class SafeZip {

    static final long MAX_UNPACKED_BYTES = 64L << 20;
    static final int MAX_ENTRIES = 5_000;

    /** A refused archive; the message says why, in words for the uploader. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private SafeZip() {
    }

    static void extract(byte[] zip, Path into) throws Refused, IOException {
        Path root = into.toAbsolutePath().normalize();
        long written = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new Refused("the archive has more than " + MAX_ENTRIES + " entries");
                }
                String name = entry.getName();
                if (name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*")) {
                    throw new Refused("entry '" + name + "' has an absolute or foreign path");
                }
                Path target = root.resolve(name).normalize();
                if (!target.startsWith(root)) {
                    throw new Refused("entry '" + name + "' points outside the archive (path traversal)");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                written = copy(in, target, written);
            }
        } catch (ZipException e) {
            throw new Refused("not a readable zip archive: " + e.getMessage());
        }
        if (entries == 0) {
            throw new Refused("not a zip archive, or an empty one");
        }
    }

    private static long copy(InputStream in, Path target, long written) throws IOException, Refused {
        byte[] buffer = new byte[8192];
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                written += n;
                if (written > MAX_UNPACKED_BYTES) {
                    throw new Refused("the archive unpacks to more than " + (MAX_UNPACKED_BYTES >> 20) + " MiB (a zip bomb?)");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }
}
