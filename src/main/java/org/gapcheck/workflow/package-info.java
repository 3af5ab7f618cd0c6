/**
 * The reporting workflow: a country's submission for a year kept as a log of changed items (its
 * draft), versions materialised on submit with their gap report, and the transitions draft ->
 * submitted -> acknowledged or returned -> resubmitted, with who may see and do what
 * ({@link org.gapcheck.workflow.Audience}). Present only where a database is configured.
 */
package org.gapcheck.workflow;
