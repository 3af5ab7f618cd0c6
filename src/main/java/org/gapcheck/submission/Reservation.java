package org.gapcheck.submission;

/**
 * A State's reservation on one criterion that stands under a qualifier of its recommendation ("in
 * accordance with national legislation", "as appropriate"): the law that governs the measure and
 * the reason it is not taken. The criterion is then NOT_APPLICABLE with that reason. A reservation
 * belongs to one submission: a new reporting cycle confirms it anew, nothing carries it over.
 */
public record Reservation(String criterion, String law, String reason) {
}
