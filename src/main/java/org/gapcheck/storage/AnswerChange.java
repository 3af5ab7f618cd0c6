package org.gapcheck.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One line of the save log: who changed which item of a submission, when, from what to what (each
 * the answer's JSON; null before when newly answered, null after when cleared, never both).
 */
@MappedEntity("answer_changes")
public record AnswerChange(@Id @GeneratedValue @Nullable Long id, long submissionId, long accountId, Instant changedAt,
                           String item, @Nullable String beforeJson, @Nullable String afterJson) {

    /** A change not yet stored. */
    public static AnswerChange of(long submissionId, long accountId, Instant at, String item, @Nullable String before,
                                  @Nullable String after) {
        return new AnswerChange(null, submissionId, accountId, at, item, before, after);
    }
}
