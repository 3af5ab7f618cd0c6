/**
 * {@code gapcheck export} and {@code gapcheck import}: everything the database keeps that must
 * survive a move (accounts, tokens, links, submissions with their save log and versions, section
 * assignments, the audit log) as JSON Lines, a header line then one line per row, tables in an
 * order that satisfies their foreign keys and rows in id order; read back into an empty database
 * of either kind in one transaction, ids kept, identity sequences moved past them and the audit
 * chain checked. Sessions and rate-limit events are transient and not carried. Present only where
 * a database is configured.
 */
package org.gapcheck.transfer;
