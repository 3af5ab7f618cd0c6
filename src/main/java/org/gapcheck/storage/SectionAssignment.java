package org.gapcheck.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A section of the questionnaire that a coordinator ({@code assignedBy}) gave a contributor to answer. */
@MappedEntity("section_assignments")
public record SectionAssignment(@Id @GeneratedValue @Nullable Long id, long accountId, String section, long assignedBy,
                                Instant assignedAt) {
}
