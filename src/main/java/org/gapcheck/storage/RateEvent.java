package org.gapcheck.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One counted event (a failed login, ...) under its bucket, e.g. {@code login:alice}. */
@MappedEntity("rate_events")
public record RateEvent(@Id @GeneratedValue @Nullable Long id, String bucket, Instant at) {
}
