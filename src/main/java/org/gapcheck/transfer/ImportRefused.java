package org.gapcheck.transfer;

/**
 * Why an import stored nothing, in one line: {@code FILE:LINE: reason} for a line of the file, or
 * a reason about the database (not empty).
 */
public final class ImportRefused extends RuntimeException {

    ImportRefused(String message) {
        super(message, null, false, false);
    }

    static ImportRefused at(String file, int line, String reason) {
        return new ImportRefused(file + ":" + line + ": " + reason);
    }
}
