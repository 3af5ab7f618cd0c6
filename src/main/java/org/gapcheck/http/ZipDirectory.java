package org.gapcheck.http;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a zip's central directory, which alone records an entry's Unix file type: a streamed read
 * would write a symbolic link as a plain file holding its target. An archive without an end of
 * central directory is truncated and refused here.
 */
final class ZipDirectory {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_SIZE = 22;
    private static final int UNIX_HOST = 3;
    private static final int TYPE_MASK = 0170000;
    private static final int SYMLINK = 0120000;

    private ZipDirectory() {
    }

    /** The names of the entries that are symbolic links. */
    static Set<String> symlinks(byte[] zip) throws SafeZip.Refused {
        int end = findEnd(zip);
        int count = u16(zip, end + 10);
        long offset = u32(zip, end + 16);
        if (count == 0xffff || offset == 0xffffffffL) {
            throw new SafeZip.Refused("ZIP64 archives are not accepted; a rule pack is far smaller");
        }
        Set<String> links = new HashSet<>();
        long position = offset;
        for (int i = 0; i < count; i++) {
            // in long arithmetic: an offset near 2^31 must not wrap round to pass the bound
            if (position + 46 > end || u32(zip, (int) position) != ENTRY_SIGNATURE) {
                throw new SafeZip.Refused("the archive's central directory is damaged (entry " + (i + 1) + " of " + count + ")");
            }
            int at = (int) position;
            int host = u16(zip, at + 4) >> 8;
            int nameLength = u16(zip, at + 28);
            long next = (long) at + 46 + nameLength + u16(zip, at + 30) + u16(zip, at + 32);
            if (next > end) {
                throw new SafeZip.Refused("the archive's central directory is damaged (entry " + (i + 1) + " of " + count + ")");
            }
            long mode = u32(zip, at + 38) >>> 16;
            if (host == UNIX_HOST && (mode & TYPE_MASK) == SYMLINK) {
                links.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
            }
            position = next;
        }
        return links;
    }

    private static int findEnd(byte[] zip) throws SafeZip.Refused {
        for (int at = zip.length - END_SIZE; at >= 0 && at >= zip.length - END_SIZE - 0xffff; at--) {
            if (u32(zip, at) == END_SIGNATURE) {
                return at;
            }
        }
        throw new SafeZip.Refused("not a complete zip archive (no end of central directory: truncated, or not a zip)");
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (u16(b, at) | (long) u16(b, at + 2) << 16) & 0xffffffffL;
    }
}
