package org.gapcheck.app;

import java.util.Optional;
import org.gapcheck.questionnaire.Years;

/** A report's address in the pages, {@code /app/{iso3}/{year}}: its parts read, or nothing where they name no report. */
record Report(String country, int year) {

    static Optional<Report> of(String iso3, String year) {
        if (!iso3.matches("[A-Z]{3}") || !year.matches("\\d{4}") || !Years.reportable(Integer.parseInt(year))) {
            return Optional.empty();
        }
        return Optional.of(new Report(iso3, Integer.parseInt(year)));
    }

    /** The task list's address, under which the report's other pages stand. */
    static String path(String country, int year) {
        return "/app/" + country + "/" + year;
    }
}
