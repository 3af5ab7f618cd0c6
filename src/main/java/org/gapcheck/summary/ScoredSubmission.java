package org.gapcheck.summary;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.gapcheck.engine.Status;
import org.gapcheck.report.GroupSummary;
import org.gapcheck.submission.Submission;

/**
 * What a summary keeps of one evaluated submission: its name, the submission without its answers,
 * the status of each recommendation, the chapter and challenge scores and the items answered. The
 * findings themselves (explanations and all) are dropped at once, so that thousands of submissions
 * fit in a small heap. The items answered are asked for only of the submissions a summary selects,
 * so a stored version's submission is read only if its country's row needs it.
 */
record ScoredSubmission(String name, Submission submission, Map<String, Status> statuses, List<GroupSummary> chapters,
                        List<GroupSummary> challenges, Supplier<Set<String>> answered) {
}
