package org.gapcheck.summary;

import java.util.function.Supplier;

/**
 * A submitted version as the database keeps it, for a summary: the name the secretariat knows it by,
 * the pack version that produced its stored report, that report (the lean JSON), and its submission,
 * fetched only when needed (another pack produced the report, or the summary counts its answers).
 */
public record StoredVersion(String name, String packVersion, byte[] report, Supplier<byte[]> submission) {
}
