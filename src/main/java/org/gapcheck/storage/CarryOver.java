package org.gapcheck.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A draft started from the country's last submitted answers (at most one per submission): version
 * {@code fromVersion} of its {@code fromYear} report, copied by the changes up to
 * {@code throughChangeId}. An answer last changed at or before that change is still as carried over.
 */
@MappedEntity("carry_overs")
public record CarryOver(@Id @GeneratedValue @Nullable Long id, long submissionId, int fromYear, int fromVersion,
                        long throughChangeId, long carriedBy, Instant carriedAt) {
}
