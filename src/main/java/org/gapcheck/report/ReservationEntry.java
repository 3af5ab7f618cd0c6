package org.gapcheck.report;

/**
 * A reservation the State recorded and the pack accepted: the criterion it rules out, the
 * qualifier of the text it stands under, the law and the reason. Reports list them apart from gaps.
 */
public record ReservationEntry(String criterion, String recommendation, String qualifier, String law, String reason) {
}
