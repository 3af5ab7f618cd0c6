package org.gapcheck.validate;

import java.util.Map;
import org.gapcheck.engine.Status;

/**
 * One test case beside the rules: a sentence as its name, a profile and answers, and the statuses
 * expected for the recommendations it is about. Answers take the submission's own forms (a value,
 * or an object with value, source and note).
 */
public record RuleCase(String name, Map<String, String> profile, Map<String, Object> answers,
                       Map<String, Status> expect) {
}
