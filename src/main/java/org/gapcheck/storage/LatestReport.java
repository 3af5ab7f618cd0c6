package org.gapcheck.storage;

import io.micronaut.core.annotation.Introspected;

/** The latest version of a submission a summary reads: where it is from, and its stored gap report (not its submission). */
@Introspected
public record LatestReport(long id, String country, int reportingYear, int formatVersion, int versionNumber, String packVersion, String reportJson) {
}
