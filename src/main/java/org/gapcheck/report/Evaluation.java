package org.gapcheck.report;

import java.util.List;
import java.util.Map;
import org.gapcheck.engine.Finding;
import org.gapcheck.engine.Status;

/**
 * The result of evaluating one submission: enough header to reproduce it (pack, version, time,
 * the submission's SHA-256), counts per status, and every finding with its explanation.
 */
public record Evaluation(String country, int reportingYear, String region, String pack, String packVersion,
                         String evaluatedAt, String submissionSha256, Map<Status, Long> counts, List<Finding> findings) {
}
