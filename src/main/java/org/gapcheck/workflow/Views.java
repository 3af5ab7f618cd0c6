package org.gapcheck.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import org.gapcheck.storage.SubmissionVersion;

/** What the submission routes answer, as JSON. */
final class Views {

    private Views() {
    }

    /** A version as listed: never its content. */
    record VersionSummary(int number, Instant submittedAt, String sha256, String packVersion, @Nullable Instant acknowledgedAt,
                          @Nullable Instant publishedAt) {
        static VersionSummary of(SubmissionVersion v) {
            return new VersionSummary(v.versionNumber(), v.submittedAt(), v.submissionSha256(), v.packVersion(), v.acknowledgedAt(),
                    v.publishedAt());
        }
    }

    /**
     * A submission as its caller may see it: the state for the delegation and the secretariat
     * (null for the public), the draft for the delegation only.
     */
    record SubmissionView(String country, int reportingYear, @Nullable String state, @Nullable String returnComments,
                          @Nullable Long draftVersion, @Nullable JsonNode draft, List<VersionSummary> versions) {
    }

    /** One version whole: the submission as submitted, its gap report, who certified it. */
    record VersionView(String country, int reportingYear, VersionSummary version, String certification, JsonNode submission,
                       JsonNode report) {
    }

    /** What acknowledging gives the delegation: the proof of what was received. */
    record Receipt(String country, int reportingYear, int version, String sha256, String packVersion, Instant submittedAt,
                   Instant acknowledgedAt) {
        static Receipt of(String country, int year, SubmissionVersion v) {
            return new Receipt(country, year, v.versionNumber(), v.submissionSha256(), v.packVersion(), v.submittedAt(), v.acknowledgedAt());
        }
    }

    /** A save's answer: the items it changed and the draft's version to submit or save from. */
    record SaveView(List<String> changed, long draftVersion) {
    }

    /** One item that differs between two states of a submission. */
    record Change(String item, @Nullable JsonNode before, @Nullable JsonNode after) {
    }

    record DiffView(String from, String to, List<Change> changes) {
    }
}
