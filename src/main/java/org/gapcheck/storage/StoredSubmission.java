package org.gapcheck.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * One country's submission for one reporting year (unique together), whatever its state. Its
 * answers live in the change log ({@link AnswerChange}) and its submitted states in
 * {@link SubmissionVersion}s.
 *
 * @param lockVersion the optimistic version: an update from a stale copy is refused
 */
@MappedEntity("submissions")
public record StoredSubmission(@Id @GeneratedValue @Nullable Long id, String country, int reportingYear, State state,
                               int formatVersion, String questionnaireVersion, @Version @Nullable Long lockVersion,
                               Instant createdAt, Instant updatedAt, @Nullable String returnComments) {

    /** draft -> submitted -> acknowledged or returned -> (resubmitted) submitted. */
    public enum State { DRAFT, SUBMITTED, ACKNOWLEDGED, RETURNED }

    /** A new draft. */
    public static StoredSubmission draft(String country, int reportingYear, int formatVersion, String questionnaireVersion,
                                         Instant at) {
        return new StoredSubmission(null, country, reportingYear, State.DRAFT, formatVersion, questionnaireVersion, null, at, at, null);
    }

    /** The same submission in another state, changed at {@code at}. */
    public StoredSubmission withState(State next, Instant at) {
        return new StoredSubmission(id, country, reportingYear, next, formatVersion, questionnaireVersion, lockVersion, createdAt, at,
                returnComments);
    }

    /** Returned by the secretariat with {@code comments}. */
    public StoredSubmission returned(String comments, Instant at) {
        return new StoredSubmission(id, country, reportingYear, State.RETURNED, formatVersion, questionnaireVersion, lockVersion,
                createdAt, at, comments);
    }

    /** The same submission, its answers now stored under the questionnaire of pack {@code version}. */
    public StoredSubmission withQuestionnaireVersion(String version, Instant at) {
        return new StoredSubmission(id, country, reportingYear, state, formatVersion, version, lockVersion, createdAt, at,
                returnComments);
    }

    /** Whether its answers may change: a draft, or returned for changes. */
    public boolean editable() {
        return state == State.DRAFT || state == State.RETURNED;
    }
}
