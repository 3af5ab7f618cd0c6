package org.gapcheck.submission;

import java.util.Map;

/**
 * A validated national submission: who reports, for which year, the country profile and the
 * answers by item code. An item missing from {@code answers} was not reported; an answer of
 * not_known is a reported gap in knowledge; neither is a "no".
 */
public record Submission(String country, int reportingYear, String region, Map<String, String> profile,
                         Map<String, Answer> answers, Map<String, IndicatorSeries> indicators) {

    public Submission {
        profile = Map.copyOf(profile);
        answers = Map.copyOf(answers);
        indicators = Map.copyOf(indicators);
    }
}
