package org.gapcheck.transfer;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a file as bytes, each at most {@code limit} bytes (without its line feed): a longer
 * one is refused by its number before more of it is held, so memory stays bounded whatever the file.
 */
final class Lines implements Closeable {

    private final InputStream in;
    private final int limit;
    private final byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private int number;

    Lines(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The number of the line last returned, from 1. */
    int number() {
        return number;
    }

    /**
     * The next line without its line feed (nor a carriage return before it); null at the end.
     *
     * @throws TooLong when the line is over the limit
     */
    byte[] next() throws IOException {
        byte[] line = new byte[0];
        int length = 0;
        boolean any = false;
        while (true) {
            if (start == end) {
                end = in.read(buffer);
                start = 0;
                if (end <= 0) {
                    end = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int feed = start;
            while (feed < end && buffer[feed] != '\n') {
                feed++;
            }
            int taken = feed - start;
            if (length + taken > limit) {
                throw new TooLong(number + 1);
            }
            if (length + taken > line.length) { // doubling, so a long line is copied a few times, not once a buffer
                line = Arrays.copyOf(line, Math.min(limit, Math.max(length + taken, line.length * 2)));
            }
            System.arraycopy(buffer, start, line, length, taken);
            length += taken;
            start = feed;
            if (feed < end) {
                start++; // the line feed
                break;
            }
        }
        number++;
        int kept = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        return kept == line.length ? line : Arrays.copyOf(line, kept);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** A line over the limit, by its number. */
    static final class TooLong extends IOException {
        final int line;

        TooLong(int line) {
            super("line " + line + " is over the limit");
            this.line = line;
        }
    }
}
