/**
 * What a criterion rests on: the words it cites, a named public standard
 * ({@code rules/standards.yaml}), or a good practice that speakers named at the Commission
 * ({@code rules/good-practices.json}). Loaded with the pack; checked by the loader and by validate.
 */
package org.gapcheck.basis;
