package org.gapcheck.workbook;

/** A criterion on which a reservation may be recorded, with what its row shows: its recommendation's title and qualifier. */
public record Reservable(String criterion, String title, String qualifier) {
}
