package org.gapcheck.questionnaire;

/** A region a submission may name (the UN regional groups). */
public record Region(String id, String name) {
}
