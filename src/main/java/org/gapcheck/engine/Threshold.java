package org.gapcheck.engine;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A figure a criterion compares an answer with, and where it comes from: a named public standard,
 * or the pack's own choice with the reason. Policy experts change figures here, not in DRL.
 * {@code relative_to: reporting_year} makes {@code value} a number of years before the year a
 * submission reports for ("a survey within five years"), so that a 2019 baseline and a 2029
 * review are held to the same span.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Threshold(String id, Double value, String unit, String standard, String ownChoice, String relativeTo) {

    public static final String REPORTING_YEAR = "reporting_year";

    public boolean relative() {
        return REPORTING_YEAR.equals(relativeTo);
    }
}
