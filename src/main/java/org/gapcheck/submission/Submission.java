package org.gapcheck.submission;

import java.util.Map;

/**
 * A validated national submission: who reports, for which year, the country profile and the
 * answers by item code. An item missing from {@code answers} was not reported; an answer of
 * not_known is a reported gap in knowledge; neither is a "no". {@code reservations}, by criterion
 * id, are the State's reservations under a qualifier of the text (rules/REVIEW.md, rule 2).
 */
public record Submission(String country, int reportingYear, String region, Map<String, String> profile,
                         Map<String, Answer> answers, Map<String, IndicatorSeries> indicators,
                         Map<String, Reservation> reservations) {

    public Submission {
        profile = Map.copyOf(profile);
        answers = Map.copyOf(answers);
        indicators = Map.copyOf(indicators);
        reservations = Map.copyOf(reservations);
    }

    public Submission(String country, int reportingYear, String region, Map<String, String> profile,
                      Map<String, Answer> answers, Map<String, IndicatorSeries> indicators) {
        this(country, reportingYear, region, profile, answers, indicators, Map.of());
    }
}
