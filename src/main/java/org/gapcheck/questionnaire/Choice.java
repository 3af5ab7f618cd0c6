package org.gapcheck.questionnaire;

/**
 * One allowed answer of a choice item. {@code rank} orders the answers of a scale (higher is
 * better: "all prisons" above "some prisons" above "none"), so that validate can check that a better
 * answer never scores worse; an answer outside the scale ("no meeting was held") has none.
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record Choice(String value, String label, Integer rank) {
}
