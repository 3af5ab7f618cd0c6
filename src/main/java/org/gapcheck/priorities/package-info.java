/**
 * What to do first: the themes of {@code rules/themes.yaml} (criteria one kind of ministry acts on
 * together, under one standard) and the ranking that turns a submission's findings into at most
 * five priorities.
 */
package org.gapcheck.priorities;
