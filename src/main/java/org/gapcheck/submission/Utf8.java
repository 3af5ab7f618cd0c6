package org.gapcheck.submission;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Strict UTF-8 (RFC 3629): Jackson decodes some invalid sequences without complaint, e.g. the
 * overlong {@code C1 81} as 'A', so {@code "X\xc1\x81C"} would read as "XAC". Every body is checked
 * here first, in one pass and without allocating.
 */
final class Utf8 {

    /** Eight bytes at a time: a submission is mostly ASCII, and a word with no high bit set is eight valid bytes. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {
    }

    /** The offset of the first byte that does not begin a valid UTF-8 sequence, or -1 when all is valid. */
    static int firstInvalid(byte[] b) {
        int i = 0;
        while (i < b.length) {
            if (i + Long.BYTES <= b.length && ((long) WORDS.get(b, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
                continue;
            }
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int length;
            int min;
            int max = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                length = 2;
                min = 0x80;
            } else if (c >= 0xe0 && c <= 0xef) {
                length = 3;
                min = c == 0xe0 ? 0xa0 : 0x80; // no overlong forms
                max = c == 0xed ? 0x9f : 0xbf;  // no surrogates
            } else if (c >= 0xf0 && c <= 0xf4) {
                length = 4;
                min = c == 0xf0 ? 0x90 : 0x80;
                max = c == 0xf4 ? 0x8f : 0xbf;  // nothing above U+10FFFF
            } else {
                return i;
            }
            if (i + length > b.length) {
                return i;
            }
            int second = b[i + 1] & 0xff;
            if (second < min || second > max) {
                return i;
            }
            for (int k = 2; k < length; k++) {
                int next = b[i + k] & 0xff;
                if (next < 0x80 || next > 0xbf) {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }

    /** An error naming the line and column (in bytes) of an invalid sequence at {@code offset}. */
    static SubmissionError error(byte[] b, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (b[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SubmissionError("", "invalid_utf8", String.format("byte 0x%02x at offset %d is not valid UTF-8"
                + " (the document must be UTF-8, without overlong forms or surrogates)", b[offset] & 0xff, offset),
                line, offset - lineStart + 1);
    }
}
