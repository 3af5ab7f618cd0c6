package org.gapcheck.questionnaire;

/** One allowed answer of a choice item. */
public record Choice(String value, String label) {
}
