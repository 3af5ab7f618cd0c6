package org.gapcheck.storage;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The one row an audit-log writer locks before it reads the last entry and follows it. */
@MappedEntity("audit_chain_lock")
public record AuditChainLock(@Id Integer id) {
}
