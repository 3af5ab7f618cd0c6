package org.gapcheck.validate;

import java.util.Map;
import org.gapcheck.engine.Status;

/**
 * One test case beside the rules: a sentence as its name, a profile and answers, and the statuses
 * expected for the recommendations it is about ({@code expect}) and, where a case is about one
 * criterion, for criteria ({@code expect_criteria}). Answers and reservations take the
 * submission's own forms; {@code country} (default XAA) and {@code reporting_year} (default 2024)
 * matter where pack data keyed by country or a year counted back from the reporting year does.
 */
public record RuleCase(String name, String country, Integer reportingYear, Map<String, String> profile,
                       Map<String, Object> answers, Map<String, Object> reservations, Map<String, Status> expect,
                       Map<String, Status> expectCriteria) {
}
