package org.gapcheck.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.gapcheck.text.Printable;

/**
 * Unpacks an uploaded rule pack into a folder of our own, refusing what a hostile or broken archive
 * holds: entries that climb out of the folder (../, absolute paths), symbolic links, names that are
 * too long, not UTF-8 or hold control characters, a file and a folder of the same name, an entry
 * given twice, too many entries, an entry or a total bigger than any real pack (a zip bomb: counted
 * as bytes are written, not as the archive claims), and truncated or damaged archives. Anything
 * wrong with the archive is a {@link Refused} naming the entry; an IOException is left for our own
 * disk alone.
 */
final class SafeZip {

    static final long MAX_ENTRY_BYTES = 4L << 20;
    static final long MAX_UNPACKED_BYTES = 32L << 20;
    static final int MAX_ENTRIES = 5_000;
    static final int MAX_NAME_CHARS = 240;
    static final int MAX_SEGMENT_CHARS = 100;

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
        Set<String> links = ZipDirectory.symlinks(zip);
        Set<Path> files = new HashSet<>();
        Set<Path> folders = new HashSet<>();
        long written = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = next(in)) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new Refused("the archive has more than " + MAX_ENTRIES + " entries");
                }
                String name = entry.getName();
                checkName(name);
                if (links.contains(name)) {
                    throw new Refused("entry '" + name + "' is a symbolic link; a rule pack holds only files and folders");
                }
                Path target = root.resolve(name).normalize();
                if (!target.startsWith(root) || target.equals(root)) {
                    throw new Refused("entry '" + name + "' points outside the archive (path traversal)");
                }
                claim(root, target, entry.isDirectory(), name, files, folders);
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    written = copy(in, target, name, written);
                }
            }
        }
        if (entries == 0) {
            throw new Refused("not a zip archive, or an empty one");
        }
    }

    /** The next entry, or a refusal when the archive's own bytes are broken (names not UTF-8 included). */
    private static ZipEntry next(ZipInputStream in) throws Refused {
        try {
            return in.getNextEntry();
        } catch (IOException e) {
            throw new Refused("not a readable zip archive (truncated or damaged): " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new Refused("an entry's name is not valid UTF-8");
        }
    }

    private static void checkName(String name) throws Refused {
        String shown = name.length() > 60 ? name.substring(0, 60) + "..." : name;
        if (name.isEmpty() || name.length() > MAX_NAME_CHARS) {
            throw new Refused("entry name of " + name.length() + " characters; names hold 1 to " + MAX_NAME_CHARS);
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new Refused("entry '" + Printable.of(shown) + "' has a control character in its name");
        }
        if (name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*")) {
            throw new Refused("entry '" + shown + "' has an absolute or foreign path");
        }
        for (String segment : name.split("/")) {
            if (segment.length() > MAX_SEGMENT_CHARS) {
                throw new Refused("entry '" + shown + "' has a name part of " + segment.length() + " characters; the limit is " + MAX_SEGMENT_CHARS);
            }
        }
    }

    /** Records the entry, refusing a path that is both a file and a folder, or given twice. */
    private static void claim(Path root, Path target, boolean folder, String name, Set<Path> files, Set<Path> folders) throws Refused {
        for (Path p = target.getParent(); p != null && !p.equals(root); p = p.getParent()) {
            if (files.contains(p)) {
                throw new Refused("entry '" + name + "' lies inside '" + root.relativize(p) + "', which the archive also has as a file");
            }
            folders.add(p);
        }
        if (folder) {
            if (files.contains(target)) {
                throw new Refused("entry '" + name + "' is a folder and also a file of the archive");
            }
            folders.add(target);
        } else if (folders.contains(target)) {
            throw new Refused("entry '" + name + "' is a file and also a folder of the archive");
        } else if (!files.add(target)) {
            throw new Refused("entry '" + name + "' appears twice in the archive");
        }
    }

    private static long copy(ZipInputStream in, Path target, String name, long written) throws IOException, Refused {
        byte[] buffer = new byte[8192];
        long size = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = read(in, buffer, name)) > 0) {
                size += n;
                written += n;
                if (size > MAX_ENTRY_BYTES) {
                    throw new Refused("entry '" + name + "' unpacks to more than " + (MAX_ENTRY_BYTES >> 20) + " MiB; the limit per file is "
                            + (MAX_ENTRY_BYTES >> 20) + " MiB");
                }
                if (written > MAX_UNPACKED_BYTES) {
                    throw new Refused("the archive unpacks to more than " + (MAX_UNPACKED_BYTES >> 20) + " MiB (a zip bomb?)");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }

    private static int read(ZipInputStream in, byte[] buffer, String name) throws Refused {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw new Refused("entry '" + name + "' cannot be unpacked (truncated or damaged archive): " + e.getMessage());
        }
    }
}
