package org.gapcheck.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
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
     *
     * @param questionnaireVersion for the delegation: the pack version whose questionnaire the draft is stored under
     * @param upgrade              for the delegation: what reading the draft under the active questionnaire changed, where
     *                             it is stored under an earlier one; the next save or submit keeps it
     * @param carryOver            for the delegation: where the draft started from the last cycle, and what is still to confirm
     */
    record SubmissionView(String country, int reportingYear, @Nullable String state, @Nullable String returnComments,
                          @Nullable Long draftVersion, @Nullable JsonNode draft, @Nullable String questionnaireVersion,
                          // Not @Nullable: an optional reference, which OpenAPI 3.0 cannot mark nullable beside its $ref.
                          @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) UpgradeView upgrade,
                          @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) CarryOverView carryOver, List<VersionSummary> versions) {
    }

    /** Items renamed and answers lost when a draft stored under pack {@code from}'s questionnaire is read under {@code to}'s. */
    record UpgradeView(String from, String to, List<Upgrades.Moved> renamed, List<Upgrades.Lost> lost) {

        static @Nullable UpgradeView of(Upgrades.Upgraded upgrade) {
            return upgrade.changed() ? new UpgradeView(upgrade.from(), upgrade.to(), upgrade.moved(), upgrade.lost()) : null;
        }
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

    /** A save's answer: the items it changed, the carried-over ones it confirmed, and the draft's version to submit or save from. */
    record SaveView(List<String> changed, List<String> confirmed, long draftVersion) {
    }

    /** Where the draft started from the last cycle: that year's version, and the answers still as carried over. */
    record CarryOverView(int fromYear, int fromVersion, List<String> unconfirmed) {

        static @Nullable CarryOverView of(Drafts.Draft draft) {
            return draft.carryOver() == null ? null : new CarryOverView(draft.carryOver().fromYear(), draft.carryOver().fromVersion(),
                    List.copyOf(draft.carried()));
        }
    }

    /** One item that differs between two states of a submission. */
    record Change(String item, @Nullable JsonNode before, @Nullable JsonNode after) {
    }

    record DiffView(String from, String to, List<Change> changes) {
    }
}
